import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
export type { YearChangeDetail } from '../../core/events.js';
import { emit, type YearChangeDetail } from '../../core/events.js';
import { renderNotices } from '../../core/chrome.js';
import { describeValue, listSome, listTokens, parseYear, textOf } from '../../core/parse.js';
import { formatInteger, formatList, messages } from '../../core/i18n.js';
import { TimelineController } from '../../core/timeline-controller.js';
import { timelineStyles } from './timeline.styles.js';

const msg = messages({
  'timelineEl.order': '"from" ({from}) must be before "to" ({to}); using {first}–{last}.',
  'timelineEl.speed': 'Speed {value} is not a number of milliseconds; using {ms}.',
  'timelineEl.for': '"for" takes element ids separated by spaces; {value} ignored.',
  'timelineEl.missing': { one: 'No element with id {ids} on the page to link.', other: 'No element with id {ids} on the page to link.' },
  'timelineEl.paused': 'Paused at {year}',
});

/** Widest range a timeline accepts; charts clamp to their own data and say so. */
const EARLIEST = 1800;
const LATEST = 2100;
/** Default range: the years of V-Dem's Regimes of the World population shares; set from/to to match your charts. */
const DEFAULT_FROM = 1960;
const DEFAULT_TO = 2024;

/**
 * A play button and year slider that drives the `year` of other charts on the
 * page, named by id in `for`, and follows them when a reader moves their year.
 * Built on the headless core `Timeline`.
 *
 * @summary Year slider and play button that links the year of several charts.
 * @tagname rights-timeline
 *
 * @fires rights-year-change - The year changed (slider, keys, playback, or a linked chart). `detail: { year }`.
 *
 * @cssprop [--rights-text] - Text colour.
 * @cssprop [--rights-muted] - Range labels.
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-surface] - Play button background.
 * @cssprop [--rights-accent] - Slider colour.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-padding=8px 12px] - Inner padding.
 *
 * @csspart heading - The heading, when one is set.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart timeline - Play button, slider and year.
 */
export class RightsTimeline extends RightsElement {
  static override styles = [baseStyles, chartStyles, timelineStyles];

  /** Ids of the charts to drive, separated by spaces (like `<label for>`, but several). */
  @property({ reflect: true, attribute: 'for' }) htmlFor: string | string[] = '';

  /** First year (default 1960). */
  @property({ reflect: true }) from: string | number = '';

  /** Last year (default 2024). */
  @property({ reflect: true }) to: string | number = '';

  /** Current year (default: the last year). */
  @property({ reflect: true }) year: string | number = '';

  /** Milliseconds per year while playing (default 700; slower when the reader prefers reduced motion). */
  @property({ reflect: true }) speed: string | number = '';

  @state() private announcement = '';

  private readonly controller = new TimelineController(
    this,
    (year, cause) => {
      this.year = year;
      this.push(year);
      if (cause === 'set') this.announcement = formatInteger(year, this.resolvedLang);
      emit(this, 'rights-year-change', { year });
    },
    { min: DEFAULT_FROM, max: DEFAULT_TO },
    700,
    (playing) => {
      if (!playing) this.announcement = msg('timelineEl.paused', { year: this.timeline.year }, this.resolvedLang);
    },
  );
  private readonly timeline = this.controller.timeline;
  private targets: string[] = [];
  private missing: string[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('rights-year-change', this.onChartYear);
    // Charts later in the page may not exist yet: look again once it is parsed.
    const relink = (): void => {
      this.requestUpdate();
      this.push(this.timeline.year);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', relink, { once: true });
    else queueMicrotask(relink);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('rights-year-change', this.onChartYear);
  }

  protected resolveSettings(): void {
    let from = this.report(parseYear(this.from, EARLIEST, LATEST, DEFAULT_FROM));
    let to = this.report(parseYear(this.to, EARLIEST, LATEST, DEFAULT_TO));
    if (from >= to) {
      this.problems.push(msg('timelineEl.order', { from, to, first: DEFAULT_FROM, last: DEFAULT_TO }));
      from = DEFAULT_FROM;
      to = DEFAULT_TO;
    }
    this.timeline.setRange(from, to);
    this.timeline.year = this.report(parseYear(this.year, from, to, to));
    const speed = (textOf(this.speed) ?? '?').trim();
    if (speed && !/^\d{2,5}$/.test(speed)) this.problems.push(msg('timelineEl.speed', { value: describeValue(this.speed), ms: 700 }));
    this.controller.interval = /^\d{2,5}$/.test(speed) ? Number(speed) : 700;
    const ids = listTokens(this.htmlFor);
    if (ids.bad) this.problems.push(msg('timelineEl.for', { value: ids.bad }));
    this.targets = ids.tokens;
    this.missing = this.targets.filter((id) => !this.findTarget(id));
    if (this.missing.length) {
      const ids = this.missing.map(describeValue);
      // English lists the ids in a row, as it always has; other languages join them their own way.
      const listed = ids.length > 5 ? listSome(ids) : this.uiLang === 'en' ? ids.join(', ') : formatList(ids);
      this.problems.push(msg('timelineEl.missing', { count: ids.length, ids: listed }));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor') || changed.has('year')) this.push(this.timeline.year);
  }

  private findTarget(id: string): (HTMLElement & { year?: unknown }) | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    return (root.getElementById?.(id) ?? document.getElementById(id)) as (HTMLElement & { year?: unknown }) | null;
  }

  /** Sets `year` on every linked chart that does not show it already. */
  private push(year: number): void {
    for (const id of this.targets) {
      const target = this.findTarget(id);
      if (target && String(target.getAttribute('year')) !== String(year)) target.setAttribute('year', String(year));
    }
  }

  /** A linked chart's reader moved its year: follow it, and carry it to the other charts. */
  private readonly onChartYear = (event: Event): void => {
    const source = event.target as Element | null;
    if (!source || source === this || !source.id || !this.targets.includes(source.id)) return;
    const year = Number((event as CustomEvent<YearChangeDetail>).detail?.year);
    if (Number.isFinite(year)) {
      this.timeline.pause();
      this.timeline.set(year);
    }
  };

  protected override render(): TemplateResult {
    const { min, max, year } = this.timeline;
    return html`<div class="chart ${this.themeController.theme}" dir=${this.textDirection} lang=${this.textLang}>
      ${this.heading ? html`<h2 part="heading">${this.heading}</h2>` : nothing} ${renderNotices(this.problems)}
      ${this.controller.render({ year, sliderLabel: typeof this.heading === 'string' && this.heading ? this.heading : undefined })}
      <div class="bounds" aria-hidden="true"><span>${formatInteger(min, this.resolvedLang)}</span><span>${formatInteger(max, this.resolvedLang)}</span></div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
