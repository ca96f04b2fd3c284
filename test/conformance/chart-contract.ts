// The element contract (docs: DESIGN.md, "The element contract"), run against
// one element by `runChartBaseTests(tag, options)`, as Shoelace's
// runFormControlBaseTests does for its form controls. conformance.test.ts calls
// it once per element: a new element gets every check by one call.
import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { failLoaders, holdLoaders } from '../helpers/hold-loaders.js';
import { $, $$, quietly, withWarnings } from '../helpers/dom.js';
import { afterLayout, afterMicrotasks, nextReady, settled, until, waitForDrawn } from '../helpers/wait.js';
import type { StateChangeDetail } from '../../src/core/events.js';

type Loaders = Record<string, () => Promise<unknown>>;
type Attributes = Record<string, string>;

export interface ChartContractOptions {
  /** Selector of what the loaded chart draws (in its default view), e.g. `svg.map path.country`. */
  drawn: string;
  /** Attributes every case starts from (cases add their own). */
  attributes?: Attributes;
  /** Attributes that switch to the data-table view; omit if the element has none. */
  table?: Attributes;
  /** Attributes that change what the element shows, for the rights-state-change and sync-url case (default: `table`). */
  viewState?: Attributes;
  /** Loads to hold back to see the element before its data arrives; omit if it loads no data. */
  hold?: { loaders: Loaders; keys: string[] };
  /** Chart-specific attribute combinations (metric, measure, view…) that must reserve their height too. */
  sizeVariants?: Attributes[];
  /** Loads to fail, one case each; `attributes` make the element need that load. */
  failures?: { name: string; loaders: Loaders; keys: string[]; attributes?: Attributes }[];
  /**
   * What `lang="fr"` changes: with `attributes`, the text of `selector` (default:
   * the whole shadow root) holds `french` and none of `english`, which it holds
   * in English. Omit only for an element that shows no names and no numbers.
   */
  lang?: { attributes?: Attributes; selector?: string; french: (string | RegExp)[]; english: (string | RegExp)[] };
  /** Bad values for attributes where the default garbage would be valid or unsuitable. */
  badValues?: Attributes;
  /** Attributes that take any text (shown as text, never as markup). */
  freeText?: string[];
}

/**
 * Contract cases that fail today, each a bug in the source for the lead to fix.
 * A listed case still runs and must still fail: once it passes, the suite says
 * so and the entry must be removed. Empty this list; do not add to it to hide a
 * regression.
 */
export const KNOWN_FAILURES: { tag: string; case: string; reason: string }[] = [];

const GARBAGE = 'qq¤junk';
const WIDTHS = [320, 360, 1000];

/** Lit's reactive properties that are attributes, as [property, attribute]. */
function attributesOf(tag: string): [string, string][] {
  const ctor = customElements.get(tag) as unknown as {
    elementProperties: Map<string, { attribute?: string | boolean; state?: boolean }>;
  };
  return [...ctor.elementProperties]
    .filter(([, o]) => !o.state && o.attribute !== false)
    .map(([prop, o]) => [prop, typeof o.attribute === 'string' ? o.attribute : prop.toLowerCase()]);
}

/** Adds the element to a fresh wrapper (of `width` px, if given) with these attributes. */
async function place(tag: string, attributes: Attributes, width?: number): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width) wrapper.style.width = `${width}px`;
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return el;
}

/** Exceptions that escape the element (window errors, unhandled rejections) while a case runs. */
function watchUncaught(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(String(event.error ?? event.message));
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    errors.push(String(event.reason));
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Relative luminance of a computed `rgb()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Light text on a dark ground: what a reader of a dark page expects. */
const looksDark = (el: Element): boolean => luminance(getComputedStyle($(el, '.chart') ?? el).color) > 0.4;

/** The static markup of a Lit template result and of the templates nested in its values. */
export function templateText(result: unknown): string {
  if (Array.isArray(result)) return result.map(templateText).join('');
  const template = result as { strings?: readonly string[]; values?: unknown[] } | null;
  if (!template?.strings || !template.values) return '';
  return template.strings.join('${}') + template.values.map(templateText).join('');
}

const visible = (node: Element | null): boolean => {
  if (!node) return false;
  const box = node.getBoundingClientRect();
  const style = getComputedStyle(node);
  return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
};

const includes = (text: string, fragment: string | RegExp): boolean =>
  typeof fragment === 'string' ? text.includes(fragment) : fragment.test(text);

export function runChartBaseTests(tag: string, options: ChartContractOptions): void {
  const base = options.attributes ?? {};
  const { drawn } = options;

  /** The element, loaded and drawn. */
  const loaded = async (attributes: Attributes = {}, width?: number): Promise<HTMLElement> => {
    const el = await place(tag, { ...base, ...attributes }, width);
    await waitForDrawn(el, options.table ? `${drawn}, table` : drawn);
    await until(() => !$(el, '.loading'), `<${tag}> placeholder gone`);
    await settled(el);
    return el;
  };

  /** One contract case; a case in KNOWN_FAILURES must still fail. */
  const check = (title: string, run: () => Promise<void> | void): void => {
    const known = KNOWN_FAILURES.find((k) => k.tag === tag && k.case === title);
    if (!known) {
      it(title, run);
      return;
    }
    it(`${title} [known failure: ${known.reason}]`, async () => {
      let failed = false;
      try {
        await run();
      } catch {
        failed = true;
      }
      if (!failed) throw new Error(`<${tag}> "${title}" passes now: remove it from KNOWN_FAILURES`);
    });
  };

  describe(`<${tag}> conformance`, () => {
    if (options.hold) {
      const { loaders, keys } = options.hold;
      const cases: [number, Attributes][] = [
        ...WIDTHS.map((width): [number, Attributes] => [width, {}]),
        ...(options.sizeVariants ?? []).flatMap((variant) => [320, 1000].map((width): [number, Attributes] => [width, variant])),
        // Words run longer in other languages: each catalogue carries its own height tables (#16).
        ...['fr', 'es', 'ar'].flatMap((lang) => WIDTHS.map((width): [number, Attributes] => [width, { lang }])),
        ...(options.sizeVariants ?? []).flatMap((variant) => ['fr', 'es', 'ar'].map((lang): [number, Attributes] => [360, { ...variant, lang }])),
      ];
      for (const [width, variant] of cases) {
        const label = Object.entries(variant).map(([k, v]) => `${k}=${v}`).join(' ');
        check(`reserves its height before data arrives and keeps it when data lands (${width} px${label ? `, ${label}` : ''})`, async () => {
          const { release, restore } = holdLoaders(loaders, ...keys);
          try {
            await quietly(async () => {
              const el = await place(tag, { ...base, ...variant }, width);
              const loading = await until(() => $(el, '.loading'), 'loading placeholder');
              await afterLayout(el);
              // The placeholder speaks the chart's language too.
              if (variant.lang) expect(loading.textContent).not.to.match(/Loading/);
              else expect(loading.textContent).to.match(/Loading/);
              const before = el.getBoundingClientRect().height;
              expect(before, 'height reserved while loading').to.be.greaterThan(150);
              const ready = nextReady(el);
              release();
              await ready;
              await waitForDrawn(el, drawn);
              expect(el.getBoundingClientRect().height, 'height once drawn').to.be.closeTo(before, 1);
              await afterLayout(el);
              expect(el.getBoundingClientRect().height, 'height a frame later').to.be.closeTo(before, 1);
              expect(el.scrollWidth, 'no horizontal overflow').to.be.at.most(width);
            });
          } finally {
            release();
            restore();
          }
        });
      }
    }

    check('fills its container and redraws when the container is resized', async () => {
      const el = await loaded({}, 1000);
      const wrapper = el.parentElement!;
      /** Width the chart is drawn for: its SVG's viewBox, else the drawn element's box. */
      const drawnWidth = (): number => {
        const node = $(el, drawn);
        const svg = node?.closest('svg');
        return svg ? Number(svg.getAttribute('viewBox')!.split(/[\s,]+/)[2]) : (node?.getBoundingClientRect().width ?? 0);
      };
      expect(el.getBoundingClientRect().width).to.equal(1000);
      expect(drawnWidth()).to.be.greaterThan(600);
      wrapper.style.width = '320px';
      await until(() => drawnWidth() <= 320 && drawnWidth() > 200, `<${tag}> redrawn for 320 px (now ${drawnWidth()})`);
      await settled(el);
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(el.scrollWidth, 'no horizontal overflow at 320 px').to.be.at.most(320);
      wrapper.style.width = '1000px';
      await until(() => drawnWidth() > 600, `<${tag}> redrawn for 1000 px (now ${drawnWidth()})`);
    });

    check('theme="dark" and theme="light" set its colours', async () => {
      const el = await loaded({ theme: 'dark' });
      expect($(el, '.chart')!.classList.contains('dark')).to.equal(true);
      expect(looksDark(el), 'light text on dark').to.equal(true);
      el.setAttribute('theme', 'light');
      await settled(el);
      expect($(el, '.chart')!.classList.contains('dark')).to.equal(false);
      expect(looksDark(el), 'dark text on light').to.equal(false);
    });

    check('theme="auto" follows a dark class on the page', async () => {
      const root = document.documentElement;
      try {
        const el = await loaded({ theme: 'auto' });
        expect(looksDark(el)).to.equal(false);
        root.classList.add('dark');
        await until(() => looksDark(el), 'dark after the page turned dark');
        expect($(el, '.chart')!.classList.contains('dark')).to.equal(true);
        root.classList.remove('dark');
        await until(() => !looksDark(el), 'light again after the page turned light');
      } finally {
        root.classList.remove('dark');
      }
    });

    check('theme="auto" follows the page\'s color-scheme', async () => {
      const root = document.documentElement;
      try {
        const el = await loaded({ theme: 'auto' });
        root.style.colorScheme = 'dark';
        await until(() => looksDark(el), 'dark after the page chose color-scheme: dark');
        root.style.colorScheme = '';
        await until(() => !looksDark(el), 'light again');
      } finally {
        root.style.colorScheme = '';
      }
    });

    if (options.lang) {
      const { attributes = {}, selector, french, english } = options.lang;
      check('lang="fr" names countries and formats numbers in French', async () => {
        const text = async (lang: string): Promise<string> => {
          const el = await loaded({ ...attributes, lang });
          return (selector ? $$(el, selector) : [el.shadowRoot!]).map((n) => n.textContent).join(' ');
        };
        const en = await text('en');
        for (const fragment of english) expect(includes(en, fragment), `English shows ${fragment}`).to.equal(true);
        const fr = await text('fr');
        for (const fragment of french) expect(includes(fr, fragment), `French shows ${fragment}`).to.equal(true);
        for (const fragment of english) expect(includes(fr, fragment), `French no longer shows ${fragment}`).to.equal(false);
      });
    }

    // Every state a reader can meet: axe finds nothing, and no markup carries a
    // style="" attribute (CSP: style-src 'self').
    const states: [string, () => Promise<HTMLElement>][] = [
      ['loaded', () => loaded()],
      ['loaded, dark', () => loaded({ theme: 'dark' })],
      ['notice (bad attribute)', async () => {
        const el = await quietly(() => loaded({ theme: GARBAGE }));
        await until(() => $(el, '.notice'), 'notice');
        return el;
      }],
    ];
    if (options.table) states.push(['table view', () => loaded(options.table)]);
    const failure = options.failures?.[0];
    if (failure) {
      states.push(['error (failed load)', async () => {
        const { restore } = failLoaders(failure.loaders, ...failure.keys);
        try {
          return await quietly(async () => {
            const el = await place(tag, { ...base, ...failure.attributes });
            await until(() => $(el, '.error'), 'error shown');
            await settled(el);
            return el;
          });
        } finally {
          restore();
        }
      }]);
    }
    for (const [state, render] of states) {
      check(`passes axe and its markup has no style attribute: ${state}`, async () => {
        const el = await render();
        const styled = templateText((el as unknown as { render(): unknown }).render()).match(/<[^<]*\sstyle\s*=[^>]*/gi);
        expect(styled, 'style="" in the markup').to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    // Bad input, attribute by attribute: a visible notice naming the value, a
    // console.warn, no exception, and the chart still drawn.
    for (const [, attribute] of attributesOf(tag)) {
      if (options.freeText?.includes(attribute)) {
        const markup = `<b>${GARBAGE}</b>`;
        check(`${attribute}="${markup}" shows as text, never as markup`, async () => {
          const el = await loaded({ [attribute]: markup });
          expect(el.shadowRoot!.textContent).to.contain(markup);
          expect($(el, 'b')).to.equal(null);
        });
        continue;
      }
      const value = options.badValues?.[attribute] ?? GARBAGE;
      check(`${attribute}="${value}": a visible notice and a console.warn; still drawn, no exception`, async () => {
        const uncaught = watchUncaught();
        try {
          await withWarnings(async (warnings) => {
            const el = await place(tag, { ...base, [attribute]: value });
            await waitForDrawn(el, drawn);
            const notice = await until(() => $(el, '.notice'), `<${tag}> shows a notice for ${attribute}`, 3000);
            expect(visible(notice), 'notice visible').to.equal(true);
            expect(notice.textContent, 'notice names the value').to.contain(value);
            expect(warnings.some((w) => w.includes(value)), 'console.warn names the value').to.equal(true);
          });
        } finally {
          uncaught.stop();
        }
        expect(uncaught.errors.join('; '), 'uncaught exceptions').to.equal('');
      });
    }

    // Frameworks set properties: a value of the wrong type must not throw either.
    for (const [property, attribute] of attributesOf(tag)) {
      if (options.freeText?.includes(attribute)) continue;
      check(`property ${property} set to an object (a notice) or NaN: no exception, still drawn`, async () => {
        const uncaught = watchUncaught();
        const thrown: string[] = [];
        try {
          await quietly(async () => {
            const el = (await loaded()) as HTMLElement & Record<string, unknown>;
            const original = el[property];
            const set = async (value: unknown): Promise<void> => {
              try {
                el[property] = value;
                await settled(el);
              } catch (error) {
                thrown.push(`${String(value)}: ${String(error)}`);
              }
            };
            try {
              await set({ bad: true });
              expect(thrown.join('; '), 'exceptions from the update').to.equal('');
              expect(visible($(el, '.notice')), 'a notice for an object').to.equal(true);
              await set(Number.NaN);
              expect(thrown.join('; '), 'exceptions from the update').to.equal('');
              expect($(el, drawn), 'still drawn').to.exist;
            } finally {
              // Leave no broken element behind to throw during the next case.
              el[property] = original;
              await settled(el).catch(() => {});
              // Lit re-raises a failed update's error on the next one, as an
              // unhandled rejection a task later: let it land in this case.
              for (let i = 0; i < 3; i++) await afterMicrotasks();
            }
          });
        } finally {
          uncaught.stop();
        }
        expect(uncaught.errors.join('; '), 'uncaught exceptions').to.equal('');
      });
    }

    for (const entry of options.failures ?? []) {
      check(`a failed ${entry.name} load shows an error with "Try again"; retrying draws the chart and fires rights-ready`, async () => {
        const { restore } = failLoaders(entry.loaders, ...entry.keys);
        try {
          await withWarnings(async (warnings) => {
            const el = await place(tag, { ...base, ...entry.attributes });
            const error = await until(() => $(el, '.error'), `<${tag}> shows the error`);
            await settled(el);
            expect(visible(error), 'error visible').to.equal(true);
            expect(error.textContent!.trim().length, 'error explains itself').to.be.greaterThan(20);
            expect(warnings.some((w) => w.includes('offline')), 'console.warn has the detail').to.equal(true);
            const retry = [...error.querySelectorAll('button')].find((b) => /try again/i.test(b.textContent!));
            expect(retry, '"Try again" button').to.exist;
            restore();
            const ready = nextReady(el);
            retry!.click();
            await ready;
            await waitForDrawn(el, drawn);
            expect($(el, '.error')).to.equal(null);
          });
        } finally {
          restore();
        }
      });
    }

    const change = options.viewState ?? options.table;
    if (change) {
      check('fires rights-state-change when what it shows changes (not on first render); sync-url writes it to the hash and a new element restores it', async () => {
        const clearHash = (): void => history.replaceState(history.state, '', location.href.replace(/#.*$/, ''));
        const events: { target: EventTarget | null; detail: StateChangeDetail }[] = [];
        const record = (event: Event): void => void events.push({ target: event.target, detail: (event as CustomEvent<StateChangeDetail>).detail });
        clearHash();
        document.addEventListener('rights-state-change', record);
        try {
          const el = await loaded({ 'sync-url': '' });
          expect(events, 'no event for the first render').to.deep.equal([]);
          for (const [name, value] of Object.entries(change)) el.setAttribute(name, value);
          await until(() => events.length, `<${tag}> fires rights-state-change`);
          await settled(el);
          expect(events.length, 'one event per change').to.equal(1);
          expect(events[0]!.target).to.equal(el);
          expect(events[0]!.detail.attributes).to.include(change);
          for (const name of ['theme', 'controls', 'sync-url']) expect(events[0]!.detail.attributes, `${name} is not view state`).not.to.have.property(name);
          const key = tag.replace(/^rights-/, '');
          const written = new URLSearchParams(location.hash.slice(1));
          for (const [name, value] of Object.entries(change)) expect(written.get(`${key}.${name}`), `${key}.${name} in the hash`).to.equal(value);
          el.remove();
          // "After reload": a new element reads the hash before its first render.
          const again = await loaded({ 'sync-url': '' });
          for (const [name, value] of Object.entries(change)) expect(again.getAttribute(name), `${name} restored`).to.equal(value);
          expect(events.length, 'no event for the restored first render').to.equal(1);
        } finally {
          document.removeEventListener('rights-state-change', record);
          clearHash();
        }
      });
    }

    check('registering the tag a second time does not throw', () => {
      const original = customElements.get(tag)!;
      expect(() => defineElement(tag, class extends (original as typeof HTMLElement) {})).not.to.throw();
      expect(customElements.get(tag)).to.equal(original);
    });
  });
}
