import { defineElement } from '../../core/define.js';
import { RightsAssistanceRanking } from './assistance-ranking.js';

export { RightsAssistanceRanking };
export type { AssistanceSelectDetail } from './assistance-ranking.js';

defineElement('rights-assistance-ranking', RightsAssistanceRanking);

declare global {
  interface HTMLElementTagNameMap {
    'rights-assistance-ranking': RightsAssistanceRanking;
  }
}
