import { defineElement } from '../../core/define.js';
import { RightsRefugeeAdmissions } from './refugee-admissions.js';

export { RightsRefugeeAdmissions };

defineElement('rights-refugee-admissions', RightsRefugeeAdmissions);

declare global {
  interface HTMLElementTagNameMap {
    'rights-refugee-admissions': RightsRefugeeAdmissions;
  }
}
