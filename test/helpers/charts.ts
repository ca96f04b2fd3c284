import { fixture, html } from '@open-wc/testing';
import { $ } from './dom.js';
import { afterLayout, until, waitForDrawn } from './wait.js';

/**
 * Every element with what its loaded default view draws (a selector to wait
 * for) and the attributes that give it something to draw, for tests that run
 * one check across all twelve: [tag, drawn, attributes].
 */
export const EVERY_CHART: [string, string, Record<string, string>][] = [
  ['rights-democracy-map', 'svg.map path.country', {}],
  ['rights-regime-share', 'svg.plot path.band', {}],
  ['rights-democracy-trend', 'svg.plot path.line', { countries: 'USA HUN' }],
  ['rights-democracy-change', 'svg.plot g.row', {}],
  ['rights-timeline', 'input[type="range"]', {}],
  ['rights-civilian-harm', 'svg.plot rect.hit', {}],
  ['rights-strike-map', 'svg.map path.land', {}],
  ['rights-assistance-ranking', 'svg.bars g.row', {}],
  ['rights-assistance-map', 'svg.map path.country', {}],
  ['rights-assistance-vs-democracy', 'svg.scatter .dot', {}],
  ['rights-guantanamo', 'svg.plot g.count', {}],
  ['rights-refugee-admissions', 'svg.plot rect.hit', {}],
  ['rights-surveillance-exports', 'svg.map path.country', {}],
  ['rights-sanctions', 'svg.plot g.column', {}],
  ['rights-corruption', 'table.ranking tbody tr', {}],
  ['rights-hrc-membership', 'svg.plot g.cycle', {}],
  ['rights-police-equipment', 'svg.map path.state', {}],
];

/** A chart in a box `width` px wide, once it has drawn `drawn` and left its loading state, after layout. */
export async function drawnChart(tag: string, drawn: string, attributes: Record<string, string>, width = 720): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await waitForDrawn(el, drawn);
  await until(() => !$(el, '.loading'), `<${tag}> placeholder gone`);
  await afterLayout(el);
  return el;
}
