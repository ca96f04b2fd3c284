// The ship-year view: what was still held on 31 March 2020, by the year it
// was shipped, for every place in the list or the selected state, as bars on
// a year axis. Pure.
import { html, svg, type TemplateResult } from 'lit';
import { tickLabelPlace } from '../../core/axes.js';
import { formatInteger, messages, currentLanguage } from '../../core/i18n.js';
import { textWidth } from '../../core/text-width.js';
import type { Measure, Per, ShipYear } from './equipment.js';
import { shortValue, valueText, yearsNote } from './describe.js';

const msg = messages({
  'police.yearsHeading': 'Still held on 31 March 2020, by the year shipped: {place}',
  'police.yearsAll': 'all states and territories in the list',
  'police.yearsLabel': '{heading}. Most in {year}: {value}.',
  'police.yearsNone': '{heading}. Nothing held.',
});

export interface ShipYearLayout {
  width: number;
  height: number;
  left: number;
  bottom: number;
  bars: { year: number; value: number; x: number; y: number; w: number; h: number }[];
  ticks: { year: number; x: number }[];
  max: number;
}

/** Bars on a continuous year axis (years with nothing still held have no bar), at most 240 px tall. */
export function layoutShipYears(years: readonly ShipYear[], width: number): ShipYearLayout {
  const w = Math.max(200, Math.round(width));
  const height = Math.round(Math.min(240, Math.max(170, w * 0.4)));
  const left = 8;
  const right = w - 8;
  const top = 24;
  const bottom = height - 22;
  const first = years[0]?.year ?? 0;
  const last = years[years.length - 1]?.year ?? first;
  const span = Math.max(1, last - first + 1);
  const step = (right - left) / span;
  const max = Math.max(0, ...years.map((y) => y.value));
  const bars = years
    .filter((y) => y.value > 0)
    .map((y) => {
      const h = max > 0 ? ((bottom - top) * y.value) / max : 0;
      return { year: y.year, value: y.value, x: left + (y.year - first) * step + step * 0.1, y: bottom - h, w: Math.max(1, step * 0.8), h };
    });
  const every = w < 480 ? 10 : 5;
  const ticks: { year: number; x: number }[] = [];
  for (let year = Math.ceil(first / every) * every; year <= last; year += every) ticks.push({ year, x: left + (year - first + 0.5) * step });
  return { width: w, height, left, bottom, bars, ticks, max };
}

export function renderShipYears(years: readonly ShipYear[], width: number, m: Measure, p: Per, placeName: string | undefined): TemplateResult {
  const layout = layoutShipYears(years, width);
  const lang = currentLanguage();
  const heading = msg('police.yearsHeading', { place: placeName ?? msg('police.yearsAll') });
  const most = layout.bars.reduce<ShipYearLayout['bars'][number] | undefined>((best, b) => (!best || b.value > best.value ? b : best), undefined);
  const label = most ? msg('police.yearsLabel', { heading, year: formatInteger(most.year, lang), value: valueText(m, p, most.value) }) : msg('police.yearsNone', { heading });
  return html`<figure class="years">
    <figcaption>${heading}</figcaption>
    <svg class="years-plot" part="chart" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label=${label}>
      <line class="baseline" x1=${layout.left} x2=${layout.width - layout.left} y1=${layout.bottom} y2=${layout.bottom}></line>
      ${layout.bars.map((b) => svg`<rect class="bar" x=${b.x} y=${b.y} width=${b.w} height=${b.h}></rect>`)}
      ${most ? svg`<text class="value" x=${most.x + most.w / 2} y=${most.y - 6} text-anchor=${most.x > layout.width - 60 ? 'end' : most.x < 60 ? 'start' : 'middle'}>${shortValue(m, Math.round(most.value * 100) / 100)}</text>` : ''}
      ${layout.ticks.map((t) => tickLabel(t.x, layout.width, layout.bottom + 16, formatInteger(t.year, lang)))}
    </svg>
    <p class="note">${yearsNote()}</p>
  </figure>`;
}

/** The year labels' size in px (the axis text). */
const TICK_FONT = 11;

function tickLabel(x: number, width: number, y: number, text: string) {
  const place = tickLabelPlace(x, textWidth(text, TICK_FONT), 0, width);
  return svg`<text class="tick" x=${place.x} y=${y} text-anchor=${place.anchor}>${text}</text>`;
}
