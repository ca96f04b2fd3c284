import { defineElement } from '../../core/define.js';
import { RightsAssistanceVsDemocracy } from './assistance-vs-democracy.js';

export { RightsAssistanceVsDemocracy };
export type { AssistanceScatterSelectDetail } from './assistance-vs-democracy.js';

defineElement('rights-assistance-vs-democracy', RightsAssistanceVsDemocracy);

declare global {
  interface HTMLElementTagNameMap {
    'rights-assistance-vs-democracy': RightsAssistanceVsDemocracy;
  }
}
