import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatCount } from '../../core/format.js';
import { messages } from '../../core/i18n.js';
import { kindOf, noPeriod, periodLabel, type CivcasRow } from './comparison.js';
import { figureMark, type ComparisonAxis } from './comparison-layout.js';
import { scopeSentence, type Pair, type PeriodPairs } from './comparison-pairs.js';
import { formatEstimate, shortSourceName } from './describe.js';
import type { ListboxHandlers } from '../../core/handlers.js';

export interface ComparisonViewInput {
  periods: PeriodPairs[];
  axis: ComparisonAxis;
  activeKey: string;
  label: string;
  lang: string;
  on: ListboxHandlers;
}

const msg = messages({
  'civcas.units': 'Civilians killed, on one scale for every period',
  'civcas.keysC': '{label}. Up and down arrows move between figures.',
});

const pct = (fraction: number): string => `${(fraction * 100).toFixed(2)}%`;

/**
 * Every period at once, no inner scroll: per period its heading and the
 * shared civilians-killed axis, then each pair (the official figure as a solid
 * mark, the independent estimates as outlined low–high ranges) and, once per
 * pair, what each side counts. One option per figure for keyboard and screen readers.
 */
export function comparisonChart({ periods, axis, activeKey, label, lang, on }: ComparisonViewInput): TemplateResult {
  return html`<p class="units">${msg('civcas.units')}</p>
    <ul
    class="comparison"
    part="chart"
    role="listbox"
    tabindex="0"
    aria-label=${msg('civcas.keysC', { label })}
    aria-activedescendant=${activeKey ? `r-${activeKey}` : nothing}
    @keydown=${on.keydown}
    @focus=${on.focus}
    @blur=${on.blur}
    @pointermove=${on.pointermove}
    @pointerleave=${on.pointerleave}
    @click=${on.click}
  >
    ${periods.map((period) => {
      const name = periodLabel(period.start, period.end, lang);
      return html`<li role="presentation" class="period">
        <div class="period-head" aria-hidden="true">
          <h3>${name}</h3>
          ${axisLabels(axis, lang)}
        </div>
        <ul role="group" aria-label=${name}>
          ${period.pairs.map((pair) => pairRows(pair, axis, activeKey, lang))}
        </ul>
      </li>`;
    })}
  </ul>`;
}

/**
 * Tick values over the strips' column, in two densities (the stylesheet shows
 * the sparse one in narrow containers); the first and last are anchored inside
 * so they are never clipped.
 */
function axisLabels(axis: ComparisonAxis, lang: string): TemplateResult {
  const labels = (ticks: ComparisonAxis['ticks'], density: string) => {
    const last = ticks.length - 1;
    return svg`<g class=${density}>${ticks.map(
      (tick, i) => svg`<text x=${pct(tick.at)} y="11" text-anchor=${i === 0 ? 'start' : i === last && tick.at > 0.95 ? 'end' : 'middle'}>${formatCount(tick.value, lang)}</text>`,
    )}</g>`;
  };
  return svg`<svg class="axis-labels">${labels(axis.ticks, 'dense')}${labels(axis.sparseTicks, 'sparse')}</svg>`;
}

function pairRows(pair: Pair, axis: ComparisonAxis, activeKey: string, lang: string): TemplateResult[] {
  const rows = [...(pair.official ? [pair.official] : []), ...pair.independents];
  // The scope is stated once, under the pair's last figure (inside its option, so screen readers get it too).
  return rows.map((row, i) => figureRow(row, axis, activeKey, lang, i === rows.length - 1 ? scopeSentence(pair, lang) : ''));
}

function figureRow(row: CivcasRow, axis: ComparisonAxis, activeKey: string, lang: string, scope: string): TemplateResult {
  const key = String(row.id);
  return html`<li
    id="r-${key}"
    role="option"
    data-key=${key}
    class="entry ${row.estimateType} ${key === activeKey ? 'active' : ''}"
    aria-selected=${key === activeKey ? 'true' : 'false'}
  >
    <div class="entry-text">
      <span class="source"><span class="kind">${kindOf(row)}</span> <span lang="en" dir="auto">${shortSourceName(row.sourceOrg)}${row.handTranscribed ? '†' : ''}</span>${row.periodStated
        ? nothing
        : html` <span class="period-not-stated">(${noPeriod()})</span>`}</span>
      <strong class="figure">${formatEstimate(row, lang)}</strong>
    </div>
    ${strip(row, axis)}
    ${row.periodStated || !row.readerNote ? nothing : html`<p class="reader-note" lang="en" dir="auto">${row.readerNote}</p>`}
    ${scope ? html`<p class="scope">${scope}</p>` : nothing}
  </li>`;
}

/** Gridlines under both tick sets: `both`, or `dense` / `sparse` where only one set has the value (the stylesheet shows the set whose labels are shown). */
function gridlines(axis: ComparisonAxis): { at: number; density: string }[] {
  const sparse = new Set(axis.sparseTicks.map((t) => t.value));
  const dense = new Set(axis.ticks.map((t) => t.value));
  return [
    ...axis.ticks.map((t) => ({ at: t.at, density: sparse.has(t.value) ? 'both' : 'dense' })),
    ...axis.sparseTicks.filter((t) => !dense.has(t.value)).map((t) => ({ at: t.at, density: 'sparse' })),
  ];
}

/** The figure on the shared axis, over the axis' gridlines. */
function strip(row: CivcasRow, axis: ComparisonAxis): TemplateResult {
  const mark = figureMark(row, axis);
  const official = row.estimateType === 'official';
  const width = Math.max(0, mark.high - mark.low);
  return svg`<svg class="strip" aria-hidden="true">
    ${gridlines(axis).map(({ at, density }) => svg`<line class="grid ${density}" x1=${pct(at)} x2=${pct(at)} y1="0" y2="100%"></line>`)}
    ${official
      ? svg`${width > 0 ? svg`<rect class="official-mark" x=${pct(mark.low)} y="5" width=${pct(width)} height="8"></rect>` : nothing}
          <line class="official-end" x1=${pct(mark.low)} x2=${pct(mark.low)} y1="3" y2="15"></line>
          ${width > 0 ? svg`<line class="official-end" x1=${pct(mark.high)} x2=${pct(mark.high)} y1="3" y2="15"></line>` : nothing}`
      : svg`${width > 0 ? svg`<rect class="independent-mark" x=${pct(mark.low)} y="5" width=${pct(width)} height="8"></rect>` : nothing}
          <line class="independent-end" x1=${pct(mark.low)} x2=${pct(mark.low)} y1="3" y2="15"></line>
          ${width > 0 ? svg`<line class="independent-end" x1=${pct(mark.high)} x2=${pct(mark.high)} y1="3" y2="15"></line>` : nothing}
          ${mark.open ? svg`<svg x=${pct(mark.low)} overflow="visible"><path class="open-end" d="M3,4 l9,5 l-9,5 z"></path></svg>` : nothing}`}
  </svg>`;
}
