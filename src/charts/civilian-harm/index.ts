import { defineElement } from '../../core/define.js';
import { RightsCivilianHarm } from './civilian-harm.js';

export { RightsCivilianHarm };
export type { HarmSelectDetail, HarmView, HarmDisplay, HarmContext, HarmMeasure } from './civilian-harm.js';

defineElement('rights-civilian-harm', RightsCivilianHarm);

declare global {
  interface HTMLElementTagNameMap {
    'rights-civilian-harm': RightsCivilianHarm;
  }
}
