import { defineElement } from '../../core/define.js';
import { RightsHrcMembership } from './hrc-membership.js';

export { RightsHrcMembership };

defineElement('rights-hrc-membership', RightsHrcMembership);

declare global {
  interface HTMLElementTagNameMap {
    'rights-hrc-membership': RightsHrcMembership;
  }
}
