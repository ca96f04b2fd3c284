import { html, type TemplateResult } from 'lit';
import { messages } from '../../core/i18n.js';
import { harmMsg } from '../../harm/wording.js';
import { zoomButtons } from '../../geo/map-zoom.js';
import { renderToolbar } from '../../core/toolbar.js';

const msg = messages({
  'strikes.kOne': 'One TBIJ record with civilian deaths reported',
  'strikes.kNone': 'One TBIJ record, no civilian deaths reported',
  'strikes.kGroup': 'A group of nearby records. Its number counts TBIJ records, not strikes: one record can stand for several strikes. Shaded centre: the share with civilian deaths reported. Zoom in to separate.',
  'strikes.kSize': 'Bigger circle: more people killed (the higher reported figure)',
});

/**
 * The key. Fill and ring tell civilian deaths apart (not colour alone). A
 * cluster's number is `members.length` (bins.ts): TBIJ records, which is not
 * a number of strikes; circle sizes grow with people killed (`strikeRadius`,
 * `binRadius`, from TBIJ's higher figure).
 */
export function strikeLegend(): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${harmMsg('harm.key')}>
    <li><svg viewBox="0 0 16 16" aria-hidden="true"><circle class="strike civilian" cx="8" cy="8" r="5"></circle></svg>${msg('strikes.kOne')}</li>
    <li><svg viewBox="0 0 16 16" aria-hidden="true"><circle class="strike none" cx="8" cy="8" r="5"></circle></svg>${msg('strikes.kNone')}</li>
    <li>
      <svg viewBox="0 0 20 20" class="swatch-group" aria-hidden="true"><circle class="cluster-ring" cx="10" cy="10" r="8.5"></circle><circle class="cluster-civilian" cx="10" cy="10" r="4.5"></circle></svg>
      <span>${msg('strikes.kGroup')}</span>
    </li>
    <li>
      <svg viewBox="0 0 26 16" class="swatch-size" aria-hidden="true"><circle class="strike none" cx="5" cy="10" r="3"></circle><circle class="strike none" cx="17" cy="8" r="7"></circle></svg>
      <span>${msg('strikes.kSize')}</span>
    </li>
  </ul>`;
}

export interface ToolbarInput {
  /** Zoom buttons off (no map yet, or the table shown). */
  disabled: boolean;
  table: boolean;
  zoom: (factor: number) => void;
  reset: () => void;
  toggle: () => void;
}

/** Zoom in, out and reset, and the table switch. */
export function mapToolbar({ disabled, table, zoom, reset, toggle }: ToolbarInput): TemplateResult {
  return renderToolbar([], { on: table, toggle }, zoomButtons(disabled, zoom, reset));
}
