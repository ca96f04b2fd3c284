// The built (or running) Storybook that stories/check-stories.mjs, stories/check-layout.mjs and
// scripts/gallery.mjs open: its index and a URL serving it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '../scripts/lib/static-server.mjs';

/**
 * `target` is a folder written by `storybook build` or the URL of a running `storybook dev`.
 * Returns its entries (stories and Docs pages, in index order), a base URL and `close()`.
 * Exits the process with a message when there is no built Storybook there.
 */
export async function openStorybook(target) {
  const remote = /^https?:\/\//.test(target) ? target.replace(/\/$/, '') : '';
  const dir = remote ? '' : resolve(target);
  if (!remote && (!existsSync(join(dir, 'index.json')) || !existsSync(join(dir, 'iframe.html')))) {
    console.error(`No built Storybook in ${dir}: run "npm run build:storybook" (or "npx storybook build -o ${target}") first.`);
    process.exit(1);
  }
  const index = remote
    ? await (await fetch(`${remote}/index.json`)).json()
    : JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries);
  const server = remote ? { url: remote, close: async () => {} } : await serveStatic(dir);
  return {
    url: server.url,
    close: server.close,
    stories: entries.filter((e) => e.type === 'story'),
    docs: entries.filter((e) => e.type === 'docs'),
    byId: new Map(entries.map((e) => [e.id, e])),
  };
}

/** A story's `expect-*` tags without the prefix: what check-page.mjs `inspect` waits for. */
export const expectations = (entry) => (entry?.tags ?? []).filter((t) => t.startsWith('expect-')).map((t) => t.slice(7));

/** The URL of one story rendered alone (`globals`, e.g. `page:dark`, optional). */
export const storyUrl = (base, id, globals = '') =>
  `${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story${globals ? `&globals=${globals}` : ''}`;
