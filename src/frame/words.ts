// The iframe page's own notices (frame/page.ts), in its own module so that the
// catalogue check can read their English without drawing a page.
import { messages } from '../core/i18n.js';

export const frameMessage = messages({
  'frame.noChart': 'No chart "{chart}". Use chart= with one of: {charts}.',
  'frame.ignored': {
    one: 'Ignored {names}: not a setting of this chart ({known}).',
    other: 'Ignored {names}: not settings of this chart ({known}).',
  },
});
