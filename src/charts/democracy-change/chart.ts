// The ranked dot chart: section titles, one row per country (whiskers,
// connector, start and end dots, label and change), the focus ring. Pure.
import { nothing, svg, type TemplateResult } from 'lit';
import { formatChange, formatIndex } from '../../core/format.js';
import { fitLabel, nameLines, svgWords } from '../../core/labels.js';
import type { ChangeLayout, ChangeRow } from './change-layout.js';
import { describeChange, type ChangeWording } from './describe.js';
import type { ListboxHandlers } from '../../core/handlers.js';
import { listboxPlot } from '../../core/listbox-plot.js';
import { messages } from '../../core/i18n.js';
import { yearSpan } from '../../democracy/trend-data.js';
import { sectionName } from './describe.js';

const msg = messages({
  'change.plotLabel': '{label}, {from} to {to}. Up and down arrow keys move between countries, Enter selects.',
  'change.section': '{title}, {span}',
  'change.sectionEdition': '{title}, {span} ({edition})',
});

export interface ChangeChartView {
  layout: ChangeLayout;
  active: string;
  label: string;
  /** The edition beside the section titles, e.g. "V-Dem v15". */
  edition: string;
  words: ChangeWording;
  color: (region: number | null) => string;
}

export type ListHandlers = ListboxHandlers;

const tickText = (value: number, lang: string): string => formatIndex(value, lang).replace(/0+$/, '').replace(/[.,]$/, '');

export function renderChangeChart(v: ChangeChartView, on: ListHandlers): TemplateResult {
  const { layout, words } = v;
  const f = layout.frame;
  const chars = Math.floor((layout.labelWidth - 10) / 6.6);
  const active = layout.rows.find((r) => r.code === v.active);
  const span = yearSpan(words.from, words.to);
  return listboxPlot(f, msg('change.plotLabel', { label: v.label, from: words.from, to: words.to }), v.active ? `row-${v.active}` : undefined, on, svg`
    <g class="axis" aria-hidden="true">
      ${layout.ticks.map(
        (t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${0} y2=${f.bottom}></line>
          <text x=${t.x} y=${f.bottom + 16} text-anchor="middle">${tickText(t.value, words.lang)}</text>`,
      )}
    </g>
    ${layout.headers.map(
      (h) =>
        svg`<text class="section-title" x="0" y=${h.y} aria-hidden="true">${svgWords(sectionTitle(h.section, span, v.edition, f.width))}</text>`,
    )}
    ${layout.rows.map((row) => renderRow(row, v, chars))}
    ${active ? svg`<rect class="focus-ring" x="1" y=${active.y - 11} width=${f.width - 2} height="22" rx="3" aria-hidden="true"></rect>` : nothing}
  `);
}

function renderRow(row: ChangeRow, v: ChangeChartView, chars: number): TemplateResult {
  const d = row.datum;
  const color = v.color(d.region);
  const f = v.layout.frame;
  const name = v.words.name(d.code);
  return svg`<g id="row-${d.code}" class="row ${d.code === v.active ? 'active' : ''}" role="option"
      aria-selected=${d.code === v.active ? 'true' : 'false'} aria-label=${describeChange(d, v.words)} data-code=${d.code}>
    <rect class="row-bg" x="0" y=${row.y - 11} width=${f.width} height="22" data-code=${d.code}></rect>
    ${row.i0 ? svg`<line class="interval" x1=${row.i0[0]} x2=${row.i0[1]} y1=${row.y - 4} y2=${row.y - 4} stroke=${color}></line>` : nothing}
    ${row.i1 ? svg`<line class="interval" x1=${row.i1[0]} x2=${row.i1[1]} y1=${row.y + 4} y2=${row.y + 4} stroke=${color}></line>` : nothing}
    <line class="connector" x1=${row.x0} x2=${row.x1} y1=${row.y} y2=${row.y}></line>
    <circle class="from-dot" cx=${row.x0} cy=${row.y} r="4.5" stroke=${color}></circle>
    <circle class="to-dot" cx=${row.x1} cy=${row.y} r="5.5" fill=${color}></circle>
  </g>
  <g aria-hidden="true">
    ${rowLabel(row, name, chars)}
    <text class="change-value" x=${f.width - 2} y=${row.y} dy="0.32em" text-anchor="end" aria-hidden="true">${formatChange(d.change, v.words.lang)}</text>
  </g>`;
}

/** The country's name, in two smaller lines when one does not fit; its code only when neither does. */
function rowLabel(row: ChangeRow, name: string, chars: number): TemplateResult {
  const d = row.datum;
  const mark = d.autocratizing ? ' *' : '';
  const lines = nameLines(name, chars - mark.length);
  if (lines?.length === 2) {
    return svg`<text class="row-label two-lines" x="0" y=${row.y} data-code=${d.code}><tspan x="0" dy="-0.2em">${svgWords(lines[0])}</tspan><tspan x="0" dy="1.05em">${svgWords(`${lines[1]}${mark}`)}</tspan></text>`;
  }
  return svg`<text class="row-label" x="0" y=${row.y} dy="0.32em" data-code=${d.code}>${svgWords(`${lines ? lines[0] : fitLabel(name, d.code, chars - mark.length)}${mark}`)}</text>`;
}

/** Average advance of the section title's bold 13 px letters, a little generous so the estimate errs on the short side. */
const TITLE_CHAR = 7.6;

/** "Biggest declines, 2010–2024 (V-Dem v15)", without the edition (the heading names it) where that does not fit. */
export function sectionTitle(section: 'declines' | 'advances', span: string, edition: string, width: number): string {
  const title = sectionName(section);
  const full = edition ? msg('change.sectionEdition', { title, span, edition }) : '';
  return full && full.length * TITLE_CHAR <= width ? full : msg('change.section', { title, span });
}
