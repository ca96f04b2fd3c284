import { defineElement } from '../../core/define.js';
import { RightsAssistanceMap } from './assistance-map.js';

export { RightsAssistanceMap };
export type { AssistanceMapSelectDetail } from './assistance-map.js';

defineElement('rights-assistance-map', RightsAssistanceMap);

declare global {
  interface HTMLElementTagNameMap {
    'rights-assistance-map': RightsAssistanceMap;
  }
}
