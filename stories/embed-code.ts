// The embed code a story's Docs page shows for its current controls: the <script> + tag version
// and the iframe version (dist/frame.html, see src/frame/page.ts), built from the story's args
// and custom-elements.json. .storybook/preview.ts passes `storySource` to Storybook as
// `docs.source.transform` (each story's "Show code"), and .storybook/embed-docs.ts shows the two
// versions of the page's first story separately, each with its own copy button.
//
// Storybook runs the transform twice on a snippet (once where the story renders, once in the
// Docs block, on the first result), so each function builds its code from the story's args and
// the tags found in the code, never from the code's own text otherwise: running it again on its
// own output gives the same result.
import rawHeights from './frame-heights.json';
import { attributesOf } from './manifest.js';

/** Where a site hosts dist/: a placeholder the Docs page explains. */
export const DIST_URL = 'https://YOUR-CDN/rights-atlas/dist/';

/** Measured iframe heights per chart and width (scripts/measure-frame-heights.mjs --json stories/frame-heights.json). */
const FRAME_HEIGHTS = rawHeights as Record<string, Record<string, number>>;
const FALLBACK_HEIGHT = 800;

/** The parts of a StoryContext the embed code reads. */
export interface EmbedContext {
  component?: unknown;
  title?: string;
  args?: Record<string, unknown>;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A manifest default as the attribute text it stands for: `'polyarchy'` → `polyarchy`, `null` → ``. */
function defaultText(value: string | undefined): string {
  if (value === undefined || value === 'null' || value === 'undefined') return '';
  return /^(['"`])(.*)\1$/.exec(value.trim())?.[2] ?? value.trim();
}

/** The attributes to write for `tag`: set, and not the element's default, in the manifest's order. */
export function embedAttributes(tag: string, args: Record<string, unknown> = {}): [string, string][] {
  const pairs: [string, string][] = [];
  for (const attribute of attributesOf(tag)) {
    const value = args[attribute.name];
    if (value === undefined || value === null || typeof value === 'function') continue;
    const text = String(value);
    if (text === '' || text === defaultText(attribute.default)) continue;
    pairs.push([attribute.name, text]);
  }
  return pairs;
}

/** `<tag a="b"></tag>`, values escaped for HTML. */
export function tagMarkup(tag: string, args: Record<string, unknown> = {}): string {
  const attributes = embedAttributes(tag, args)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<${tag}${attributes}></${tag}>`;
}

/** The iframe's height: the tallest the chart measured, with default settings, between 360 and 1000 px wide. */
export function frameHeight(tag: string): number {
  const heights = Object.values(FRAME_HEIGHTS[tag.replace(/^rights-/, '')] ?? {});
  return heights.length ? Math.max(...heights) : FALLBACK_HEIGHT;
}

/** frame.html's address for `tag` and its attributes (the query frame.html reads). */
export function frameUrl(tag: string, args: Record<string, unknown> = {}): string {
  const query = new URLSearchParams([['chart', tag.replace(/^rights-/, '')], ...embedAttributes(tag, args)]);
  return `${DIST_URL}frame.html?${query.toString()}`;
}

/** The script and the tag. */
export function scriptCode(tag: string, args: Record<string, unknown> = {}): string {
  return `<script type="module" src="${DIST_URL}rights-atlas.js"></script>\n${tagMarkup(tag, args)}`;
}

/** The iframe, then the optional script that keeps its height equal to the chart's. */
export function iframeCode(tag: string, args: Record<string, unknown> = {}, title = ''): string {
  if (tag === 'rights-timeline') {
    return '<!-- A timeline sets the year of charts on its own page: it needs the script, not an iframe. -->';
  }
  const name = escapeHtml(String(args.heading || '') || title || tag);
  return (
    `<iframe title="${name}" src="${escapeHtml(frameUrl(tag, args))}" width="100%" height="${frameHeight(tag)}" style="border: 0" loading="lazy" sandbox="allow-scripts"></iframe>\n` +
    `<script src="${DIST_URL}rights-atlas-frame.js"></script>`
  );
}

/** The rights-* tags in a snippet, with their attributes as written there. */
function tagsIn(code: string): { tag: string; markup: string }[] {
  return [...code.matchAll(/<(rights-[a-z-]+)(\s[^>]*)?>/g)].map((match) => ({
    tag: match[1]!,
    markup: `<${match[1]}${(match[2] ?? '').replace(/\s+/g, ' ').trimEnd()}></${match[1]}>`,
  }));
}

/** The story's chart: its component, or else the one tag in its code. */
function storyTag(code: string, context: EmbedContext): string | undefined {
  if (typeof context.component === 'string') return context.component;
  return tagsIn(code)[0]?.tag;
}

/** The last part of a story title: "Charts/Democracy map" → "Democracy map". */
const shortTitle = (title = ''): string => title.split('/').pop()!.trim();

/**
 * What a story's "Show code" shows: both versions with a line on what each is. A story that
 * draws several charts (the linking stories) keeps its tags as it renders them, with the script.
 */
export function storySource(code: string, context: EmbedContext): string {
  const tags = tagsIn(code);
  const distinct = new Set(tags.map((t) => t.tag));
  const script = `<script type="module" src="${DIST_URL}rights-atlas.js"></script>`;
  const where = `replace ${DIST_URL} with the address of your copy of dist/`;
  if (tags.length > 1 && distinct.size > 1) {
    return [
      `<!-- With the script, once per page (${where}) -->`,
      script,
      ...tags.map((t, i) => (t.tag === context.component && i === 0 ? tagMarkup(t.tag, context.args) : t.markup)),
      '<!-- Linked charts need the script: charts in separate iframes cannot follow each other. -->',
    ].join('\n');
  }
  const tag = storyTag(code, context);
  if (!tag) return code;
  return [
    `<!-- With the script, once per page (${where}) -->`,
    scriptCode(tag, context.args),
    '',
    ...(tag === 'rights-timeline' ? [] : ['<!-- Or without it: an iframe. The script after it is optional: it keeps the iframe as tall as the chart. -->']),
    iframeCode(tag, context.args, shortTitle(context.title)),
  ].join('\n');
}

/** Only the <script> + tag version (a multi-chart story: the script and all its tags). */
export function scriptSource(code: string, context: EmbedContext): string {
  const tags = tagsIn(code);
  if (new Set(tags.map((t) => t.tag)).size > 1) {
    return [
      `<script type="module" src="${DIST_URL}rights-atlas.js"></script>`,
      ...tags.map((t, i) => (t.tag === context.component && i === 0 ? tagMarkup(t.tag, context.args) : t.markup)),
    ].join('\n');
  }
  const tag = storyTag(code, context);
  return tag ? scriptCode(tag, context.args) : code;
}

/** Only the iframe version. */
export function iframeSource(code: string, context: EmbedContext): string {
  const tags = tagsIn(code);
  if (new Set(tags.map((t) => t.tag)).size > 1) {
    return '<!-- Linked charts need the script: charts in separate iframes cannot follow each other. -->';
  }
  const tag = storyTag(code, context);
  return tag ? iframeCode(tag, context.args, shortTitle(context.title)) : code;
}
