import { defineElement } from '../../core/define.js';
import { RightsDemocracyChange } from './democracy-change.js';

export { RightsDemocracyChange };

defineElement('rights-democracy-change', RightsDemocracyChange);

declare global {
  interface HTMLElementTagNameMap {
    'rights-democracy-change': RightsDemocracyChange;
  }
}
