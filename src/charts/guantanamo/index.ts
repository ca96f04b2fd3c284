import { defineElement } from '../../core/define.js';
import { RightsGuantanamo } from './guantanamo.js';

export { RightsGuantanamo };

defineElement('rights-guantanamo', RightsGuantanamo);

declare global {
  interface HTMLElementTagNameMap {
    'rights-guantanamo': RightsGuantanamo;
  }
}
