import { html, nothing, type TemplateResult } from 'lit';
import type { ListboxHandlers } from './handlers.js';

/**
 * A chart's plot as one focusable listbox: the SVG in its layout size, named
 * for screen readers, pointing at the option with keyboard focus, with the
 * shared pointer, key and focus listeners. `content` is the chart's own SVG
 * (an `svg` template), whose options carry the ids `activeId` names. A map
 * (`kind` "map") is styled and exposed as the map part instead of the chart.
 */
export function listboxPlot(
  size: { width: number; height: number },
  label: string,
  activeId: string | undefined,
  on: ListboxHandlers,
  content: unknown,
  kind: 'plot' | 'map' = 'plot',
): TemplateResult {
  return html`<svg
    class=${kind}
    part=${kind === 'plot' ? 'chart' : 'map'}
    viewBox="0 0 ${size.width} ${size.height}"
    role="listbox"
    tabindex="0"
    aria-label=${label}
    aria-activedescendant=${activeId ?? nothing}
    @pointermove=${on.pointermove}
    @pointerleave=${on.pointerleave}
    @click=${on.click}
    @keydown=${on.keydown}
    @focus=${on.focus}
    @blur=${on.blur}
  >${content}</svg>`;
}
