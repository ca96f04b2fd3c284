// The trend chart's SVG: axes, bands, lines, direct labels, the crosshair and,
// under the year axis, one row of episode bars per country in its colour. A
// pure function of the layout and what is shown.
import type { PlotHandlers } from '../../core/xy-frame.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatIndex } from '../../core/format.js';
import type { SeriesStyle } from '../../core/series-palette.js';
import type { TrendLayout } from './trend-layout.js';
import { LABEL_LEAD, ROW_LEAD, ROW_LINE } from './trend-layout.js';
import type { TrendWording } from './describe.js';
import { messages } from '../../core/i18n.js';
import { inRow, yearText } from '../../democracy/trend-data.js';
import { svgWords } from '../../core/labels.js';

const msg = messages({
  'trend.role': 'line chart',
  'trend.plotLabel': '{label}: {countries}. Left and right arrow keys move the year, up and down switch country.',
});

export interface TrendChartView {
  layout: TrendLayout;
  /** Country codes in line order; other series are averages. */
  codes: string[];
  /** Each country's colour and dash (see seriesStyles: stable whatever the other countries). */
  styles: Map<string, SeriesStyle>;
  active: string;
  /** Year of the crosshair (pointer, else cursor); 0: none. */
  year: number;
  hasInterval: boolean;
  label: string;
  words: TrendWording;
}

/** The colour of a country's line (averages are drawn in the text colour). */
export function lineColor(styles: Map<string, SeriesStyle>, id: string): string {
  return styles.get(id)?.color ?? 'currentColor';
}

const tickText = (value: number, lang: string): string => formatIndex(value, lang).replace(/0+$/, '').replace(/[.,]$/, '');

/** Episode rows: hatched bars for autocratization, solid for democratization, in the country's colour. */
function renderEpisodeRows(layout: TrendLayout, styles: Map<string, SeriesStyle>, active: string): TemplateResult[] {
  const f = layout.frame;
  return layout.rows.map((row, i) => {
    const color = lineColor(styles, row.id);
    return svg`<g class="episode-row ${row.id === active ? 'active' : ''}" data-id=${row.id} aria-hidden="true">
      <defs>
        <pattern id="aut-hatch-${i}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="4" stroke=${color} stroke-width="2.2"></line>
        </pattern>
      </defs>
      <line class="row-rule" x1=${f.left} x2=${f.right} y1=${row.y + row.height / 2} y2=${row.y + row.height / 2}></line>
      ${row.bars.map((bar) =>
        bar.kind === 'aut'
          ? svg`<rect class="episode aut" x=${bar.x} y=${row.y} width=${bar.width} height=${row.height} fill="url(#aut-hatch-${i})" stroke=${color}></rect>`
          : svg`<rect class="episode dem" x=${bar.x} y=${row.y} width=${bar.width} height=${row.height} fill=${color}></rect>`,
      )}
      ${row.lines.map((line, k) => svg`<text class="row-name" x=${f.right + ROW_LEAD} y=${row.labelY + k * ROW_LINE} dy="0.32em">${svgWords(line)}</text>`)}
    </g>`;
  });
}

export function renderTrendChart(v: TrendChartView, on: PlotHandlers): TemplateResult {
  const { layout, codes, styles, active, words } = v;
  const f = layout.frame;
  const index = layout.years.indexOf(v.year);
  const cursorX = index >= 0 ? layout.xs[index]! : 0;
  const ordered = [...layout.series].sort((a, b) => Number(a.id === active) - Number(b.id === active));
  return html`<svg
    class="plot"
    part="chart"
    viewBox="0 0 ${f.width} ${f.height}"
    role="application"
    aria-roledescription=${msg('trend.role')}
    tabindex="0"
    aria-label=${msg('trend.plotLabel', { label: v.label, countries: inRow(codes.map((c) => words.name(c))) })}
    @pointermove=${on.pointermove}
    @pointerdown=${on.pointerdown}
    @pointerleave=${on.pointerleave}
    @keydown=${on.keydown}
    @focus=${on.focus}
    @blur=${on.blur}
  >
    <g class="axis" aria-hidden="true">
      ${layout.valueTicks.map(
        (t) => svg`<line class="grid" x1=${f.left} x2=${f.right} y1=${t.y} y2=${t.y}></line>
          <text x=${f.left - 6} y=${t.y} dy="0.32em" text-anchor="end">${tickText(t.value, words.lang)}</text>`,
      )}
      ${layout.yearTicks.map(
        (t) => svg`<line x1=${t.x} x2=${t.x} y1=${f.bottom} y2=${f.bottom + 4}></line>
          <text x=${t.x} y=${f.bottom + 16} text-anchor=${t.x < f.left + 20 ? 'start' : 'middle'}>${yearText(t.year)}</text>`,
      )}
    </g>
    ${renderEpisodeRows(layout, styles, active)}
    ${v.hasInterval
      ? ordered.filter((m) => m.band).map((m) => svg`<path class="band-area" d=${m.band} fill=${lineColor(styles, m.id)} aria-hidden="true"></path>`)
      : nothing}
    ${ordered.map((m) => {
      const average = !codes.includes(m.id);
      return svg`<path class="line ${average ? 'average' : ''} ${!average && m.id !== active ? 'dim' : ''}" d=${m.line}
        stroke=${average ? nothing : lineColor(styles, m.id)} stroke-dasharray=${average ? nothing : (styles.get(m.id)?.dash ?? nothing)}
        data-id=${m.id} aria-hidden="true"></path>`;
    })}
    ${layout.series.map((m) => {
      if (!m.label) return nothing;
      const average = !codes.includes(m.id);
      const middle = m.label.y + ((m.label.lines.length - 1) * layout.labelGap) / 2;
      return svg`<g class="label ${m.id === active ? 'active' : ''}" aria-hidden="true">
        <line x1=${f.right + 1} x2=${m.label.x + 8} y1=${m.label.anchorY} y2=${middle} class="label-link"></line>
        <line x1=${m.label.x + 9} x2=${m.label.x + 16} y1=${middle} y2=${middle} stroke=${lineColor(styles, m.id)}
          stroke-dasharray=${average ? '3 2' : nothing}></line>
        ${m.label.lines.map((line, k) => svg`<text x=${f.right + LABEL_LEAD} y=${m.label!.y + k * layout.labelGap} dy="0.32em">${svgWords(line)}</text>`)}
      </g>`;
    })}
    ${index >= 0
      ? svg`<line class="cursor" x1=${cursorX} x2=${cursorX} y1=${f.top} y2=${f.bottom} aria-hidden="true"></line>
        ${layout.series.map((m) => {
          const y = m.ys[index];
          return y === null || y === undefined
            ? nothing
            : svg`<circle class="dot" cx=${cursorX} cy=${y} r=${m.id === active ? 5 : 3.5} fill=${lineColor(styles, m.id)} aria-hidden="true"></circle>`;
        })}`
      : nothing}
  </svg>`;
}
