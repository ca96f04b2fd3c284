// The stacked-area SVG: bands, axes, the 50% line, the autocracy/democracy
// divide, crossings, direct labels (over the crossings' lines, on a halo) and
// the year cursor. Pure.
import type { PlotHandlers } from '../../core/xy-frame.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { REGIME_COLORS } from '../../democracy/regimes.js';
import type { ShareLayout } from './share-layout.js';
import type { ShareRow } from './share-data.js';
import { formatPercent, integer, type ShareWording } from './describe.js';
import { messages } from '../../core/i18n.js';

const msg = messages({
  'share.plotLabel': '{label}. Use left and right arrow keys to move the year cursor.',
});

/** Categories drawn in white text (the dark ends of the PRGn palette). */
const DARK_FILLS = new Set([0, 3]);

export interface ShareChartView {
  layout: ShareLayout;
  rows: ShareRow[];
  /** Year under the pointer, else the cursor's; 0: none. */
  shown: number;
  /** The cursor's year (0: none) and the range, for the slider semantics. */
  cursor: number;
  from: number;
  to: number;
  label: string;
  /** aria-valuetext: what the cursor's year reads. */
  valueText: string;
  words: ShareWording;
}

export function renderShareChart(v: ShareChartView, on: PlotHandlers): TemplateResult {
  const { layout, words } = v;
  const f = layout.frame;
  const index = v.rows.findIndex((r) => r.year === v.shown);
  const row = v.rows[index];
  const cursorX = index >= 0 ? layout.xs[index]! : 0;
  return html`<svg
    class="plot"
    part="chart"
    viewBox="0 0 ${f.width} ${f.height}"
    role="slider"
    tabindex="0"
    aria-label=${msg('share.plotLabel', { label: v.label })}
    aria-valuemin=${v.from}
    aria-valuemax=${v.to}
    aria-valuenow=${v.cursor || v.to}
    aria-valuetext=${v.valueText}
    @pointermove=${on.pointermove}
    @pointerdown=${on.pointerdown}
    @pointerleave=${on.pointerleave}
    @keydown=${on.keydown}
    @focus=${on.focus}
    @blur=${on.blur}
  >
    ${layout.bands.map((d, k) => svg`<path class="band" d=${d} fill=${REGIME_COLORS[k]!}></path>`)}
    <g class="axis" aria-hidden="true">
      ${layout.valueTicks.map(
        (t) => svg`<line x1=${f.left - 4} x2=${f.left} y1=${t.y} y2=${t.y}></line>
          <text x=${f.left - 6} y=${t.y} dy="0.32em" text-anchor="end">${formatPercent(t.value, words.lang).replace(/[.,]0(?=\D*$)/, '')}</text>`,
      )}
      ${layout.yearTicks.map(
        (t) => svg`<line x1=${t.x} x2=${t.x} y1=${f.bottom} y2=${f.bottom + 4}></line>
          <text x=${t.x} y=${f.bottom + 16} text-anchor=${t.x > f.right - 20 ? 'end' : t.x < f.left + 20 ? 'start' : 'middle'}>${integer(t.year)}</text>`,
      )}
    </g>
    <line class="half" x1=${f.left} x2=${f.right} y1=${layout.half} y2=${layout.half} aria-hidden="true"></line>
    <path class="divide" d=${layout.divide} aria-hidden="true"></path>
    ${layout.crossings.map(
      (c) => svg`<g class="crossing" aria-hidden="true">
        <line x1=${c.x} x2=${c.x} y1=${f.top - 4} y2=${layout.half}></line>
        ${c.anchor ? svg`<text x=${c.anchor === 'end' ? c.x - 2 : c.anchor === 'start' ? c.x + 2 : c.x} y=${f.top - 8} text-anchor=${c.anchor}>${integer(c.year)}</text>` : nothing}
      </g>`,
    )}
    ${layout.labels.map(
      (l) =>
        svg`<text class="band-label ${DARK_FILLS.has(l.category) ? 'on-dark' : 'on-light'}" x=${l.x} y=${l.y} dy="0.32em" text-anchor="end" aria-hidden="true">${words.regimes[l.category]}</text>`,
    )}
    ${row
      ? svg`<line class="cursor" x1=${cursorX} x2=${cursorX} y1=${f.top} y2=${f.bottom} aria-hidden="true"></line>
          <circle class="dot" cx=${cursorX} cy=${layout.y(row.autocracyShare)} r="4" aria-hidden="true"></circle>`
      : nothing}
  </svg>`;
}
