import { defineElement } from '../../core/define.js';
import { RightsTimeline } from './rights-timeline.js';

export { RightsTimeline };

defineElement('rights-timeline', RightsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'rights-timeline': RightsTimeline;
  }
}
