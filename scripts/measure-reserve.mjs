#!/usr/bin/env node
// Measures the heights a chart must reserve for the text that arrives with its
// data (heading, legend, units note, summary, footer) and prints, per selector,
// the smallest step table of container-width breakpoints that covers every
// variant, ready to paste into the chart's <name>.styles.ts. `--check` verifies
// the tables already in the built bundle instead.
//
//   node scripts/measure-reserve.mjs rights-assistance-map
//   node scripts/measure-reserve.mjs rights-democracy-map --variant "metric=libdem year=2000" --variant "lang=fr"
//   node scripts/measure-reserve.mjs rights-regime-share --check
//   node scripts/measure-reserve.mjs rights-democracy-trend --sel footer --extra footer=10 --build
//   node scripts/build-embed.mjs --out /tmp/embed && node scripts/measure-reserve.mjs rights-strike-map --dist /tmp/embed
//   node scripts/measure-reserve.mjs rights-democracy-map --lang fr --write     (French table into src/i18n/lang-fr.json)
//   node scripts/measure-reserve.mjs rights-democracy-map --lang fr --check
//
// Other languages: `--lang <code>` measures every preset variant in that language
// (the same words take more lines in French than in English); `--write` stores
// the table in that language's catalogue under "@reserve" → <tag>, which the
// chart adopts after its own English table whenever it speaks that language
// (core/i18n.ts reserveSheet), so English pages carry none of it.
// A preset may have several groups, each with its variants, selectors and a
// `prefix` for the state it is measured in (e.g. `.with-context` for
// civilian-harm's annual view with UCDP); `as` renames a measured selector in
// the printed rule.
//
// Each variant is rendered from dist/rights-atlas.js (the embed build; `--build`
// runs `npm run build:lib` first) in headless Chromium, inside a wrapper whose
// width steps from --min to --max (default 300–1300 px, every --step 10 px).
// Once the data is drawn, a stylesheet adopted into the shadow root sets
// `min-height: 1px !important` on the measured selectors (1px, not 0, so that
// margins collapse as they do when a reservation is in place), and each
// selector's height is expressed in its own line-heights (1.4em for text,
// 1.3em for the heading), as `calc(N * <lh>em + <extra>px)`:
// N is the smallest multiple of 0.1 (an integer whenever the text is whole
// lines) such that the reservation covers the measured height.
// Breakpoints are in container width (the `.chart` content box, which is what
// `@container` queries test), one rule per run of equal line counts; between
// two measured widths the larger count is kept, so the table never under-reserves.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Defaults per element: what to measure, the px each selector adds beyond its lines, the variants. */
const PRESETS = {
  // Heading and footer for every metric; legend and summary for the index maps and, with their
  // own rules (class "regimes"), for the Regimes of the World map.
  'rights-democracy-map': {
    groups: [
      { selectors: ['h2', 'footer'], extra: { footer: 6 }, variants: ['', 'metric=libdem', 'metric=regime', 'year=1990', 'year=2000 metric=libdem', 'metric=regime year=1990'] },
      { selectors: ['.legend', '.summary'], gap: { '.legend': 4 }, variants: ['', 'metric=libdem', 'year=1990', 'year=2000 metric=libdem'] },
      {
        selectors: ['.legend', '.summary'],
        gap: { '.legend': 4 },
        as: { '.legend': '.legend.regimes', '.summary': '.summary.regimes' },
        variants: ['metric=regime', 'metric=regime year=1990', 'metric=regime year=2000'],
      },
    ],
  },
  // The assistance charts reserve one block for legend, units note, summary and footer (.notes),
  // one table per measure (the element marks it with data-measure before the data lands).
  'rights-assistance-ranking': assistancePreset(),
  'rights-assistance-map': assistancePreset(),
  'rights-assistance-vs-democracy': assistancePreset(),
  'rights-democracy-trend': {
    selectors: ['footer'],
    extra: { footer: 2 },
    variants: ['', 'metric=libdem', 'metric=libdem compare=world', 'countries="IND TUR BRA" compare="world eastern-europe"'],
  },
  'rights-democracy-change': {
    selectors: ['.legend', 'footer'],
    extra: { footer: 2 },
    gap: { '.legend': 4 },
    variants: ['', 'metric=libdem', 'limit=5', 'metric=libdem limit=5'],
  },
  'rights-regime-share': {
    selectors: ['.summary', 'footer'],
    extra: { footer: 2 },
    variants: ['', 'measure=countries', 'edition=2020', 'edition=2020 measure=countries'],
  },
  'rights-guantanamo': {
    selectors: ['.summary', 'footer'],
    extra: { footer: 2 },
    variants: ['', 'from=2009 to=2017', 'from=2016', 'from=2002 to=2008'],
  },
  'rights-refugee-admissions': {
    selectors: ['.summary', 'footer'],
    extra: { footer: 2 },
    variants: ['', 'from=1980 to=2001', 'from=2017', 'from=2024'],
  },
  'rights-surveillance-exports': {
    selectors: ['.summary', 'footer'],
    extra: { footer: 2 },
    variants: ['', 'supplier=china', 'supplier=us technology=social-media', 'technology=smart-policing', 'supplier=china technology=facial-recognition'],
  },
  'rights-sanctions': {
    selectors: ['.summary', 'footer'],
    extra: { footer: 2 },
    variants: ['', 'kind=vessel', 'from=2022 to=2023', 'kind="individual entity" from=2023'],
  },
  // The table's box has a fixed height; the heading, the credit line, the summary and the footer arrive with the data.
  'rights-corruption': {
    selectors: ['h2', '.licence-note', '.summary', 'footer'],
    extra: { footer: 2 },
    variants: ['', 'year=2012', 'year=2015', 'year=2018', 'countries="DNK USA SOM"', 'year=2015 countries="DNK USA SOM"'],
  },
  'rights-hrc-membership': {
    selectors: ['.summary', 'footer'],
    extra: { footer: 2 },
    variants: ['', 'cycle=2006-07', 'cycle=2018', 'cycle=2025'],
  },
  // Per unit (data-per on the chart, known before the data): the notes beside the map name the
  // territories per 100,000 residents only. The ranked list, summary and footer in the map view.
  'rights-police-equipment': {
    groups: ['total', '100k'].map((per) => ({
      prefix: `[data-per="${per}"]`,
      selectors: ['.notes', '.legend', '.ranking', '.summary', 'footer'],
      extra: { footer: 2 },
      gap: { '.legend': 4 },
      variants: ['value', 'controlled', 'rifles', 'mraps', 'aircraft'].map((measure) => `measure=${measure} per=${per}`),
    })),
  },
  'rights-strike-map': {
    selectors: ['.caveats', '.summary', 'footer'],
    extra: { footer: 6 },
    variants: ['', 'country=AFG', 'country=PAK', 'country=SOM', 'country=YEM', 'country="PAK YEM"'],
  },
  // Three states, each with its own table (civilian-harm.styles.ts).
  'rights-civilian-harm': {
    groups: [
      {
        prefix: '.annual:not(.with-context)',
        selectors: ['.legend', '.summary', 'footer'],
        fraction: ['.legend'],
        variants: ['', 'measure=killed', 'measure=children', 'measure=injured'],
      },
      {
        prefix: '.with-context',
        selectors: ['.legend', '.summary', 'footer'],
        fraction: ['.legend'],
        variants: ['context=ucdp', 'context=ucdp measure=killed', 'context=ucdp measure=children', 'context=ucdp measure=injured'],
      },
      {
        prefix: '.official-vs-independent',
        selectors: ['.stage', '.legend', '.summary', 'footer'],
        fraction: ['.stage', '.legend'],
        as: { '.stage': '.stage:not(.table-view)' },
        variants: ['view=official-vs-independent'],
      },
    ],
  },
};

/** Per measure: a period, a regime filter (the map's legend gains an entry) and both together. */
function assistancePreset() {
  const measures = ['arms', 'aid', 'military-aid'];
  const notes = measures.map((measure) => `.notes[data-measure="${measure}"]`);
  return {
    // The reader note stands above the toolbar, for military aid only (its English table is in assistance/styles.ts).
    selectors: [...measures.map((measure) => `h2[data-measure="${measure}"]`), '.reader-note', ...notes],
    fraction: notes,
    variants: ['arms', 'aid', 'military-aid'].flatMap((m) => [
      `measure=${m}`,
      `measure=${m} from=2010 to=2015`,
      `measure=${m} regime=autocracy`,
      `measure=${m} from=2010 to=2015 regime=democracy`,
    ]),
  };
}

function parseArgs(argv) {
  const args = { tag: '', variants: [], selectors: null, extra: {}, gap: {}, min: 300, max: 1300, step: 10, check: false, build: false, dist: 'dist', lang: '', write: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => argv[++i];
    if (arg === '--variant') args.variants.push(next());
    else if (arg === '--sel') args.selectors = next().split(',').map((s) => s.trim()).filter(Boolean);
    else if (arg === '--extra' || arg === '--gap') {
      const [sel, px] = next().split('=');
      args[arg.slice(2)][sel] = Number(px);
    } else if (arg === '--min') args.min = Number(next());
    else if (arg === '--max') args.max = Number(next());
    else if (arg === '--step') args.step = Number(next());
    else if (arg === '--fraction') args.fraction = next().split(',').map((x) => x.trim());
    else if (arg === '--check') args.check = true;
    else if (arg === '--build') args.build = true;
    // Another embed build (e.g. `node scripts/build-embed.mjs --out /tmp/x`), so dist/ can stay as it is.
    else if (arg === '--dist') args.dist = next();
    else if (arg === '--json') args.json = true;
    else if (arg === '--lang') args.lang = next();
    else if (arg === '--write') args.write = true;
    else if (arg === '-h' || arg === '--help') args.help = true;
    else if (!args.tag) args.tag = arg;
    else throw new Error(`unknown argument ${arg}`);
  }
  return args;
}

/** `metric=libdem countries="IND TUR"` → { metric: 'libdem', countries: 'IND TUR' } */
function parseVariant(text) {
  const attributes = {};
  for (const match of text.matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S*))/g)) attributes[match[1]] = match[2] ?? match[3] ?? match[4];
  return attributes;
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0}#wrap{box-sizing:border-box}</style>
<script type="module" src="/rights-atlas.js"></script></head><body><div id="wrap"></div></body></html>`;

/** Runs in the page: places the element, waits until its data is drawn. */
async function place({ tag, attributes, width }) {
  const wrap = document.getElementById('wrap');
  wrap.style.width = `${width}px`;
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const ready = new Promise((done) => el.addEventListener('rights-ready', done, { once: true }));
  wrap.append(el);
  await Promise.race([ready, new Promise((done) => setTimeout(done, 15000))]);
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  for (let i = 0; i < 100 && (!el.shadowRoot || el.shadowRoot.querySelector('.loading')); i++) await new Promise((done) => setTimeout(done, 50));
  await document.fonts.ready;
  await frame();
  await frame();
  const root = el.shadowRoot;
  if (!root || root.querySelector('.loading, .error')) return { error: `<${tag}> did not draw its data` };
  return { ok: true };
}

/** Runs in the page (--check, data held back): places the element and, at each width, its height while loading. */
async function measureLoading({ tag, attributes, widths }) {
  const wrap = document.getElementById('wrap');
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrap.append(el);
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('.loading'); i++) await new Promise((done) => setTimeout(done, 50));
  if (!el.shadowRoot?.querySelector('.loading')) return { error: `<${tag}> showed no loading state` };
  await document.fonts.ready;
  const heights = [];
  for (const width of widths) {
    wrap.style.width = `${width}px`;
    await frame();
    await el.updateComplete;
    await frame();
    heights.push(el.getBoundingClientRect().height);
  }
  return { heights };
}

/** Runs in the page (--check): after releasing the data, waits until it is drawn. */
async function awaitDrawn({ tag }) {
  const el = document.querySelector(tag);
  for (let i = 0; i < 300 && (!el.shadowRoot || el.shadowRoot.querySelector('.loading')); i++) await new Promise((done) => setTimeout(done, 50));
  await new Promise((done) => setTimeout(done, 200));
  return el.shadowRoot.querySelector('.loading, .error') ? { error: `<${tag}> did not draw its data` } : { ok: true };
}

/** Runs in the page: at each width, the measured (and, for --check, reserved) height of each selector. */
async function measureAll({ tag, selectors, widths }) {
  const el = document.querySelector(tag);
  const wrap = document.getElementById('wrap');
  const root = el.shadowRoot;
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const neutral = new CSSStyleSheet();
  neutral.replaceSync(selectors.map((s) => `${s} { min-height: 1px !important; }`).join('\n'));
  const original = [...root.adoptedStyleSheets];
  const settle = async () => {
    await frame();
    await el.updateComplete;
    await frame();
    await el.updateComplete;
  };
  const chart = root.querySelector('.chart');
  const containerWidth = () => {
    const style = getComputedStyle(chart);
    return chart.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  };
  const rows = [];
  for (const width of widths) {
    wrap.style.width = `${width}px`;
    root.adoptedStyleSheets = [...original, neutral];
    await settle();
    const row = { width, container: containerWidth(), total: 0, finalTotal: 0, sel: {} };
    row.total = el.getBoundingClientRect().height;
    for (const selector of selectors) {
      const node = root.querySelector(selector);
      if (!node) continue;
      const style = getComputedStyle(node);
      const fontSize = parseFloat(style.fontSize);
      const lineHeight = style.lineHeight === 'normal' ? 1.2 * fontSize : parseFloat(style.lineHeight);
      row.sel[selector] = { height: node.getBoundingClientRect().height, lineHeight, em: lineHeight / fontSize };
    }
    root.adoptedStyleSheets = original;
    await settle();
    row.finalTotal = el.getBoundingClientRect().height;
    for (const selector of selectors) {
      const node = root.querySelector(selector);
      if (!node || !row.sel[selector]) continue;
      row.sel[selector].final = node.getBoundingClientRect().height;
      row.sel[selector].reserved = parseFloat(getComputedStyle(node).minHeight) || 0;
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Lines to reserve: the smallest whole N with N * lineHeight + extra + (N - 1) * gap >= height
 * (0.5px tolerance); with `fraction`, the smallest multiple of 0.1 (for boxes that are not
 * plain lines of their own font, e.g. a legend of two lists with margins).
 */
function linesFor(height, lineHeight, extra = 0, gap = 0, fraction = false) {
  if (height <= 1.5) return 0;
  const unit = fraction ? 10 : 1;
  for (let k = 1; k < 200 * unit; k++) {
    const n = k / unit;
    if (n * lineHeight + extra + Math.max(0, Math.ceil(n) - 1) * gap >= height - 0.5) return n;
  }
  return NaN;
}

const fmt = (n) => String(Math.round(n * 10) / 10);

function reserveCss(selector, n, em, extra = 0, gap = 0) {
  const px = extra + (n > 0 ? Math.max(0, Math.ceil(n) - 1) * gap : 0);
  const unit = `${fmt(em)}em`;
  return `${selector} { min-height: calc(${fmt(n)} * ${unit}${px ? ` + ${fmt(px)}px` : ''}); }`;
}

/**
 * Per selector, the line count needed at each measured container width (most of
 * any variant), then runs: between two measured widths the larger count holds.
 */
function stepTable(samples) {
  // samples: [{ container, lines }], sorted by container width ascending.
  const points = samples.map((s, i) => ({ ...s, need: Math.max(s.lines, samples[i + 1]?.lines ?? 0) }));
  // A run [from, to] of equal need covers container widths from the sample below it (exclusive) to its next sample (exclusive).
  const steps = [];
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i];
    // p.need holds for widths (p.container, next.container) and at p.container; its rule is max-width: next.container - 1.
    const top = i === points.length - 1 ? Infinity : Math.ceil(points[i + 1].container) - 1;
    if (steps.length && steps[steps.length - 1].lines === p.need) continue;
    steps.push({ maxWidth: top, lines: p.need });
  }
  return steps; // widest first; steps[0].maxWidth === Infinity is the base rule
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || !args.tag) {
    console.log(`usage: node scripts/measure-reserve.mjs <tag> [--variant "a=b c=d"]... [--sel "h2,.summary,footer"] [--extra footer=6] [--gap .legend=4] [--fraction .legend] [--min 300] [--max 1300] [--step 10] [--lang fr [--write]] [--check] [--build] [--dist dir] [--json]\npresets: ${Object.keys(PRESETS).join(', ')}`);
    process.exit(args.help ? 0 : 1);
  }
  if (args.write && !args.lang) throw new Error('--write stores a language\'s table in its catalogue: give --lang (English tables go into the element\'s styles by hand)');
  const preset = PRESETS[args.tag] ?? { selectors: ['h2', '.summary', 'footer'], extra: {}, variants: [''] };
  const adHoc = args.selectors || args.variants.length;
  const groups = adHoc || !preset.groups ? [preset] : preset.groups;
  const widths = [];
  for (let w = args.min; w <= args.max; w += args.step) widths.push(w);

  if (args.build) {
    const built = spawnSync('npm', ['run', 'build:lib'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build:lib failed');
  }

  const manifest = JSON.parse(readFileSync(resolve(ROOT, args.dist, 'embed-chunks.json'), 'utf8'));
  // Held back with --check: the data, not the catalogues (a chart waits for its words before it shows anything).
  const dataChunks = new Set(Object.entries(manifest.data).filter(([name]) => !/^lang-/.test(name)).map(([, file]) => file));
  const server = await serveStatic(resolve(ROOT, args.dist));
  const browser = await launchChromium();
  const css = [];
  let problems = 0;
  try {
    for (const group of groups) {
      const settings = {
        selectors: args.selectors ?? group.selectors,
        extra: { ...group.extra, ...args.extra },
        gap: { ...(group.gap ?? {}), ...args.gap },
        fraction: args.fraction ?? group.fraction ?? [],
        prefix: adHoc ? '' : (group.prefix ?? ''),
        as: adHoc ? {} : (group.as ?? {}),
      };
      const variants = (args.variants.length ? args.variants : group.variants)
        .filter((v) => !(args.lang && /(^|\s)lang=/.test(v)))
        .map((v) => (args.lang ? `${v} lang=${args.lang}`.trim() : v))
        .map((v) => ({ label: v || '(default)', attributes: parseVariant(v) }));
      const results = await measureVariants(browser, server, args, variants, settings.selectors, widths, dataChunks);
      if (args.json) console.log(JSON.stringify(results, null, 1));
      else if (args.check) problems += report(args, settings, variants, widths, results);
      else css.push(...table(args, settings, variants, widths, results));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (args.check) {
    console.log(problems ? `${problems} problem(s)` : 'ok: no shift, no more than one line of dead space at any width');
    process.exitCode = problems ? 1 : 0;
    return;
  }
  if (args.json) return;
  console.log(css.join('\n'));
  if (args.write) {
    const file = resolve(ROOT, 'src/i18n', `lang-${args.lang}.json`);
    const catalogue = JSON.parse(readFileSync(file, 'utf8'));
    const tables = { ...(catalogue[RESERVE_KEY] ?? {}), [args.tag]: css.filter((line) => !line.startsWith('/*')).map((line) => line.trim()).join('\n') };
    catalogue[RESERVE_KEY] = Object.fromEntries(Object.entries(tables).sort(([a], [b]) => a.localeCompare(b)));
    const sorted = Object.fromEntries(Object.entries(catalogue).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeFileSync(file, `${JSON.stringify(sorted, null, 1)}\n`);
    console.error(`wrote the <${args.tag}> table into ${file} (${RESERVE_KEY})`);
  }
}

/** A catalogue's key for the height tables (core/i18n.ts RESERVE_KEY). */
const RESERVE_KEY = '@reserve';

/** Renders every variant (in parallel pages) and measures each selector at every width. */
async function measureVariants(browser, server, args, variants, selectors, widths, dataChunks) {
  const results = [];
  const context = await browser.newContext({ viewport: { width: args.max + 100, height: 900 } });
  await context.route('**/measure.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: PAGE }));
  await Promise.all(
    variants.map(async (variant) => {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[${variant.label}] page error: ${error.message}`));
      let loading = null;
      if (args.check) {
        // Hold every data chunk back to see the element as readers do before its data lands.
        const held = [];
        let released = false;
        await page.route(
          (url) => dataChunks.has(url.pathname.split('/').pop()),
          (route) => (released ? route.continue() : held.push(route)),
        );
        await page.goto(`${server.url}/measure.html`);
        const before = await page.evaluate(measureLoading, { tag: args.tag, attributes: variant.attributes, widths });
        if (before.error) throw new Error(`${variant.label}: ${before.error}`);
        loading = before.heights;
        released = true;
        await Promise.all(held.map((route) => route.continue()));
        const drawn = await page.evaluate(awaitDrawn, { tag: args.tag });
        if (drawn.error) throw new Error(`${variant.label}: ${drawn.error}`);
      } else {
        await page.goto(`${server.url}/measure.html`);
        const placed = await page.evaluate(place, { tag: args.tag, attributes: variant.attributes, width: args.max });
        if (placed.error) throw new Error(`${variant.label}: ${placed.error}`);
      }
      const rows = await page.evaluate(measureAll, { tag: args.tag, selectors, widths });
      if (loading) rows.forEach((row, i) => (row.loading = loading[i]));
      results.push({ variant, rows });
      await page.close();
    }),
  );
  await context.close();
  results.sort((a, b) => variants.indexOf(a.variant) - variants.indexOf(b.variant));
  return results;
}

const linesOf = ({ extra, gap, fraction }) => (selector, s) => linesFor(s.height, s.lineHeight, extra[selector] ?? 0, gap[selector] ?? 0, fraction.includes(selector));

/** --check: the shift readers see, and dead space; returns the number of problems. */
function report(args, { selectors }, variants, widths, results) {
  let problems = 0;
  console.log(`--check <${args.tag}>: ${variants.length} variant(s) × ${widths.length} widths (${args.min}–${args.max} px), selectors ${selectors.join(' ')}`);
  for (const { variant, rows } of results) {
    for (const row of rows) {
      // The shift readers see: the element's height while loading against its height once drawn.
      if (Math.abs(row.finalTotal - row.loading) > 1) {
        problems++;
        const grew = selectors.filter((sel) => row.sel[sel] && row.sel[sel].final > row.sel[sel].reserved + 0.5 && row.sel[sel].height > 1.5);
        console.log(`SHIFT   ${String(row.width).padStart(4)} px (container ${fmt(row.container)}) ${variant.label}: ${fmt(row.loading)} px while loading, ${fmt(row.finalTotal)} px drawn${grew.length ? ` (outgrew the reservation: ${grew.map((sel) => `${sel} ${fmt(row.sel[sel].final)} > ${fmt(row.sel[sel].reserved)} px`).join(', ')})` : ''}`);
      }
    }
  }
  // Dead space: reserved beyond what the widest-needing variant uses, by more than one line.
  const byWidth = new Map();
  for (const { rows } of results) for (const row of rows) for (const selector of selectors) {
    const s = row.sel[selector];
    if (!s) continue;
    const key = `${row.width} ${selector}`;
    const prev = byWidth.get(key);
    if (!prev || s.height > prev.height) byWidth.set(key, { ...s, width: row.width, container: row.container, selector });
  }
  for (const s of byWidth.values()) {
    if (s.reserved - s.height > s.lineHeight + 0.5) {
      problems++;
      console.log(`DEAD    ${String(s.width).padStart(4)} px (container ${fmt(s.container)}) ${s.selector}: reserved ${fmt(s.reserved)} px, tallest variant needs ${fmt(s.height)} px (${fmt((s.reserved - s.height) / s.lineHeight)} lines blank)`);
    }
  }
  for (const w of [320, 360, 1000].filter((x) => widths.includes(x))) {
    for (const { variant, rows } of results) {
      const row = rows.find((r) => r.width === w);
      const blank = selectors.reduce((sum, sel) => sum + Math.max(0, (row.sel[sel]?.final ?? 0) - (row.sel[sel]?.height ?? 0)), 0);
      console.log(`height  ${w} px ${variant.label}: ${fmt(row.loading)} px loading, ${fmt(row.finalTotal)} px drawn, ${fmt(row.total)} px without reservations; reserved but blank ${fmt(blank)} px`);
    }
  }
  return problems;
}

/** The step table's CSS lines for one group (one block per breakpoint, widest first). */
function table(args, settings, variants, widths, results) {
  const { selectors, extra, gap, prefix, as } = settings;
  const lines = linesOf(settings);
  const name = (selector) => `${prefix ? `${prefix} ` : ''}${as[selector] ?? selector}`;
  const out = [`  /* <${args.tag}>${args.lang ? ` lang=${args.lang}` : ''}${prefix ? ` ${prefix}` : ''}: ${variants.map((v) => v.label).join(' | ')}; container widths ${fmt(results[0].rows[0].container)}–${fmt(results[0].rows.at(-1).container)} px */`];
  const tables = {};
  for (const selector of selectors) {
    const byContainer = new Map();
    let em = 1.4;
    for (const { rows } of results) {
      for (const row of rows) {
        const s = row.sel[selector];
        if (!s) continue;
        em = s.em;
        const key = row.container;
        byContainer.set(key, Math.max(byContainer.get(key) ?? 0, lines(selector, s)));
      }
    }
    const samples = [...byContainer].map(([container, n]) => ({ container, lines: n })).sort((a, b) => a.container - b.container);
    tables[selector] = { steps: stepTable(samples), em };
  }
  // One block per breakpoint, selectors in the order given, each rule only where its count changes.
  const breakpoints = new Set();
  for (const { steps } of Object.values(tables)) for (const step of steps) breakpoints.add(step.maxWidth);
  const ordered = [...breakpoints].sort((a, b) => b - a);
  for (const bp of ordered) {
    const rules = [];
    for (const selector of selectors) {
      const step = tables[selector].steps.find((s) => s.maxWidth === bp);
      if (step) rules.push(reserveCss(name(selector), step.lines, tables[selector].em, extra[selector] ?? 0, gap[selector] ?? 0));
    }
    if (bp === Infinity) out.push(...rules.map((r) => `  ${r}`));
    else if (rules.length === 1) out.push(`  @container (max-width: ${bp}px) { ${rules[0]} }`);
    else out.push(`  @container (max-width: ${bp}px) {`, ...rules.map((r) => `    ${r}`), '  }');
  }
  // Heights of the whole element, measured without reservations, at a few widths.
  const at = (w) => results.map(({ variant, rows }) => `${variant.label}: ${fmt(rows.find((r) => r.width === w)?.total ?? NaN)}`).join(', ');
  for (const w of [320, 360, 1000].filter((x) => widths.includes(x))) console.error(`/* ${w} px, element height without reservations: ${at(w)} */`);
  return out;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
