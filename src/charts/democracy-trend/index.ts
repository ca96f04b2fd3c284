import { defineElement } from '../../core/define.js';
import { RightsDemocracyTrend } from './democracy-trend.js';

export { RightsDemocracyTrend };
export type { CountriesChangeDetail } from './democracy-trend.js';

defineElement('rights-democracy-trend', RightsDemocracyTrend);

declare global {
  interface HTMLElementTagNameMap {
    'rights-democracy-trend': RightsDemocracyTrend;
  }
}
