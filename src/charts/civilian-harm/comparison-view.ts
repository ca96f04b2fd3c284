import { html, nothing, svg, type TemplateResult } from 'lit';
import { periodLabel, rowStrikes, type ComparisonEntry, type ComparisonGroup } from './comparison.js';
import { formatEstimate } from './describe.js';
import type { ListboxHandlers } from '../../core/handlers.js';

export interface ComparisonViewInput {
  groups: ComparisonGroup[];
  activeKey: string;
  /** Width of the list in px, for the bars. */
  width: number;
  label: string;
  lang: string;
  on: ListboxHandlers;
}

/**
 * Official figures with the independent estimates set beside them, grouped by
 * period: each row's figure, strikes where given, a bar on one shared scale,
 * its reader note and the scope differences in words.
 */
export function comparisonChart({ groups, activeKey, width: available, label, lang, on }: ComparisonViewInput): TemplateResult {
  const max = Math.max(1, ...groups.flatMap((g) => g.entries.map((e) => e.row.high ?? e.row.low)));
  const width = Math.max(120, available);
  const scale = (v: number): number => (v / max) * (width - 8);
  return html`<ul
    class="comparison"
    part="chart"
    role="listbox"
    tabindex="0"
    aria-label="${label}. Up and down arrows move between figures."
    aria-activedescendant=${activeKey ? `r-${activeKey}` : nothing}
    @keydown=${on.keydown}
    @focus=${on.focus}
    @blur=${on.blur}
    @pointermove=${on.pointermove}
    @pointerleave=${on.pointerleave}
    @click=${on.click}
  >
    ${groups.map(
      (group) => html`<li role="presentation" class="period">
        <h3 aria-hidden="true">${periodLabel(group.start, group.end, lang)}</h3>
        <ul role="group" aria-label=${periodLabel(group.start, group.end, lang)}>
          ${group.entries.map((entry) => entryRow(entry, activeKey, scale, width, lang))}
        </ul>
      </li>`,
    )}
  </ul>`;
}

function entryRow(entry: ComparisonEntry, activeKey: string, scale: (v: number) => number, width: number, lang: string): TemplateResult {
  const { row } = entry;
  const key = String(row.id);
  const x0 = 4 + scale(row.low);
  const x1 = 4 + scale(row.high ?? row.low);
  const strikes = rowStrikes(row, lang);
  return html`<li
    id="r-${key}"
    role="option"
    data-key=${key}
    class="entry ${row.estimateType} ${key === activeKey ? 'active' : ''}"
    aria-selected=${key === activeKey ? 'true' : 'false'}
  >
    <div class="entry-text">
      <span class="kind">${row.estimateType === 'official' ? 'Official' : 'Independent'}${row.handTranscribed ? '†' : ''}</span>
      ${row.sourceOrg} · ${row.theatre}: <strong>${formatEstimate(row, lang)}</strong>${strikes ? html` · ${strikes}` : nothing}${row.periodStated
        ? nothing
        : html` · <span class="period-not-stated">period not stated</span>`}
    </div>
    <svg class="bar" viewBox="0 0 ${width} 14" aria-hidden="true">
      <line class="axis" x1="4" x2=${width - 4} y1="7" y2="7"></line>
      ${row.estimateType === 'official'
        ? svg`<rect class="official-mark" x=${x0 - 1} y="2" width=${Math.max(3, x1 - x0 + 2)} height="10"></rect>`
        : svg`<rect class="independent-mark" x=${x0 - 1} y="3" width=${Math.max(3, x1 - x0 + 2)} height="8"></rect>
            ${row.high === null ? svg`<path class="open-end" d="M${x1 + 2},2 l8,5 l-8,5 z"></path>` : nothing}`}
    </svg>
    ${row.readerNote ? html`<p class="reader-note">${row.readerNote}</p>` : nothing}
    ${entry.scope.length ? html`<div class="scope">${entry.scope.map((s) => html`<p>${s}</p>`)}</div>` : nothing}
  </li>`;
}
