/**
 * The listeners of a chart's focusable list of marks (a map's countries, a
 * chart's bars or country-years): the pointer shows a mark's tooltip, a click
 * or Enter selects it, focus and keys move through the marks. Views take them
 * as one object; Lit calls them with the element as `this`.
 */
export interface ListboxHandlers {
  pointermove: (event: PointerEvent) => void;
  pointerleave: (event: PointerEvent) => void;
  click: (event: MouseEvent) => void;
  keydown: (event: KeyboardEvent) => void;
  focus: () => void;
  blur: () => void;
}
