import { defineElement } from '../../core/define.js';
import { RightsRegimeShare } from './regime-share.js';

export { RightsRegimeShare };

defineElement('rights-regime-share', RightsRegimeShare);

declare global {
  interface HTMLElementTagNameMap {
    'rights-regime-share': RightsRegimeShare;
  }
}
