import { html, nothing, type TemplateResult } from 'lit';
import type { SourceMeta } from '../data/types.js';
import { currentLanguage, messages } from './i18n.js';

const msg = messages({
  'chrome.tryAgain': 'Try again',
  'chrome.sources': { one: 'Source:', other: 'Sources:' },
  'chrome.separator': '; ',
  'chrome.end': '.',
  'chrome.details': 'Details',
  'chrome.licence': 'Licence:',
  'chrome.citeAs': 'Cite as:',
  'licence.publicDomain': 'public domain',
});

/** A licence's short name in the reader's language (most are proper names: "CC BY 4.0"). */
const licenceName = (name: string): string => (/^public domain$/i.test(name) ? msg('licence.publicDomain') : name);

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
    <button type="button" @click=${retry}>${msg('chrome.tryAgain')}</button>
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
      ${named.length ? `${msg('chrome.sources', { count: named.length })} ` : ''}${named.map(
        (source, i) => html`${i ? msg('chrome.separator') : ''}${source.creditShort} <span class="licence">(${licenceName(source.licenceName)})</span>`,
      )}${named.length ? msg('chrome.end') : ''}
      <details>
        <summary>${msg('chrome.details')}</summary>
        ${sources.map(
          (source) => html`<div class="source" lang="en" dir="ltr">
            ${source.credit} <a href=${safeUrl(source.url)} target="_blank" rel="noopener noreferrer">${source.publisher}</a>, ${source.title}
            (${source.version}). <span lang=${currentLanguage()} dir="auto">${msg('chrome.licence')}</span> ${source.licence}.
            <span lang=${currentLanguage()} dir="auto">${msg('chrome.citeAs')}</span> ${source.citation}
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
