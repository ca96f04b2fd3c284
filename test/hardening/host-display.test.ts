// Issue #12 point 5: every element sizes itself from its container whatever the
// host's display. A page rule beats `:host { display: block }`: a host made
// `display: inline` or `display: contents` (as the "New CSS Reset" does with
// `all: unset; display: revert`) has no box of its own to measure (a
// ResizeObserver on it reports 0 × 0), yet the chart must draw its marks at the
// container's width and must never say there is no data because it has not
// measured yet.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { $ } from '../helpers/dom.js';
import { afterLayout, waitForDrawn } from '../helpers/wait.js';

const NEW_CSS_RESET = '*:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert; }';
const WIDTH = 640;

interface Element_ {
  tag: string;
  attributes?: Record<string, string>;
  /** What the loaded chart draws: its marks, not just its frame. */
  drawn: string;
}

const ELEMENTS: Element_[] = [
  { tag: 'rights-democracy-map', drawn: 'svg.map path.country' },
  { tag: 'rights-regime-share', drawn: 'svg.plot path.band' },
  { tag: 'rights-democracy-trend', attributes: { countries: 'USA HUN' }, drawn: 'svg.plot path.line' },
  { tag: 'rights-democracy-change', drawn: 'svg.plot g.row' },
  { tag: 'rights-timeline', drawn: 'input[type="range"]' },
  { tag: 'rights-civilian-harm', drawn: 'svg.plot rect.hit' },
  { tag: 'rights-strike-map', attributes: { country: 'PAK' }, drawn: 'svg.map [data-key]' },
  { tag: 'rights-assistance-ranking', drawn: 'svg.bars g.row' },
  { tag: 'rights-assistance-map', drawn: 'svg.map path.country' },
  { tag: 'rights-assistance-vs-democracy', drawn: 'svg.scatter .dot' },
  { tag: 'rights-guantanamo', drawn: 'svg.plot g.count' },
  { tag: 'rights-refugee-admissions', drawn: 'svg.plot rect.hit' },
  { tag: 'rights-surveillance-exports', drawn: 'svg.map path.country' },
  { tag: 'rights-sanctions', drawn: 'svg.plot g.column' },
  { tag: 'rights-corruption', drawn: 'table.ranking tbody tr' },
  { tag: 'rights-hrc-membership', drawn: 'svg.plot g.cycle' },
  { tag: 'rights-police-equipment', drawn: 'svg.map path.state' },
];

/** What a chart shows in place of data: a loading line, an error, or an empty-data sentence. */
const NOT_DRAWN = '.loading, .error, .empty';
const EMPTY_WORDS = /Loading|No TBIJ records|No strikes recorded|No recipient matches|could not be loaded/;

const MODES: { name: string; css: (tag: string) => string; display: string }[] = [
  { name: 'display: inline', css: (tag) => `${tag} { display: inline; }`, display: 'inline' },
  { name: 'display: contents', css: (tag) => `${tag} { display: contents; }`, display: 'contents' },
  { name: 'the New CSS Reset', css: () => NEW_CSS_RESET, display: 'inline' },
];

async function place({ tag, attributes = {} }: Element_): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="display: block; width: ${WIDTH}px"></div>`);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return el;
}

/** The layout width the chart drew at (its main SVG's viewBox), or undefined for an element without one. */
const layoutWidth = (el: Element): number | undefined => ($(el, 'svg[viewBox]:not(.legend *)') as SVGSVGElement | null)?.viewBox.baseVal.width;

describe('charts draw whatever the host display', () => {
  /** Layout width of each chart in a block host in the same container: what the others must match. */
  const reference = new Map<string, number | undefined>();
  let style: HTMLStyleElement | undefined;

  before(async () => {
    for (const element of ELEMENTS) {
      const el = await place(element);
      await waitForDrawn(el, element.drawn);
      await afterLayout(el);
      reference.set(element.tag, layoutWidth(el));
      el.parentElement!.remove();
    }
  });

  afterEach(() => {
    style?.remove();
    style = undefined;
  });

  for (const mode of MODES) {
    for (const element of ELEMENTS) {
      it(`<${element.tag}> with ${mode.name}`, async () => {
        style = document.createElement('style');
        style.textContent = mode.css(element.tag);
        document.head.append(style);
        const el = await place(element);
        expect(getComputedStyle(el).display, 'the page rule wins over :host').to.equal(mode.display);
        await waitForDrawn(el, element.drawn);
        await afterLayout(el);
        expect($(el, NOT_DRAWN), 'no loading, error or empty-data state').to.equal(null);
        expect(el.shadowRoot!.textContent).not.to.match(EMPTY_WORDS);
        const chart = $(el, '.chart')!.getBoundingClientRect();
        expect(chart.width, 'the chart takes its container width').to.be.closeTo(WIDTH, 1);
        expect(layoutWidth(el), 'laid out at the width of a block host').to.equal(reference.get(element.tag));
      });
    }
  }
});
