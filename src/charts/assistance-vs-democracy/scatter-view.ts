import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatNumber, formatShort, scaleUnit } from '../../assistance/amounts.js';
import { messages } from '../../core/i18n.js';
import { plotText, recipientLabel } from '../../assistance/describe.js';
import type { MarksView } from '../../assistance/views.js';
import { INDEX_NAMES, INDEX_SHORT } from '../../assistance/regimes.js';
import { textWidth } from '../../core/text-width.js';
import { REGIME_COLORS, REGIME_NAMES, symbolPath } from '../../democracy/regimes.js';
import type { ScatterLayout } from './scatter-layout.js';
import { labelCount, placeDotLabels, quadrantLabel } from './dot-labels.js';

const msg = messages({
  'scatter.xTitle': '{index} ({year}) →',
  'scatter.yTitle': '↑ {unit} (log scale)',
  'scatter.legend': 'Legend: regime type (V-Dem Regimes of the World), dot colour',
  'scatter.notCoded': 'Not coded (dashed)',
});

export type ScatterView = MarksView;

/** The scatter's marks (inside its listbox SVG): shaded quadrant, grid, axes, dots, labels, focus ring. Pure. */
/** The x axis title: the index's full name where it fits the chart's width (12 px, bold widths as an upper bound), else its short name. */
function xTitle(v: ScatterView, width: number): string {
  const full = msg('scatter.xTitle', { index: INDEX_NAMES[v.index], year: v.period.to });
  return textWidth(full, 12) <= width ? full : msg('scatter.xTitle', { index: INDEX_SHORT[v.index], year: v.period.to });
}

export function scatterMarks(layout: ScatterLayout, v: ScatterView): TemplateResult {
  const { margin, quadrant: q, dots } = layout;
  const bottom = layout.height - margin.bottom;
  const active = dots.find((d) => d.code === v.activeCode);
  const quadrant = quadrantLabel(q.x, q.y, q.width);
  // Highlighted recipients first, then the largest (rows are in rank order); a name that would collide is left out.
  const byCode = new Map(dots.map((d) => [d.code, d]));
  const order = [...new Set([...v.highlighted, ...[...v.rows.keys()].slice(0, labelCount(layout.width))])];
  const labels = placeDotLabels(
    order.flatMap((code) => {
      const d = byCode.get(code);
      return d ? [{ ...d, text: v.words.name(code) }] : [];
    }),
    [quadrant.box],
    { x0: margin.left, y0: margin.top, x1: layout.width - margin.right, y1: bottom },
  );
  return svg`<g aria-hidden="true">
      <rect class="quadrant" x=${q.x} y=${q.y} width=${q.width} height=${q.height}></rect>
      <text class="quadrant-label" x=${q.x + 6} y=${q.y + 14}>${quadrant.lines.map((line, i) => svg`<tspan x=${q.x + 6} dy=${i ? 14 : 0}>${plotText(line)}</tspan>`)}</text>
      ${layout.yTicks.map(
        (t) => svg`<line class="grid" x1=${margin.left} x2=${layout.width - margin.right} y1=${t.y} y2=${t.y}></line>
          <text class="tick" x=${margin.left - 6} y=${t.y} dy="0.32em" text-anchor="end">${plotText(formatShort(v.source.unit, t.value, v.words.lang, false))}</text>`,
      )}
      ${layout.xTicks.map(
        (t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${margin.top} y2=${bottom}></line>
          <text class="tick" x=${t.x} y=${bottom + 14} text-anchor="middle">${formatNumber(t.value, v.words.lang)}</text>`,
      )}
      <text class="axis-title" x=${layout.width / 2} y=${layout.height - 4} text-anchor="middle">
        ${plotText(xTitle(v, layout.width))}
      </text>
      <text class="axis-title" x=${layout.yTitle.x} y=${layout.yTitle.y}>${plotText(msg('scatter.yTitle', { unit: scaleUnit(v.source.unit) }))}</text>
    </g>
    ${dots.map((d) => {
      const r = v.rows.get(d.code)!;
      const classes = `dot ${v.highlighted.includes(d.code) ? 'highlighted' : ''} ${d.code === v.selectedCode ? 'selected' : ''}`;
      // The regime's shape (as in the ranking's legend) as well as its colour.
      return svg`<path id="d-${d.code}" class=${classes} role="option" data-code=${d.code}
        aria-selected=${d.code === v.selectedCode ? 'true' : 'false'}
        aria-label=${recipientLabel(v.source, v.period, r, v.index, v.words)}
        transform="translate(${d.cx.toFixed(1)} ${d.cy.toFixed(1)})" d=${symbolPath(r.regime === null ? 2 : r.regime, 2 * d.r)}
        fill=${r.regime === null ? 'none' : REGIME_COLORS[r.regime]!}></path>`;
    })}
    <g aria-hidden="true">
      ${labels.map((l) => svg`<text class="label" x=${l.x} y=${l.y} dy="0.32em" text-anchor=${l.anchor}>${l.text}</text>`)}
      ${active ? svg`<circle class="focus-ring" cx=${active.cx} cy=${active.cy} r=${active.r + 3}></circle>` : nothing}
    </g>`;
}

export function scatterLegend(): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${msg('scatter.legend')}>
    ${REGIME_NAMES.map(
      (label, i) => html`<li>
        <svg viewBox="-7 -7 14 14" aria-hidden="true"><path class="key" d=${symbolPath(i, 10)} fill=${REGIME_COLORS[i]!}></path></svg>
        ${label}
      </li>`,
    )}
    <li><svg viewBox="-7 -7 14 14" aria-hidden="true"><path class="key dashed" d=${symbolPath(2, 10)} fill="none"></path></svg> ${msg('scatter.notCoded')}</li>
  </ul>`;
}
