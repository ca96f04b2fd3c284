import { html, type TemplateResult } from 'lit';
import type { Line, Words } from './describe.js';
import type { MeasureSource } from './measures.js';
import type { Period } from './period.js';
import type { Recipient } from './ranking.js';
import type { IndexId } from './regimes.js';

/** What a chart's marks need to draw recipients: the numbers, the wording and the reader's marks. */
export interface MarksView {
  source: MeasureSource;
  period: Period;
  index: IndexId;
  words: Words;
  rows: Map<string, Recipient>;
  highlighted: string[];
  selectedCode: string;
  activeCode: string;
}

/** The tooltip's content: a name and its facts. */
export function tooltipBody(name: string, lines: Line[]): TemplateResult {
  return html`<strong>${name}</strong>
    <dl>${lines.map((l) => html`<dt>${l.label}</dt><dd>${l.value}</dd>`)}</dl>`;
}
