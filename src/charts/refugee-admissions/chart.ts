// The chart's SVG: value grid, the shortfall shaded under the ceiling, one
// column per fiscal year (the partial year hatched), the ceiling as a step
// line, year ticks (the partial year labelled so), and one listbox option per
// year over its whole cell. Pure.
import { nothing, svg, type TemplateResult } from 'lit';
import type { ListboxHandlers } from '../../core/handlers.js';
import { listboxPlot } from '../../core/listbox-plot.js';
import { messages } from '../../core/i18n.js';
import { svgWords } from '../../core/labels.js';
import type { GapLayout } from './gap-layout.js';
import { integer, yearLine } from './describe.js';

const msg = messages({
  'refugee.plotLabel': '{label}. Left and right arrow keys move between the fiscal years; Enter selects one.',
  'refugee.partialTick': 'partial',
});

/** The word under a partial year's tick, in the language of the update in progress. */
export const partialTick = (): string => msg('refugee.partialTick');

export interface GapChartView {
  layout: GapLayout;
  /** Fiscal year with keyboard focus (or selected), else -1. */
  active: number;
  label: string;
}

export function renderGapChart(v: GapChartView, on: ListboxHandlers): TemplateResult {
  const { layout } = v;
  const f = layout.frame;
  const active = layout.marks.find((m) => m.fy.year === v.active);
  return listboxPlot(f, msg('refugee.plotLabel', { label: v.label }), active ? `fy-${active.fy.year}` : undefined, on, svg`
    <defs>
      <pattern id="partial-year" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="hatch-bg" width="5" height="5"></rect>
        <line class="partial-line" x1="0" y1="0" x2="0" y2="5"></line>
      </pattern>
    </defs>
    <g class="axis" aria-hidden="true">
      ${layout.valueTicks.map(
        (t) => svg`<line class="grid" x1=${f.left} x2=${f.right} y1=${t.y} y2=${t.y}></line>
          <text x=${f.left - 6} y=${t.y} dy="0.32em" text-anchor="end">${integer(t.value, true)}</text>`,
      )}
      ${layout.yearTicks.map(
        (t) => svg`<line x1=${t.x} x2=${t.x} y1=${f.bottom} y2=${f.bottom + 4}></line>
          <text class=${t.partial ? 'partial' : ''} x=${t.labelX} y=${f.bottom + 15} text-anchor=${t.anchor}>${integer(t.year)}${
            t.partial ? svg`<tspan class="partial-note" x=${t.labelX} dy="12">${svgWords(partialTick())}</tspan>` : nothing
          }</text>`,
      )}
    </g>
    <g aria-hidden="true">
      ${layout.marks.map((m) => (m.shortfall ? svg`<rect class="shortfall" x=${m.x} y=${m.shortfall.y} width=${m.width} height=${Math.max(0, m.shortfall.height)}></rect>` : nothing))}
      ${layout.marks.map(
        (m) =>
          svg`<rect class="column ${m.fy.partial ? 'partial' : ''} ${m.fy.year === v.active ? 'active' : ''}" x=${m.x} y=${m.y} width=${m.width} height=${Math.max(0, f.bottom - m.y)}></rect>`,
      )}
      <path class="ceiling" d=${layout.ceiling}></path>
      <line class="baseline" x1=${f.left} x2=${f.right} y1=${f.bottom} y2=${f.bottom}></line>
    </g>
    ${layout.marks.map(
      (m) => svg`<rect id="fy-${m.fy.year}" class="hit" role="option" aria-selected=${m.fy.year === v.active ? 'true' : 'false'}
          aria-label=${yearLine(m.fy)} data-year=${m.fy.year} x=${m.cellX} y=${f.top} width=${m.cellWidth} height=${f.bottom - f.top}></rect>`,
    )}
    ${active ? svg`<rect class="focus-ring" x=${active.cellX} y=${f.top - 2} width=${active.cellWidth} height=${f.bottom - f.top + 2} aria-hidden="true"></rect>` : nothing}
  `);
}
