// Functions that run inside a story's page (passed to Playwright's page.evaluate /
// waitForFunction), shared by stories/check-stories.mjs, stories/check-layout.mjs and
// scripts/gallery.mjs. Each one is serialised on its own, so it may use nothing from this
// module's scope: constants live inside the function.

/**
 * The state of every visible rights-* element inside each group's container, or null while
 * one of them is not yet what its story expects. A group is `{ within, expect }`: a CSS
 * selector (a story's root, or one story's box on a Docs page) and the story's `expect-*` tags
 * without the prefix (default: a drawn chart — the map's `svg.map path.country`, for other
 * charts no loading state and SVG marks; `table`: the table; `error`: the load-error message;
 * `notice`: also a bad-input notice). A Storybook error display ends the wait with `fatal`.
 * With `partial`, returns the states found so far, each with `ok`, instead of null (for reports).
 */
export function inspect({ groups, partial = false }) {
  if (document.body.classList.contains('sb-show-errordisplay')) {
    const message = document.querySelector('#error-message')?.textContent ?? '';
    const stack = document.querySelector('#error-stack')?.textContent ?? '';
    return { fatal: `Storybook error display: ${message} ${stack}`.trim().slice(0, 1500) };
  }
  const states = [];
  for (const { within, expect } of groups) {
    const root = document.querySelector(within);
    if (!root) {
      if (!partial) return null;
      states.push({ within, tag: 'none', missing: true, ok: false });
      continue;
    }
    // A story left in the hidden #storybook-root after moving to a Docs page is not the reader's.
    const elements = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('rights-') && el.checkVisibility());
    if (elements.length === 0) {
      if (!partial) return null;
      states.push({ within, tag: 'none', ok: false });
      continue;
    }
    for (const el of elements) {
      const shadow = el.shadowRoot;
      if (!shadow) {
        if (!partial) return null;
        states.push({ within, tag: el.localName, ok: false, undefinedElement: true });
        continue;
      }
      const state = {
        within,
        tag: el.localName,
        countries: shadow.querySelectorAll('svg.map path.country').length,
        marks: shadow.querySelectorAll('svg path, svg rect, svg circle, svg line').length,
        loading: Boolean(shadow.querySelector('.loading')),
        rows: shadow.querySelectorAll('[part=table] tbody tr').length,
        error: shadow.querySelector('[part=error]')?.textContent.trim().replace(/\s+/g, ' ') ?? '',
        notices: [...shadow.querySelectorAll('[part=notice]')].map((n) => n.textContent.trim().replace(/\s+/g, ' ')),
        heading: shadow.querySelector('[part=heading]')?.textContent.trim() ?? '',
      };
      // A map is drawn when its countries are; any other chart when it has left its loading
      // state and drawn some marks. An error where none is expected is never "drawn".
      const drawn =
        state.error === '' &&
        (state.tag === 'rights-democracy-map'
          ? state.countries > 100
          : state.tag === 'rights-timeline'
            ? Boolean(shadow.querySelector('input[type=range]'))
            : !state.loading && state.marks > 5);
      const ok =
        (expect.includes('error') ? state.error !== '' : expect.includes('table') ? state.rows > 0 && state.error === '' : drawn) &&
        (!expect.includes('notice') || state.notices.length > 0);
      if (!ok && !partial) return null;
      states.push({ ...state, ok });
    }
  }
  return { states };
}

/**
 * Reader-facing text (shadow DOM text, including what opens on demand, and accessible names)
 * that leaks internals: "verify", repository paths, commit hashes or data field names. Those
 * belong in data/sources.json. Returns one line per leak.
 */
export function leaks() {
  const FORBIDDEN = [
    /\bverify\b/i,
    /shared\/datasets|datasets\/raw|\braw\/[a-z-]+\//,
    /@[0-9a-f]{7,40}\b|\bcommit [0-9a-f]{7,40}\b/,
    /\b(minStrikes|maxStrikes|latestCompleteYear|provisionalYears|readerNote|licenceName|commercialUse|countedUnder)\b/,
  ];
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    if (!el.localName.startsWith('rights-') || !el.shadowRoot || !el.checkVisibility()) continue;
    const labels = [...el.shadowRoot.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
    const text = [el.shadowRoot.textContent ?? '', ...labels].join(' ').replace(/\s+/g, ' ');
    for (const pattern of FORBIDDEN) {
      const match = text.match(pattern);
      if (match) found.push(`${el.localName}: "${text.slice(Math.max(0, match.index - 40), match.index + 40)}"`);
    }
  }
  return found;
}

/**
 * Resolves once the charts have stopped changing: fonts loaded, every element's update done,
 * and the same sizes and shadow markup length over two frames in a row (a chart measures its
 * width after the first draw and may lay out again). Gives up after `limit` ms.
 */
export async function settle(limit = 3000) {
  const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const hosts = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('rights-'));
  const signature = () =>
    hosts()
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.localName}:${Math.round(r.width)}x${Math.round(r.height)}:${el.shadowRoot?.innerHTML.length ?? 0}`;
      })
      .join('|');
  await document.fonts.ready;
  const end = performance.now() + limit;
  let last = '';
  while (performance.now() < end) {
    await Promise.all(hosts().map((el) => el.updateComplete));
    await frame();
    const now = signature();
    if (now === last) return true;
    last = now;
  }
  return false;
}
