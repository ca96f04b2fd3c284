// The columns' SVG: value axis, one stacked column per period (a listbox
// option each), the undated column set apart by a rule, totals above the
// columns and two-line ticks under them. Pure.
import { nothing, svg, type TemplateResult } from 'lit';
import type { ListboxHandlers } from '../../core/handlers.js';
import { listboxPlot } from '../../core/listbox-plot.js';
import { messages } from '../../core/i18n.js';
import type { GlomagKind } from '../../data/sanctions.js';
import type { ColumnLayout } from './column-layout.js';
import { columnLine, integer, type RecordSpan } from './describe.js';

const msg = messages({
  'sanctions.plotLabel': '{label}. Left and right arrow keys move between the columns; Enter selects one.',
});

export interface ColumnChartView {
  layout: ColumnLayout;
  kinds: readonly GlomagKind[];
  record: RecordSpan;
  /** Key of the column with keyboard focus, else null. */
  active: string | null;
  label: string;
}

export function renderColumnChart(v: ColumnChartView, on: ListboxHandlers): TemplateResult {
  const { layout } = v;
  const f = layout.frame;
  const active = layout.columns.find((c) => c.key === v.active);
  const pad = 3;
  return listboxPlot(f, msg('sanctions.plotLabel', { label: v.label }), active ? `period-${active.key}` : undefined, on, svg`
    <g class="axis" aria-hidden="true">
      ${layout.valueTicks.map(
        (t) => svg`<line class="grid" x1=${f.left} x2=${f.right} y1=${t.y} y2=${t.y}></line>
          <text x=${f.left - 6} y=${t.y} dy="0.32em" text-anchor="end">${integer(t.value)}</text>`,
      )}
      ${layout.columns.map(
        (c) => svg`<text class=${c.period.year === null ? 'tick undated' : 'tick'} x=${c.tickX} y=${f.bottom + 17} text-anchor="middle">${c.tick[0]}</text>
          ${c.tick[1] ? svg`<text class="tick-note" x=${c.tickX} y=${f.bottom + 30} text-anchor="middle">${c.tick[1]}</text>` : nothing}`,
      )}
      ${layout.divider !== null ? svg`<line class="divider" x1=${layout.divider} x2=${layout.divider} y1=${f.top} y2=${f.bottom + 30}></line>` : nothing}
    </g>
    ${layout.columns.map(
      (c) => svg`<g id="period-${c.key}" class="column ${c.period.year === null ? 'undated' : ''} ${c.key === v.active ? 'active' : ''}" role="option"
          aria-selected=${c.key === v.active ? 'true' : 'false'} aria-label=${columnLine(c.period, v.kinds, v.record)} data-key=${c.key}>
        <rect class="hit" x=${c.x - pad} y=${f.top} width=${c.width + 2 * pad} height=${f.bottom - f.top} data-key=${c.key}></rect>
        ${c.segments.map((s) => (s.height > 0 ? svg`<rect class="segment ${s.kind}" x=${c.x} y=${s.y} width=${c.width} height=${s.height} data-key=${c.key}></rect>` : nothing))}
        ${c.period.year === null && c.entries > 0 ? svg`<rect class="outline" x=${c.x} y=${c.top} width=${c.width} height=${f.bottom - c.top} data-key=${c.key}></rect>` : nothing}
      </g>`,
    )}
    <g aria-hidden="true">
      ${layout.columns.map((c) => (c.totalY !== null ? svg`<text class="value" x=${c.x + c.width / 2} y=${c.totalY} text-anchor="middle">${integer(c.entries)}</text>` : nothing))}
    </g>
    ${active ? svg`<rect class="focus-ring" x=${active.x - pad} y=${Math.min(active.top, f.bottom) - pad} width=${active.width + 2 * pad} height=${f.bottom - Math.min(active.top, f.bottom) + 2 * pad} aria-hidden="true"></rect>` : nothing}
  `);
}
