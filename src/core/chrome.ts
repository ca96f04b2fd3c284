import { html, nothing, type TemplateResult } from 'lit';
import type { SourceMeta } from '../data/types.js';
import { currentLanguage, messages, translate } from './i18n.js';

const msg = messages({
  'chrome.tryAgain': 'Try again',
  'chrome.sources': { one: 'Source:', other: 'Sources:' },
  'chrome.separator': '; ',
  'chrome.end': '.',
  'chrome.details': 'Details',
  'chrome.licence': 'Licence:',
  'chrome.citeAs': 'Cite as:',
});

/**
 * The catalogue key of a credit or licence name from the data
 * (data/sources.json): by its English, so a credit the data build rewords has
 * no translation until the catalogues follow (test/i18n/catalogues.test.ts
 * lists every one the data holds).
 */
export const dataTextKey = (kind: 'credit' | 'licence', english: string): string =>
  `${kind}.${english.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

/** A credit or licence name from the data in the reader's language, else as the data has it. */
const dataText = (kind: 'credit' | 'licence', english: string): string => translate(english, dataTextKey(kind, english), undefined, currentLanguage());

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
        // Each credit isolated: names in Latin letters keep their order inside an Arabic line.
        (source, i) => html`${i ? msg('chrome.separator') : ''}<bdi>${dataText('credit', source.creditShort)}</bdi> <span class="licence">(<bdi>${dataText('licence', source.licenceName)}</bdi>)</span>`,
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
