import { nothing, svg, type TemplateResult } from 'lit';
import { formatCount } from '../../core/format.js';
import { formatInteger, messages } from '../../core/i18n.js';
import type { AnnualTableInput } from './tables.js';
import { partialTick, type AnnualLayout, type BarMark, type Panel } from './annual-layout.js';
import { ownRun } from '../../harm/wording.js';
import { cellLabel } from './describe.js';
import type { ListboxHandlers } from '../../core/handlers.js';
import { listboxPlot } from '../../core/listbox-plot.js';

const msg = messages({
  'civcas.keysA': '{label}. Left and right arrows move between years, up and down between countries.',
  'civcas.stripS': 'strikes',
  'civcas.stripC': 'conflict',
});

/** What the annual chart needs besides its layout; handlers come from the element. */
export interface AnnualViewInput extends AnnualTableInput {
  layout: AnnualLayout;
  activeKey: string;
  on: ListboxHandlers;
}

/**
 * The annual chart: per country a panel of min–max bars under two labelled
 * strips of their own, TBIJ's minimum strikes per year (a tick at the maximum
 * where it is higher) and, when asked, UCDP conflict deaths; one option per
 * country-year for keyboard and screen readers.
 */
export function annualChart(input: AnnualViewInput): TemplateResult {
  const { layout, activeKey, on } = input;
  const active = layout.panels.flatMap((p) => p.bars).find((b) => b.key === activeKey);
  return listboxPlot(layout, msg('civcas.keysA', { label: input.label }), activeKey ? `b-${activeKey}` : undefined, on, svg`
    <defs>
      <pattern id="not-covered" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>
    <g aria-hidden="true">
      ${layout.panels.map((panel, i) => panelMarks(panel, i === 0, input))}
      ${layout.xTicks.map(
        (tick) => svg`<text class="tick ${tick.partial ? 'partial' : ''}" x=${tick.labelX} y=${layout.height - (tick.partial ? 18 : 6)} text-anchor="middle">${formatInteger(tick.year, input.lang)}${
          tick.partial ? svg`<tspan class="partial-note" x=${tick.labelX} dy="12">${ownRun(partialTick(), input.lang)}</tspan>` : nothing
        }</text>`,
      )}
    </g>
    ${layout.panels.flatMap((panel) => panel.bars.map((bar) => hitArea(panel, bar, input)))}
    ${active
      ? svg`<rect class="focus-ring" aria-hidden="true" x=${active.x - 2} y=${Math.min(active.yMax, active.yMin - 2) - 2} width=${active.width + 4} height=${Math.max(6, active.yMin - active.yMax) + 4}></rect>`
      : nothing}
  `);
}

/** One country's panel; the first carries the unit of the value axis, placed by the layout (beside its title or above it). */
function panelMarks(panel: Panel, first: boolean, { layout, withContext, lang, name }: AnnualViewInput): TemplateResult {
  const unit = first ? layout.unit : null;
  return svg`
    <text class="panel-title" x=${layout.left} y=${panel.top + 13}>${name(panel.code)}</text>
    ${unit ? svg`<text class="tick unit" x=${unit.x} y=${unit.y} text-anchor=${unit.anchor}>${ownRun(unit.text, lang)}</text>` : nothing}
    ${panel.gaps.map((gap) => svg`<rect class="gap" x=${gap.x} y=${panel.strikeTop} width=${gap.width} height=${panel.baseline - panel.strikeTop} fill="url(#not-covered)"></rect>`)}
    ${layout.yTicks.map(
      (tick) => svg`<line class="grid" x1=${layout.left} x2=${layout.width - layout.right} y1=${panel.ceiling + tick.y} y2=${panel.ceiling + tick.y}></line>
        <text class="tick" x=${layout.left - 4} y=${panel.ceiling + tick.y + 4} text-anchor="end">${formatCount(tick.value, lang)}</text>`,
    )}
    <text class="strip-label" x=${layout.left - 4} y=${panel.strikeBottom} text-anchor="end">${ownRun(msg('civcas.stripS'), lang)}</text>
    <line class="strip-base" x1=${layout.left} x2=${layout.width - layout.right} y1=${panel.strikeBottom} y2=${panel.strikeBottom}></line>
    ${withContext
      ? svg`<text class="strip-label" x=${layout.left - 4} y=${panel.conflictBottom} text-anchor="end">${ownRun(msg('civcas.stripC'), lang)}</text>
        <line class="strip-base" x1=${layout.left} x2=${layout.width - layout.right} y1=${panel.conflictBottom} y2=${panel.conflictBottom}></line>`
      : nothing}
    ${panel.bars.map((bar) => barMarks(bar, withContext))}`;
}

function barMarks(bar: BarMark, withContext: boolean): TemplateResult {
  const { cell } = bar;
  return svg`
    ${cell.covered ? svg`<rect class="strike" x=${bar.x} y=${bar.strikeY} width=${bar.width} height=${bar.strikeHeight}></rect>` : nothing}
    ${cell.covered && bar.strikeMaxY !== null ? svg`<line class="strike-max" x1=${bar.x} x2=${bar.x + bar.width} y1=${bar.strikeMaxY} y2=${bar.strikeMaxY}></line>` : nothing}
    ${withContext && bar.conflictHeight > 0 ? svg`<rect class="conflict" x=${bar.x} y=${bar.conflictY} width=${bar.width} height=${bar.conflictHeight}></rect>` : nothing}
    ${cell.covered
      ? svg`<rect class="range" x=${bar.x} y=${bar.yMax} width=${bar.width} height=${Math.max(0, bar.yMin - bar.yMax)}></rect>
        <line class="end max" x1=${bar.x} x2=${bar.x + bar.width} y1=${bar.yMax} y2=${bar.yMax}></line>
        <line class="end min" x1=${bar.x} x2=${bar.x + bar.width} y1=${bar.yMin} y2=${bar.yMin}></line>`
      : nothing}`;
}

function hitArea(panel: Panel, bar: BarMark, { activeKey, measure, years, lang, name }: AnnualViewInput): TemplateResult {
  return svg`<rect
    id="b-${bar.key}"
    class="hit"
    role="option"
    aria-selected=${bar.key === activeKey ? 'true' : 'false'}
    aria-label=${cellLabel(bar.cell, name(bar.cell.code), measure, lang, years)}
    data-key=${bar.key}
    x=${bar.x - 1}
    y=${panel.strikeTop}
    width=${bar.width + 2}
    height=${panel.baseline - panel.strikeTop}
  ></rect>`;
}
