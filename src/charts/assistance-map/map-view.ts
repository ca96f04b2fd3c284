import { html, nothing, svg, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { MapLayout } from '../../geo/map-layout.js';
import { formatShort, scaleUnit } from '../../assistance/amounts.js';
import { DONOR } from '../../assistance/describe.js';
import type { RegimeFilter } from '../../assistance/regimes.js';
import type { MeasureSource } from '../../assistance/measures.js';
import type { Recipient } from '../../assistance/ranking.js';
import { REGIME_NAMES } from '../../democracy/regimes.js';
import { messages } from '../../core/i18n.js';
import { AMOUNT_COLORS, DONOR_FILL, REGIME_PATTERNS, amountLegend, fillForAmount } from './amount-scale.js';
import type { CountryLook } from './country-layer.js';

const msg = messages({
  'aidMap.l.amount': 'Legend: {measure}, {unit}',
  'aidMap.l.amt': 'amount',
  'aidMap.l.under': 'under {high}',
  'aidMap.l.range': '{low}–{high}',
  'aidMap.l.over': '{low} +',
  'aidMap.l.noneNr': 'None recorded or not reported',
  'aidMap.l.none': 'None recorded',
  'aidMap.l.donor': 'United States (donor)',
  'aidMap.l.othersAut': 'Other recipients (democracies, or not coded)',
  'aidMap.l.othersDem': 'Other recipients (autocracies, or not coded)',
  'aidMap.l.regime': 'Legend: regime type (V-Dem), shown by lines over the colour',
  'aidMap.l.crossed': '{regime} (crossed lines)',
  'aidMap.l.slanted': '{regime} (slanted lines)',
  'aidMap.l.dem': 'Democracy (no lines)',
});

export interface MapMarksView {
  highlighted: string[];
  selectedCode: string;
  activeCode: string;
  /** The empty group the element fills with the country paths (see CountryLayer). */
  countriesRef: Ref<SVGGElement>;
  /** The empty group the element fills with the regime hatches over them. */
  hatchesRef: Ref<SVGGElement>;
}

/** Pattern definitions; `prefix` keeps the legend's ids apart from the map's. */
export function patterns(prefix: string): TemplateResult {
  return svg`<defs>
    <pattern id="${prefix}none" width="4" height="4" patternUnits="userSpaceOnUse">
      <rect class="none-bg" width="4" height="4"></rect>
      <circle class="none-dot" cx="2" cy="2" r="0.6"></circle>
    </pattern>
    <pattern id="${prefix}closed-autocracy" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <path class="hatch" d="M0 0V6M0 0H6"></path>
    </pattern>
    <pattern id="${prefix}electoral-autocracy" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
      <path class="hatch" d="M0 0V6"></path>
    </pattern>
  </defs>`;
}

/**
 * The map's marks (inside its listbox SVG): the groups of country options
 * (each filled by its amount class, or the no-data dots when nothing is
 * recorded or reported) and of regime hatches, which the element fills (see
 * CountryLayer); highlight, selection and focus outlines. Pure.
 */
export function mapMarks(layout: MapLayout, v: MapMarksView): TemplateResult {
  const active = v.activeCode ? layout.shapes.find((s) => s.code === v.activeCode) : undefined;
  const selected = v.selectedCode ? layout.shapes.find((s) => s.code === v.selectedCode) : undefined;
  const outlined = v.highlighted.length ? layout.shapes.filter((s) => v.highlighted.includes(s.code)) : [];
  return svg`${patterns('')}
    <g class="countries" role="none" ${ref(v.countriesRef)}></g>
    <g class="hatches" role="none" ${ref(v.hatchesRef)}></g>
    ${outlined.map((shape) => svg`<path class="highlight" d=${shape.d} aria-hidden="true"></path>`)}
    ${selected ? svg`<path class="selected" d=${selected.d} aria-hidden="true"></path>` : nothing}
    ${active ? svg`<path class="focus-ring" d=${active.d} aria-hidden="true"></path>` : nothing}`;
}

/** How a country looks for an amount and regime: its fill (the donor's own), whether the filter mutes it, its hatch. */
export function countryLook(
  code: string,
  v: { recipients: Map<string, Recipient>; allRecipients: Map<string, Recipient>; thresholds: number[]; selectedCode: string },
): CountryLook {
  const r = v.recipients.get(code);
  return {
    fill: code === DONOR ? DONOR_FILL : fillForAmount(r?.total, v.thresholds),
    selected: code === v.selectedCode,
    muted: !r && v.allRecipients.has(code),
    hatch: r && r.regime !== null ? REGIME_PATTERNS[r.regime] : undefined,
  };
}

/** What the regime filter leaves uncoloured, in the legend's words. */
const others = (filter: RegimeFilter): string =>
  filter === 'all' ? '' : msg(filter === 'autocracy' ? 'aidMap.l.othersAut' : 'aidMap.l.othersDem');

/**
 * Amount classes (with "None recorded", or "Not reported" where gaps are not
 * zeros), the donor, the recipients the regime filter leaves uncoloured, and
 * what the lines over a country say about its regime.
 */
export function mapLegend(source: MeasureSource | undefined, thresholds: number[], lang: string, filter: RegimeFilter): TemplateResult {
  const unit = source?.unit ?? 'usd';
  const format = (n: number): string => formatShort(unit, n, lang, false);
  const other = others(filter);
  const bounds = (low: number, high: number | null, first: boolean): string =>
    high === null
      ? msg('aidMap.l.over', { low: format(low) })
      : first
        ? msg('aidMap.l.under', { high: format(high) })
        : msg('aidMap.l.range', { low: format(low), high: format(high) });
  const items = source ? amountLegend(thresholds) : AMOUNT_COLORS.map((fill) => ({ fill, low: 0, high: null }));
  const swatch = (fill: string, extra: unknown = nothing, cls = ''): TemplateResult =>
    html`<svg viewBox="0 0 14 14" aria-hidden="true">${patterns('legend-')}<rect class=${cls} width="14" height="14" fill=${fill}></rect>${extra}</svg>`;
  const hatch = (id: string): TemplateResult => swatch('#ffffff', svg`<rect width="14" height="14" fill="url(#legend-${id})" class="regime-hatch"></rect>`);
  return html`<div class="legend" part="legend">
    <ul aria-label=${msg('aidMap.l.amount', { measure: source ? source.label : msg('aidMap.l.amt'), unit: scaleUnit(unit) })}>
      <li class="legend-title" aria-hidden="true">${scaleUnit(unit)}</li>
      ${source
        ? items.map(
            (item, i) =>
              html`<li>${swatch(item.fill)} ${bounds(item.low, item.high, i === 0)}</li>`,
          )
        : nothing}
      <li>${swatch('url(#legend-none)')} ${msg(source?.gaps ? 'aidMap.l.noneNr' : 'aidMap.l.none')}</li>
      <li>${swatch(DONOR_FILL)} ${msg('aidMap.l.donor')}</li>
      ${other ? html`<li>${swatch('', nothing, 'muted')} ${other}</li>` : nothing}
    </ul>
    <ul aria-label=${msg('aidMap.l.regime')}>
      <li>${hatch('closed-autocracy')} ${msg('aidMap.l.crossed', { regime: REGIME_NAMES[0]! })}</li>
      <li>${hatch('electoral-autocracy')} ${msg('aidMap.l.slanted', { regime: REGIME_NAMES[1]! })}</li>
      <li>${swatch('#ffffff')} ${msg('aidMap.l.dem')}</li>
    </ul>
  </div>`;
}
