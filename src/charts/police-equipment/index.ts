import { defineElement } from '../../core/define.js';
import { RightsPoliceEquipment } from './police-equipment.js';

export { RightsPoliceEquipment };
export type { StateSelectDetail } from '../../core/events.js';

defineElement('rights-police-equipment', RightsPoliceEquipment);

declare global {
  interface HTMLElementTagNameMap {
    'rights-police-equipment': RightsPoliceEquipment;
  }
}
