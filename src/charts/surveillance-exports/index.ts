import { defineElement } from '../../core/define.js';
import { RightsSurveillanceExports } from './surveillance-exports.js';

export { RightsSurveillanceExports };
export type { SurveillanceSelectDetail } from './surveillance-exports.js';

defineElement('rights-surveillance-exports', RightsSurveillanceExports);

declare global {
  interface HTMLElementTagNameMap {
    'rights-surveillance-exports': RightsSurveillanceExports;
  }
}
