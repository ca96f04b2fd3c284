// The step chart's SVG: presidential terms, the peak year's column, axes, the
// steps (solid where a count holds over a stated period, dashed between
// counts) and one dot per count, a listbox option each. Pure.
import { nothing, svg, type TemplateResult } from 'lit';
import type { ListboxHandlers } from '../../core/handlers.js';
import { listboxPlot } from '../../core/listbox-plot.js';
import { messages } from '../../core/i18n.js';
import { svgWords } from '../../core/labels.js';
import type { StepLayout } from './step-layout.js';
import { countLine, integer } from './describe.js';

const msg = messages({
  'gtmo.plotLabel': '{label}. Left and right arrow keys move between the dated counts; Enter selects one.',
});

export interface StepChartView {
  layout: StepLayout;
  /** Row (data index) of the count with keyboard focus, else -1. */
  active: number;
  label: string;
}


export function renderStepChart(v: StepChartView, on: ListboxHandlers): TemplateResult {
  const { layout } = v;
  const f = layout.frame;
  const active = layout.points.find((p) => p.count.index === v.active);
  return listboxPlot(f, msg('gtmo.plotLabel', { label: v.label }), active ? `count-${active.count.index}` : undefined, on, svg`
    <g aria-hidden="true">
      ${layout.terms.map(
        (t) => svg`${t.shaded ? svg`<rect class="term" x=${t.x0} y=${f.top} width=${Math.max(0, t.x1 - t.x0)} height=${f.bottom - f.top}></rect>` : nothing}
          <line class="term-edge" x1=${t.x0} x2=${t.x0} y1=${f.top - 20} y2=${f.bottom}></line>
          ${t.label ? svg`<text class="term-label" x=${t.label.x} y=${t.label.y} text-anchor="middle">${svgWords(t.name)}</text>` : nothing}`,
      )}
      ${layout.peak
        ? svg`<rect class="peak" x=${layout.peak.x0} y=${f.top} width=${Math.max(2, layout.peak.x1 - layout.peak.x0)} height=${f.bottom - f.top}></rect>
          <path class="peak-arrow" d="M${(layout.peak.x0 + layout.peak.x1) / 2},${f.top + 2}l-4,7h8z"></path>`
        : nothing}
    </g>
    <g class="axis" aria-hidden="true">
      ${layout.valueTicks.map(
        (t) => svg`<line class="grid" x1=${f.left} x2=${f.right} y1=${t.y} y2=${t.y}></line>
          <text x=${f.left - 6} y=${t.y} dy="0.32em" text-anchor="end">${integer(t.value)}</text>`,
      )}
      ${layout.yearTicks.map(
        (t) => svg`<line x1=${t.x} x2=${t.x} y1=${f.bottom} y2=${f.bottom + 4}></line>
          <text x=${t.x} y=${f.bottom + 16} text-anchor=${t.x > f.right - 16 ? 'end' : t.x < f.left + 16 ? 'start' : 'middle'}>${integer(t.year)}</text>`,
      )}
    </g>
    <path class="between" d=${layout.between} aria-hidden="true"></path>
    <path class="known" d=${layout.known} aria-hidden="true"></path>
    ${layout.points.map(
      (p) => svg`<g id="count-${p.count.index}" class="count ${p.count.index === v.active ? 'active' : ''}" role="option"
          aria-selected=${p.count.index === v.active ? 'true' : 'false'} aria-label=${countLine(p.count)} data-index=${p.count.index}>
        <circle class="hit" cx=${p.x} cy=${p.y} r="12" data-index=${p.count.index}></circle>
        <circle class="dot" cx=${p.x} cy=${p.y} r="4" data-index=${p.count.index}></circle>
      </g>`,
    )}
    <g aria-hidden="true">
      ${layout.points.map((p) => (p.label ? svg`<text class="value" x=${p.label.x} y=${p.label.y} text-anchor=${p.label.anchor}>${integer(p.count.held)}</text>` : nothing))}
    </g>
    ${active ? svg`<circle class="focus-ring" cx=${active.x} cy=${active.y} r="8" aria-hidden="true"></circle>` : nothing}
  `);
}
