// Issue #12 point 10: tooltips under CSS `zoom` on the page (`html { zoom: 2 }`).
// In Chromium, getBoundingClientRect() and a pointer's clientX/Y are in viewport
// pixels, while the tooltip's transform is in the chart's own (unzoomed) CSS
// pixels. Each case moves the real mouse (or the keyboard focus) to a mark and
// checks, in viewport pixels, that the tooltip sits next to what it describes.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { $, $$ } from '../helpers/dom.js';
import { afterLayout, until, waitForDrawn } from '../helpers/wait.js';

/** The tooltip goes 12 chart px beside its anchor: allow 20 chart px (times the zoom, in viewport px). */
const NEAR = 20;
const ZOOMS = [2, 4];

type Follows =
  /** Hover: beside the pointer. */
  | 'pointer'
  /** Beside the hovered mark (anchored to it, not to the pointer). */
  | 'mark'
  /** Time series: the readout stands at the year under the pointer, at the top of the plot. */
  | 'year';

interface ZoomCase {
  name: string;
  tag: string;
  attributes?: Record<string, string>;
  drawn: string;
  /** The plot (SVG or list) that holds the marks and takes keyboard focus. */
  plot: string;
  /** Marks to hover (see the hover case for which one). */
  mark: string;
  follows: Follows;
  /** The key that, with focus on the plot, shows a mark's tooltip. */
  key: string;
}

// <rights-corruption> has no tooltip (a table whose rows carry their own figures): no case here.
const CASES: ZoomCase[] = [
  { name: 'democracy map', tag: 'rights-democracy-map', attributes: { year: '2019' }, drawn: 'svg.map path.country', plot: 'svg.map', mark: 'path.country[data-code]', follows: 'pointer', key: 'ArrowRight' },
  { name: 'assistance map', tag: 'rights-assistance-map', attributes: { year: '2019' }, drawn: 'svg.map path.country', plot: 'svg.map', mark: 'svg.map [data-code]', follows: 'pointer', key: 'ArrowRight' },
  { name: 'assistance ranking', tag: 'rights-assistance-ranking', attributes: { year: '2019' }, drawn: 'svg.bars g.row', plot: 'svg.bars', mark: 'svg.bars .bar', follows: 'pointer', key: 'ArrowDown' },
  { name: 'assistance vs democracy', tag: 'rights-assistance-vs-democracy', attributes: { year: '2019' }, drawn: 'svg.scatter .dot', plot: 'svg.scatter', mark: 'svg.scatter .dot', follows: 'pointer', key: 'ArrowRight' },
  { name: 'strike map', tag: 'rights-strike-map', attributes: { country: 'YEM' }, drawn: 'svg.map [data-key]', plot: 'svg.map', mark: 'svg.map [data-key]', follows: 'mark', key: 'ArrowRight' },
  { name: 'civilian harm (annual)', tag: 'rights-civilian-harm', drawn: 'svg.plot rect.hit', plot: 'svg.plot', mark: 'svg.plot rect.hit', follows: 'mark', key: 'ArrowRight' },
  { name: 'civilian harm (official vs independent)', tag: 'rights-civilian-harm', attributes: { view: 'official-vs-independent' }, drawn: '.comparison [role="option"]', plot: '.comparison', mark: '.comparison [role="option"]', follows: 'mark', key: 'ArrowDown' },
  { name: 'surveillance map', tag: 'rights-surveillance-exports', drawn: 'svg.map path.country', plot: 'svg.map', mark: 'svg.map [data-code]', follows: 'pointer', key: 'ArrowRight' },
  { name: 'guantanamo', tag: 'rights-guantanamo', drawn: 'svg.plot g.count', plot: 'svg.plot', mark: 'svg.plot g.count', follows: 'mark', key: 'ArrowRight' },
  { name: 'refugee admissions', tag: 'rights-refugee-admissions', drawn: 'svg.plot rect.hit', plot: 'svg.plot', mark: 'svg.plot rect.hit', follows: 'mark', key: 'ArrowRight' },
  { name: 'sanctions', tag: 'rights-sanctions', drawn: 'svg.plot g.column', plot: 'svg.plot', mark: 'svg.plot g.column', follows: 'mark', key: 'ArrowRight' },
  { name: 'hrc membership', tag: 'rights-hrc-membership', drawn: 'svg.plot g.cycle', plot: 'svg.plot', mark: 'svg.plot g.cycle', follows: 'mark', key: 'ArrowRight' },
  { name: 'police equipment', tag: 'rights-police-equipment', drawn: 'svg.map path.state', plot: 'svg.map', mark: 'svg.map path.state', follows: 'pointer', key: 'ArrowRight' },
  { name: 'democracy change', tag: 'rights-democracy-change', drawn: 'svg.plot g.row', plot: 'svg.plot', mark: 'svg.plot rect.row-bg', follows: 'mark', key: 'ArrowDown' },
  { name: 'regime share', tag: 'rights-regime-share', drawn: 'svg.plot path.band', plot: 'svg.plot', mark: 'svg.plot', follows: 'year', key: 'ArrowLeft' },
  { name: 'democracy trend', tag: 'rights-democracy-trend', attributes: { countries: 'USA HUN' }, drawn: 'svg.plot path.line', plot: 'svg.plot', mark: 'svg.plot', follows: 'year', key: 'ArrowLeft' },
];

/** Distance from a point to a box (0 inside it). */
function distance(x: number, y: number, box: DOMRect): number {
  return Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
}

/** Gap between two boxes (0 when they touch or overlap). */
function gap(a: DOMRect, b: DOMRect): number {
  return Math.hypot(Math.max(a.left - b.right, 0, b.left - a.right), Math.max(a.top - b.bottom, 0, b.top - a.bottom));
}

/**
 * A point in the viewport where `mark` (or a descendant of it) is hit: of a grid over its box, the
 * one nearest the fractions `near` of its width and height.
 */
function pointInside(host: Element, mark: Element, near: [number, number]): [number, number] | undefined {
  const box = mark.getBoundingClientRect();
  const steps = Array.from({ length: 11 }, (_, i) => 0.05 + i * 0.09);
  const grid = steps.flatMap((fy) => steps.map((fx): [number, number] => [fx, fy]));
  grid.sort((p, q) => Math.hypot(p[0] - near[0], p[1] - near[1]) - Math.hypot(q[0] - near[0], q[1] - near[1]));
  for (const [fx, fy] of grid) {
    const x = Math.round(box.left + box.width * fx);
    const y = Math.round(box.top + box.height * fy);
    if (x < 1 || y < 1 || x > innerWidth - 2 || y > innerHeight - 2) continue;
    const hit = host.shadowRoot!.elementFromPoint(x, y);
    if (hit && (hit === mark || mark.contains(hit))) return [x, y];
  }
  return undefined;
}

async function place(c: ZoomCase, zoom: number): Promise<HTMLElement> {
  document.documentElement.style.zoom = String(zoom);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement(c.tag);
  for (const [name, value] of Object.entries(c.attributes ?? {})) el.setAttribute(name, value);
  wrapper.append(el);
  await waitForDrawn(el, c.drawn);
  await afterLayout(el);
  return el;
}

const tooltipOf = (el: Element): HTMLElement | null => $(el, '.tooltip') as HTMLElement | null;

/** Waits until the tooltip is shown and placed (a transform set), then for the frame to be drawn. */
async function shownTooltip(el: HTMLElement): Promise<DOMRect> {
  const tip = await until(() => {
    const t = tooltipOf(el);
    return t && !t.hidden && t.style.transform && t.offsetWidth > 0 ? t : undefined;
  }, `<${el.localName}> shows its tooltip`);
  await afterLayout(el);
  return tip.getBoundingClientRect();
}

describe('tooltips sit by what they describe under CSS zoom on the page', () => {
  afterEach(async () => {
    document.documentElement.style.zoom = '';
    await resetMouse();
  });

  for (const zoom of ZOOMS) {
    for (const c of CASES) {
      it(`${c.name}, html { zoom: ${zoom} }: hover`, async () => {
        const el = await place(c, zoom);
        // Hover the mark nearest the point 0.8 / zoom of the way across and down the plot: far from its
        // top-left corner, yet a position off by the zoom factor would still fall inside the chart.
        const plot = $(el, c.plot)!.getBoundingClientRect();
        const [tx, ty] = [plot.left + (plot.width * 0.8) / zoom, plot.top + (plot.height * 0.8) / zoom];
        const fromTarget = (m: Element): number => distance(tx, ty, m.getBoundingClientRect());
        let found: { mark: Element; at: [number, number] } | undefined;
        for (const mark of $$(el, c.mark).sort((m, n) => fromTarget(m) - fromTarget(n))) {
          const box = mark.getBoundingClientRect();
          const clamp = (f: number): number => Math.min(1, Math.max(0, f));
          const near: [number, number] = [clamp((tx - box.left) / box.width), clamp((ty - box.top) / box.height)];
          mark.scrollIntoView({ block: 'center', inline: 'center' });
          await afterLayout(el);
          const at = pointInside(el, mark, near);
          if (at) {
            found = { mark, at };
            break;
          }
        }
        expect(found, `a point inside ${c.mark}`).to.exist;
        const { mark, at } = found!;
        const [x, y] = at;
        // Two moves: the first enters the mark, the second moves within it (a chart may place on either).
        await sendMouse({ type: 'move', position: [x - 1, y] });
        await sendMouse({ type: 'move', position: [x, y] });
        const tip = await shownTooltip(el);
        const near = NEAR * zoom;
        if (c.follows === 'pointer') {
          expect(distance(x, y, tip), `tooltip ${JSON.stringify(tip)} from the pointer at ${x},${y}`).to.be.at.most(near);
        } else if (c.follows === 'mark') {
          expect(gap(mark.getBoundingClientRect(), tip), `tooltip ${JSON.stringify(tip)} from the mark ${JSON.stringify(mark.getBoundingClientRect())}`).to.be.at.most(near);
        } else {
          // The readout stands beside the year nearest the pointer (years are a few chart px apart).
          const across = Math.max(tip.left - x, 0, x - tip.right);
          expect(across, `tooltip ${JSON.stringify(tip)} across from the pointer at x ${x}`).to.be.at.most(near + 10 * zoom);
        }
      });

      it(`${c.name}, html { zoom: ${zoom} }: keyboard focus`, async () => {
        const el = await place(c, zoom);
        const target = $(el, c.plot) as HTMLElement | SVGElement;
        target.scrollIntoView({ block: 'center', inline: 'center' });
        target.focus();
        await sendKeys({ press: c.key });
        const tip = await shownTooltip(el);
        // The focused mark: the plot's active descendant, else its focus ring; time series have neither.
        const id = target.getAttribute('aria-activedescendant');
        const active = (id ? el.shadowRoot!.getElementById(id) : null) ?? $(el, '.focus-ring');
        if (active) {
          expect(gap(active.getBoundingClientRect(), tip), `tooltip ${JSON.stringify(tip)} from the focused mark ${JSON.stringify(active.getBoundingClientRect())}`).to.be.at.most(NEAR * zoom);
        } else {
          // Time series: the readout stays inside the plot.
          const plot = target.getBoundingClientRect();
          expect(tip.left, 'readout inside the plot').to.be.at.least(plot.left - 2);
          expect(tip.right, 'readout inside the plot').to.be.at.most(plot.right + 2);
          expect(tip.top, 'readout inside the plot').to.be.at.least(plot.top - NEAR * zoom);
        }
      });
    }
  }
});
