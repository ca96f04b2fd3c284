import { html, nothing, type TemplateResult } from 'lit';
import type { SourceMeta } from '../data/types.js';

/** Problems with the attributes, visible and announced politely. */
export function renderNotices(problems: string[]): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return html`<div class="notice" part="notice" role="status">
    ${problems.map((problem) => html`<p>${problem}</p>`)}
  </div>`;
}

/** A failure that replaces the chart body, with a way to try again. */
export function renderError(message: string, retry: () => void): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <p>${message}</p>
    <button type="button" @click=${retry}>Try again</button>
  </div>`;
}

/**
 * The credit under a chart: one line naming each source shown and its licence
 * ("Sources: ForeignAssistance.gov (public domain); V-Dem v15 … (CC BY-SA 4.0).
 * Details"), at most three lines on a phone; under "Details", each dataset's
 * full credit line, publisher, title, version, licence terms, citation and
 * link, then the chart's `notes` (how the data were counted, coverage,
 * editions). A caveat that changes how a number reads belongs beside the
 * chart (a note under the heading or in the legend), not here.
 */
export function renderFooter(sources: SourceMeta[], notes: string[] = []): TemplateResult {
  if (!sources.length && !notes.length) return html`<footer part="footer"></footer>`;
  // Two measures of one publisher (aid and military aid) are one source to a reader.
  // Map outlines have no short credit: they are named under Details only.
  const named = [...new Map(sources.filter((source) => source.creditShort).map((source) => [`${source.creditShort}|${source.licenceName}`, source])).values()];
  return html`<footer part="footer">
    <div class="credit">
      ${named.length ? `${named.length > 1 ? 'Sources' : 'Source'}: ` : ''}${named.map(
        (source, i) => html`${i ? '; ' : ''}${source.creditShort} <span class="licence">(${source.licenceName})</span>`,
      )}${named.length ? '.' : ''}
      <details>
        <summary>Details</summary>
        ${sources.map(
          (source) => html`<div class="source">
            ${source.credit} <a href=${safeUrl(source.url)} target="_blank" rel="noopener noreferrer">${source.publisher}</a>, ${source.title}
            (${source.version}). Licence: ${source.licence}. Cite as: ${source.citation}
          </div>`,
        )}
        ${notes.map((note) => html`<p class="source">${note}</p>`)}
      </details>
    </div>
  </footer>`;
}

/** Only http(s) links reach an href, whatever a data file holds. */
export function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}
