import { defineElement } from '../../core/define.js';
import { RightsCorruption } from './corruption.js';

export { RightsCorruption };

defineElement('rights-corruption', RightsCorruption);

declare global {
  interface HTMLElementTagNameMap {
    'rights-corruption': RightsCorruption;
  }
}
