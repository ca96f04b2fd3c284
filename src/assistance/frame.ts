import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import { renderFooter, renderNotices } from '../core/chrome.js';
import type { ListboxHandlers } from '../core/handlers.js';
import type { ZoomHandlers } from '../geo/map-zoom.js';
import { menu, renderToolbar, type TableSwitch } from '../core/toolbar.js';
import type { SourceMeta } from '../data/types.js';
import { messages } from '../core/i18n.js';
import { MEASURES, MEASURE_LABELS, type Measure, type MeasureSource } from './measures.js';

const msg = messages({
  'aid.menu': 'Measure',
  'aid.listbox': '{label}. {help}',
});

/** What each chart puts in the frame. */
export interface FrameParts {
  stage: TemplateResult;
  legend: TemplateResult;
  units: string;
  summary: string;
  sources: SourceMeta[];
  /** The chart's own controls after the table switch (the map's zoom). */
  controls?: TemplateResult;
}

/** What the element puts around them. */
export interface FrameChrome {
  theme: string;
  /** The direction and language of the chart's words (RightsElement's textDirection and textLang). */
  dir: 'ltr' | 'rtl';
  lang: string;
  heading: string;
  problems: string[];
  measure: Measure;
  /** The measure's source, once its data is in. */
  source: MeasureSource | undefined;
  chooseMeasure: (measure: Measure) => void;
  table: TableSwitch;
  stageRef: Ref<HTMLElement>;
  /** The year slider, or nothing. */
  timeline: TemplateResult | typeof nothing;
  announcement: string;
}

/**
 * The chart's frame, the same for all three: heading, notices, the reader
 * note of the measure, toolbar, stage, timeline, then the notes: legend,
 * units, summary, live region and footer (the datasets shown and the caveat
 * that changes how the numbers read). The notes arrive with the data and
 * share one reserved height, so the room kept for a longer variant is one
 * space below the footer, not gaps between paragraphs. The height is
 * reserved per measure (known before the data lands, marked by
 * data-measure on the notes and the heading): military aid's notes run
 * several lines longer than arms deliveries', and one table for all would
 * leave a phone reader of the shorter ones 150–200 px of blank.
 */
export function assistanceFrame(parts: FrameParts, chrome: FrameChrome): TemplateResult {
  const source = chrome.source;
  const note = source?.readerNote;
  return html`<div class="chart ${chrome.theme}" dir=${chrome.dir} lang=${chrome.lang}>
    <h2 part="heading" data-measure=${chrome.measure}>${chrome.heading}</h2>
    ${renderNotices(chrome.problems)}
    ${note || chrome.measure === 'military-aid' // room kept from the measure alone, so nothing moves when the data lands
      ? html`<p class="reader-note" part="note">${note ?? ''}</p>`
      : nothing}
    ${renderToolbar([menu(msg('aid.menu'), MEASURES, (id) => MEASURE_LABELS[id], chrome.measure, chrome.chooseMeasure)], chrome.table, '', parts.controls ?? '')}
    <div class="stage ${chrome.table.on ? 'table-view' : ''}" ${ref(chrome.stageRef)}>${parts.stage}</div>
    ${chrome.timeline}
    <div class="notes" data-measure=${chrome.measure}>
      ${parts.legend}
      <p class="units" part="units">${parts.units}</p>
      <p class="summary" part="summary">${parts.summary}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${chrome.announcement}</div>
      ${renderFooter(source ? parts.sources : [], source?.caveat ? [source.caveat] : [])}
    </div>
  </div>`;
}

/** What each chart draws in its listbox. */
export interface ListboxParts {
  cls: string;
  part: string;
  width: number;
  height: number;
  help: string;
  /** Option ids are `${idPrefix}${code}`. */
  idPrefix: string;
  marks: TemplateResult;
  tip: TemplateResult | typeof nothing;
  /** The part in view when zoomed (default: all of width × height). */
  viewBox?: string;
  zoomed?: boolean;
}

/** The element's side of the listbox: its name, focus, listeners and the tooltip's ref. */
export interface ListboxWiring {
  label: string;
  activeCode: string;
  on: ListboxHandlers & Partial<ZoomHandlers>;
  tipRef: Ref<HTMLElement>;
}

/**
 * The drawn view: one tab stop (a listbox whose options are the recipients,
 * ids `${idPrefix}${code}`), pointer, keyboard and focus wired to the shared
 * handlers, then the tooltip box (its content is the chart's).
 */
export function recipientListbox(o: ListboxParts, w: ListboxWiring): TemplateResult {
  return html`<svg
      class="${o.cls}${o.viewBox ? ' zoomable' : ''}${o.zoomed ? ' zoomed' : ''}"
      part=${o.part}
      viewBox=${o.viewBox ?? `0 0 ${o.width} ${o.height}`}
      role="listbox"
      tabindex="0"
      aria-label=${msg('aid.listbox', { label: w.label, help: o.help })}
      aria-activedescendant=${w.activeCode ? `${o.idPrefix}${w.activeCode}` : nothing}
      @pointerdown=${w.on.pointerdown}
      @pointermove=${w.on.pointermove}
      @pointerup=${w.on.pointerup}
      @pointercancel=${w.on.pointercancel}
      @pointerleave=${w.on.pointerleave}
      @wheel=${w.on.wheel}
      @click=${w.on.click}
      @keydown=${w.on.keydown}
      @focus=${w.on.focus}
      @blur=${w.on.blur}
    >
      ${o.marks}
    </svg>
    <div class="tooltip" part="tooltip" ?hidden=${o.tip === nothing} aria-hidden="true" ${ref(w.tipRef)}>${o.tip}</div>`;
}
