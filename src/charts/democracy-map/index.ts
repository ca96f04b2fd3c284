import { defineElement } from '../../core/define.js';
import { RightsDemocracyMap } from './democracy-map.js';

export { RightsDemocracyMap };
export type { YearChangeDetail, SelectDetail } from './democracy-map.js';

defineElement('rights-democracy-map', RightsDemocracyMap);

declare global {
  interface HTMLElementTagNameMap {
    'rights-democracy-map': RightsDemocracyMap;
  }
}
