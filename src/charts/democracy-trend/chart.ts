// The trend chart's SVG: episodes, axes, bands, lines, direct labels and the
// crosshair. A pure function of the layout and what is shown.
import type { PlotHandlers } from '../../core/xy-frame.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatIndex } from '../../core/format.js';
import { fitLabel } from '../../core/labels.js';
import { seriesColor, seriesDash } from '../../core/series-palette.js';
import type { TrendLayout } from './trend-layout.js';
import type { TrendWording } from './describe.js';

export interface TrendChartView {
  layout: TrendLayout;
  /** Country codes in line order (colours follow it); other series are averages. */
  codes: string[];
  active: string;
  /** Year of the crosshair (pointer, else cursor); 0: none. */
  year: number;
  hasInterval: boolean;
  label: string;
  words: TrendWording;
  /** Short form of a series' name: its code, "World", a region's initials. */
  short: (id: string) => string;
}

/** The colour of a country's line (averages are drawn in the text colour). */
export function lineColor(codes: string[], id: string): string {
  return codes.includes(id) ? seriesColor(codes.indexOf(id)) : 'currentColor';
}

const tickText = (value: number, lang: string): string => formatIndex(value, lang).replace(/0+$/, '').replace(/[.,]$/, '');

export function renderTrendChart(v: TrendChartView, on: PlotHandlers): TemplateResult {
  const { layout, codes, active, words } = v;
  const f = layout.frame;
  const index = layout.years.indexOf(v.year);
  const cursorX = index >= 0 ? layout.xs[index]! : 0;
  // Countries share one style (names if all fit, else codes); each average fits on its own.
  const room = layout.labelChars - 3;
  const short = codes.some((code) => words.name(code).length > room);
  const labelOf = (id: string): string =>
    !codes.includes(id) ? fitLabel(words.name(id), v.short(id), room) : short ? fitLabel(v.short(id), v.short(id), room) : words.name(id);
  const ordered = [...layout.series].sort((a, b) => Number(a.id === active) - Number(b.id === active));
  return html`<svg
    class="plot"
    part="chart"
    viewBox="0 0 ${f.width} ${f.height}"
    role="application"
    aria-roledescription="line chart"
    tabindex="0"
    aria-label="${v.label}: ${codes.map((c) => words.name(c)).join(', ')}. Left and right arrow keys move the year, up and down switch country."
    @pointermove=${on.pointermove}
    @pointerdown=${on.pointerdown}
    @pointerleave=${on.pointerleave}
    @keydown=${on.keydown}
    @focus=${on.focus}
    @blur=${on.blur}
  >
    <defs>
      <pattern id="aut-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>
    ${layout.episodes.map(
      (e) => svg`<rect class="episode ${e.kind}" x=${e.x} y=${f.top} width=${Math.max(1, e.width)} height=${f.bottom - f.top} aria-hidden="true"></rect>`,
    )}
    <g class="axis" aria-hidden="true">
      ${layout.valueTicks.map(
        (t) => svg`<line class="grid" x1=${f.left} x2=${f.right} y1=${t.y} y2=${t.y}></line>
          <text x=${f.left - 6} y=${t.y} dy="0.32em" text-anchor="end">${tickText(t.value, words.lang)}</text>`,
      )}
      ${layout.yearTicks.map(
        (t) => svg`<line x1=${t.x} x2=${t.x} y1=${f.bottom} y2=${f.bottom + 4}></line>
          <text x=${t.x} y=${f.bottom + 16} text-anchor=${t.x < f.left + 20 ? 'start' : 'middle'}>${t.year}</text>`,
      )}
    </g>
    ${v.hasInterval
      ? ordered.filter((m) => m.band).map((m) => svg`<path class="band-area" d=${m.band} fill=${lineColor(codes, m.id)} aria-hidden="true"></path>`)
      : nothing}
    ${ordered.map((m) => {
      const average = !codes.includes(m.id);
      return svg`<path class="line ${average ? 'average' : ''} ${!average && m.id !== active ? 'dim' : ''}" d=${m.line}
        stroke=${average ? nothing : lineColor(codes, m.id)} stroke-dasharray=${average ? nothing : (seriesDash(codes.indexOf(m.id)) ?? nothing)}
        data-id=${m.id} aria-hidden="true"></path>`;
    })}
    ${layout.series.map((m) => {
      if (!m.label) return nothing;
      const average = !codes.includes(m.id);
      return svg`<g class="label ${m.id === active ? 'active' : ''}" aria-hidden="true">
        <line x1=${f.right + 1} x2=${m.label.x + 8} y1=${m.label.anchorY} y2=${m.label.y} class="label-link"></line>
        <line x1=${m.label.x + 9} x2=${m.label.x + 16} y1=${m.label.y} y2=${m.label.y} stroke=${lineColor(codes, m.id)}
          stroke-dasharray=${average ? '3 2' : nothing}></line>
        <text x=${m.label.x + 19} y=${m.label.y} dy="0.32em">${labelOf(m.id)}</text>
      </g>`;
    })}
    ${index >= 0
      ? svg`<line class="cursor" x1=${cursorX} x2=${cursorX} y1=${f.top} y2=${f.bottom} aria-hidden="true"></line>
        ${layout.series.map((m) => {
          const y = m.ys[index];
          return y === null || y === undefined
            ? nothing
            : svg`<circle class="dot" cx=${cursorX} cy=${y} r=${m.id === active ? 5 : 3.5} fill=${lineColor(codes, m.id)} aria-hidden="true"></circle>`;
        })}`
      : nothing}
  </svg>`;
}
