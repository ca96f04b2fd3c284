#!/usr/bin/env node
// A screenshot gallery of every element, for reviewers to see the whole set at a glance (#14):
//
//   npm run analyze && npx storybook build --quiet -o storybook-static
//   npm run gallery            (node scripts/gallery.mjs storybook-static --out docs/gallery)
//
// For each component of the built Storybook it takes its default story (the one named Default,
// else the first; a story showing several charts is skipped for the next one, so the timeline
// appears alone), renders it at 360 and 1000 px in a light page and at 360 px in a dark page
// (theme="auto" follows the page), and saves the element itself to
// <out>/<element>-<width>[-dark].png at device scale 1. Then writes <out>/README.md with the
// pictures in one table. Exits 1 when a story does not render.
//
//   node scripts/gallery.mjs storybook-static --languages --out docs/gallery/languages
//
// takes each element's French and Arabic stories (#16) instead, at 360 and 1000 px, as
// <element>-<fr|ar>-<width>.png.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/browser.mjs';
import { inspect, settle } from '../stories/check-page.mjs';
import { expectations, openStorybook, storyUrl } from '../stories/check-storybook.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const languages = args.includes('--languages') && args.splice(args.indexOf('--languages'), 1).length > 0;
const outDir = resolve(option('--out', languages ? 'docs/gallery/languages' : 'docs/gallery'));
const timeout = Number(option('--timeout', '20000'));
const storybook = await openStorybook(args[0] ?? 'storybook-static');

/** The shots of each element: width, page theme, file suffix, and (languages) which story. */
const SHOTS = languages
  ? ['fr', 'ar'].flatMap((lang) =>
      [360, 1000].map((width) => ({ width, theme: 'light', suffix: `${lang}-${width}`, story: lang === 'fr' ? '--french' : '--arabic' })),
    )
  : [
      { width: 360, theme: 'light', suffix: '360' },
      { width: 360, theme: 'dark', suffix: '360-dark' },
      { width: 1000, theme: 'light', suffix: '1000' },
    ];

/** Stories per component title, the default one first. */
const byTitle = new Map();
for (const story of storybook.stories) {
  const list = byTitle.get(story.title) ?? [];
  if (story.name === 'Default') list.unshift(story);
  else list.push(story);
  byTitle.set(story.title, list);
}

mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(outDir)) if (file.endsWith('.png')) rmSync(join(outDir, file));

const browser = await launchChromium();
const rows = [];
let failed = 0;
try {
  for (const [title, candidates] of byTitle) {
    let row = null;
    for (const story of candidates) {
      if (row) break;
      const shots = [];
      for (const shot of SHOTS) {
        const shown = shot.story ? candidates.find((s) => s.id.endsWith(shot.story)) : story;
        if (!shown) break;
        const context = await browser.newContext({
          viewport: { width: shot.width, height: 900 },
          deviceScaleFactor: 1,
          colorScheme: shot.theme,
        });
        const page = await context.newPage();
        try {
          await page.goto(storyUrl(storybook.url, shown.id, shot.theme === 'dark' ? 'page:dark' : ''), { waitUntil: 'load' });
          const groups = [{ within: '#storybook-root', expect: expectations(shown) }];
          const { states } = await (await page.waitForFunction(inspect, { groups }, { timeout, polling: 100 })).jsonValue();
          if (states.length !== 1) break; // several charts: not this element's own story
          await page.evaluate(settle);
          const tag = states[0].tag;
          const file = `${tag.replace(/^rights-/, '')}-${shot.suffix}.png`;
          await page.locator(`#storybook-root ${tag}`).screenshot({ path: join(outDir, file) });
          shots.push({ ...shot, tag, file });
        } catch (error) {
          console.log(`FAIL ${shown.id} at ${shot.width} px (${shot.theme}): ${error.message.split('\n')[0]}`);
          failed++;
          break;
        } finally {
          await context.close();
        }
      }
      if (shots.length === SHOTS.length) row = { title, story, tag: shots[0].tag, shots };
    }
    if (row) {
      rows.push(row);
      console.log(`ok   <${row.tag}> from "${title} / ${row.story.name}": ${row.shots.map((s) => s.file).join(', ')}`);
    } else console.log(`skip ${title}: no story shows one element alone`);
  }
} finally {
  await browser.close();
  await storybook.close();
}

const kb = (file) => Math.round(statSync(join(outDir, file)).size / 1024);
const cell = (shot) => `<a href="${shot.file}"><img src="${shot.file}" alt="&lt;${shot.tag}&gt; at ${shot.width} px, ${shot.story ? shot.suffix.split('-')[0] : `${shot.theme} page`}" width="${shot.width === 1000 ? 420 : 180}"></a>`;
const total = rows.flatMap((r) => r.shots).reduce((sum, s) => sum + kb(s.file), 0);
writeFileSync(
  join(outDir, 'README.md'),
  languages
    ? `# Gallery: French and Arabic

Every element's French and Arabic stories (issue #16) as Storybook renders them, at 360 px and
1000 px. Arabic runs right to left; plots, maps and sliders keep their geometry. Made by
\`node scripts/gallery.mjs storybook-static --languages\` from a built Storybook.

| element | French, 360 px | French, 1000 px | Arabic, 360 px | Arabic, 1000 px |
|---|---|---|---|---|
${rows.map((r) => `| \`<${r.tag}>\` | ${r.shots.map(cell).join(' | ')} |`).join('\n')}

${rows.length} elements, ${rows.length * SHOTS.length} pictures, ${total} kB.
`
    : `# Gallery

Every element's default story as Storybook renders it, at 360 px (a phone) in a light and a dark
page, and at 1000 px. Made by \`npm run gallery\` (scripts/gallery.mjs) from a built Storybook;
run it again after a change to a chart and compare. Click a picture for its full size.

| element | 360 px | 360 px, dark page | 1000 px |
|---|---|---|---|
${rows
  .map((r) => `| \`<${r.tag}>\`<br>${r.title.split('/').pop()}: ${r.story.name} | ${r.shots.map(cell).join(' | ')} |`)
  .join('\n')}

${rows.length} elements, ${rows.length * SHOTS.length} pictures, ${total} kB.${existsSync(join(outDir, 'before', 'README.md')) ? '\n\nHow each element looked at 360 px before the phone pass, beside how it looks now: [before/](before/README.md).' : ''}
`,
);
console.log(`\n${rows.length} elements, ${total} kB of pictures in ${outDir}`);
process.exit(failed && rows.length < byTitle.size ? 1 : 0);
