import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatIndex } from '../../core/format.js';
import { scaleUnit } from '../../assistance/amounts.js';
import { indexYear, plotText, recipientLabel } from '../../assistance/describe.js';
import type { MarksView } from '../../assistance/views.js';
import { notCoded, REGIME_COLORS, REGIME_NAMES, symbolPath } from '../../democracy/regimes.js';
import { formatInteger, messages } from '../../core/i18n.js';
import { textWidth } from '../../core/text-width.js';
import { LINE_STEP, ROW_HEIGHT, type Bar, type BarLayout } from './bar-layout.js';

const msg = messages({
  'ranking.legend': 'Legend: regime type (V-Dem Regimes of the World)',
});

export type BarsView = MarksView;

/** A recipient's name, right-aligned before its symbol: one line, or two a size smaller (the layout chose which). */
function nameText(bar: Bar, x: number): TemplateResult {
  const mid = ROW_HEIGHT / 2;
  if (bar.name.length === 1) return svg`<text aria-hidden="true" class="name" data-code=${bar.code} x=${x} y=${mid} dy="0.35em" text-anchor="end">${bar.name[0]}</text>`;
  return svg`<text aria-hidden="true" class="name two-line" data-code=${bar.code} text-anchor="end">${bar.name.map(
    (line, i) => svg`<tspan x=${x} y=${mid + (i - 0.5) * LINE_STEP} dy="0.35em">${line}</tspan>`,
  )}</text>`;
}

/** The bars' marks (inside the chart's listbox SVG): column heads, one row per recipient, the not-coded hatch. Pure. */
export function barMarks(layout: BarLayout, v: BarsView): TemplateResult {
  const mid = ROW_HEIGHT / 2;
  const unit = scaleUnit(v.source.unit);
  // The index's head ("EDI 2021"), or its year alone where both heads would meet (a long language on a phone).
  const index = indexYear(v.index, v.period.to);
  const indexHead = layout.barX + textWidth(unit, 11) + 8 <= layout.indexX - textWidth(index, 11) ? index : formatInteger(v.period.to, v.words.lang);
  return svg`<text class="col-head" x=${layout.barX} y="12" aria-hidden="true">${plotText(unit)}</text>
    <text class="col-head" x=${layout.indexX} y="12" text-anchor="end" aria-hidden="true">${plotText(indexHead)}</text>
    ${layout.bars.map((bar) => {
      const r = v.rows.get(bar.code)!;
      const classes = ['row', v.highlighted.includes(r.code) ? 'highlighted' : '', r.code === v.selectedCode ? 'selected' : '', r.code === v.activeCode ? 'active' : ''].join(' ');
      const fill = r.regime === null ? 'none' : REGIME_COLORS[r.regime]!;
      // Texts sit beside the option, not in it: its accessible name is the full label.
      return svg`<g class=${classes} data-code=${r.code} transform="translate(0 ${bar.y})">
        <g id="r-${r.code}" role="option" data-code=${r.code}
          aria-selected=${r.code === v.selectedCode ? 'true' : 'false'}
          aria-label=${recipientLabel(v.source, v.period, r, v.index, v.words)}>
          <rect class="hit" data-code=${r.code} x="0" y="0" width=${layout.width} height=${ROW_HEIGHT}></rect>
          <path class="symbol" data-code=${r.code} transform="translate(${layout.symbolX} ${mid})" d=${symbolPath(r.regime, 10)} fill=${fill}></path>
          <rect class="bar" data-code=${r.code} x=${layout.barX} y="4" width=${bar.width} height=${ROW_HEIGHT - 8}
            fill=${r.regime === null ? 'url(#not-coded)' : fill}></rect>
        </g>
        ${nameText(bar, layout.nameRight)}
        ${bar.showLabel
          ? svg`<text aria-hidden="true" class="value ${bar.labelInside ? 'inside' : ''} ${bar.labelInside && (r.regime === 0 || r.regime === 3) ? 'on-dark' : ''}" data-code=${r.code}
          x=${bar.labelX} y=${mid} dy="0.35em" text-anchor=${bar.labelInside ? 'end' : 'start'}>${bar.value}</text>`
          : nothing}
        <text aria-hidden="true" class="index" data-code=${r.code} x=${layout.indexX} y=${mid} dy="0.35em" text-anchor="end">${r.index === null ? '–' : formatIndex(r.index, v.words.lang)}</text>
      </g>`;
    })}
    <defs>
      <pattern id="not-coded" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="hatch-bg" width="6" height="6"></rect>
        <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>`;
}

/** Regime symbols and colours, with the dashed outline of countries V-Dem does not code. */
export function regimeLegend(): TemplateResult {
  const items = [...REGIME_NAMES.map((label, i) => ({ label, regime: i as number | null })), { label: notCoded(), regime: null }];
  return html`<ul class="legend" part="legend" aria-label=${msg('ranking.legend')}>
    ${items.map(
      (item) => html`<li>
        <svg viewBox="-7 -7 14 14" aria-hidden="true">
          <path d=${symbolPath(item.regime, 10)} class=${item.regime === null ? 'dash' : ''} fill=${item.regime === null ? 'none' : REGIME_COLORS[item.regime]!}></path>
        </svg>
        ${item.label}
      </li>`,
    )}
  </ul>`;
}

