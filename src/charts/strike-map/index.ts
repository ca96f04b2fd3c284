import { defineElement } from '../../core/define.js';
import { RightsStrikeMap } from './strike-map.js';

export { RightsStrikeMap };
export type { StrikeSelectDetail, StrikeMapDisplay } from './strike-map.js';

defineElement('rights-strike-map', RightsStrikeMap);

declare global {
  interface HTMLElementTagNameMap {
    'rights-strike-map': RightsStrikeMap;
  }
}
