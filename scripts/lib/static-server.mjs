// A tiny static file server for embed tests, benchmarks and screenshots:
// serves a folder on 127.0.0.1 with an optional Content-Security-Policy and CORS.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * @param {string} root folder to serve
 * @param {{ csp?: string, mounts?: Record<string, string>, cors?: string[], immutable?: RegExp }} options
 *   mounts map URL prefixes to folders; cors lists URL prefixes served with
 *   `Access-Control-Allow-Origin: *`; paths matching `immutable` (content-hashed files) may be
 *   cached by the browser, so that a page opened many times does not fetch and compile them again
 *   each time. Everything else is `no-store`, so a rebuilt file is always seen.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, { csp, mounts = {}, cors = [], immutable } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let base = resolve(root);
    let rest = path;
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (path.startsWith(prefix)) {
        base = resolve(folder);
        rest = path.slice(prefix.length - 1);
      }
    }
    const file = normalize(join(base, rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': immutable?.test(path) ? 'public, max-age=31536000, immutable' : 'no-store' };
      if (csp) headers['content-security-policy'] = csp;
      if (cors.some((prefix) => path.startsWith(prefix))) headers['access-control-allow-origin'] = '*';
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
