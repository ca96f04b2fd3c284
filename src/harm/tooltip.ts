import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';

/** A tooltip's title and label–value lines (the same text the live region reads). */
export interface TipContent {
  title: string;
  lines: { label: string; value: string }[];
}

/** The tooltip box of the civilian-harm charts; hidden when there is nothing to show. */
export function renderTip(content: TipContent | undefined, tipRef: Ref<HTMLElement>): TemplateResult {
  return html`<div class="tooltip" part="tooltip" ?hidden=${!content} aria-hidden="true" ${ref(tipRef)}>
    ${content
      ? html`<strong>${content.title}</strong>
          <dl>${content.lines.map((line) => html`<dt>${line.label}</dt><dd>${line.value}</dd>`)}</dl>`
      : nothing}
  </div>`;
}

/** The live-region sentence for a tooltip's content. */
export function tipSentence(content: TipContent | undefined): string {
  return content ? `${content.title}. ${content.lines.map((l) => `${l.label} ${l.value}`).join('; ')}` : '';
}
