import { defineElement } from '../../core/define.js';
import { RightsSanctions } from './sanctions.js';

export { RightsSanctions };

defineElement('rights-sanctions', RightsSanctions);

declare global {
  interface HTMLElementTagNameMap {
    'rights-sanctions': RightsSanctions;
  }
}
