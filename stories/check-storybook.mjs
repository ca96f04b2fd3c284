// The built (or running) Storybook that stories/check-stories.mjs, stories/check-layout.mjs and
// scripts/gallery.mjs open: its index and a URL serving it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '../scripts/lib/static-server.mjs';

/** Storybook's built scripts carry a content hash (`assets/iframe-C7WRSbeD.js`): the browser may keep them. */
const HASHED_ASSET = /^\/(assets|sb-[a-z-]+)\/.*-[\w-]{8}\.(js|css|woff2)$/;

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
  const server = remote ? { url: remote, close: async () => {} } : await serveStatic(dir, { immutable: HASHED_ASSET });
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

/**
 * Shows a story in `page`: the first time (or when `fresh`) by loading its URL, afterwards by
 * asking the already loaded Storybook preview to render it, which skips parsing and compiling
 * Storybook's 2 MB of scripts again (about 0.9 s a story on this machine). Resolves once
 * Storybook has rendered the story; its charts may still be loading their data.
 */
export async function showStory(page, base, id, { fresh = false } = {}) {
  if (fresh || !page.url().startsWith(`${base}/iframe.html`)) {
    await page.goto(storyUrl(base, id), { waitUntil: 'load' });
    return;
  }
  await page.evaluate(
    (storyId) =>
      new Promise((done, fail) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const rendered = (renderedId) => {
          if (renderedId !== storyId) return;
          channel.off('storyRendered', rendered);
          channel.off('storyErrored', errored);
          done();
        };
        const errored = (error) => {
          channel.off('storyRendered', rendered);
          channel.off('storyErrored', errored);
          fail(new Error(`Storybook could not render ${storyId}: ${error?.title ?? error}`));
        };
        channel.on('storyRendered', rendered);
        channel.on('storyErrored', errored);
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    id,
  );
}
