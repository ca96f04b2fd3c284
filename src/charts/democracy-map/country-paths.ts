import type { MapShape } from '../../geo/map-layout.js';
import { OptionNames } from '../../core/option-names.js';

/** What a country's shape shows: its colour and whether it is selected. */
export interface CountryLook {
  fill: string;
  selected: boolean;
}

/** What the shapes show and say, with keys naming everything each depends on. */
export interface CountryState {
  lookKey: string;
  look: (code: string) => CountryLook;
  /** The options' accessible names ("Hungary: 0.45"), written when idle (OptionNames). */
  labelKey: string;
  label: (code: string) => string;
  /** The focused option (the listbox's aria-activedescendant), whose name is written at once. */
  active: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The map's country shapes (listbox options), drawn into a group the element's
 * template leaves empty. Built directly rather than as a Lit template per path:
 * on first render that saves a template instance and six attribute parts for
 * each of the ~176 countries, and a year change writes only the attributes
 * whose values changed: the colours at once, the names when idle.
 */
export class CountryPaths {
  private group?: SVGGElement;
  private shapes?: MapShape[];
  private paths: SVGPathElement[] = [];
  private looks: (CountryLook | undefined)[] = [];
  private lookKey?: string;
  private readonly names = new OptionNames();

  /** Makes `group` hold one path per shape, looking and named as `state` says. Unchanged keys (hover and focus re-renders) write nothing. */
  sync(group: SVGGElement, shapes: MapShape[], state: CountryState): void {
    if (group !== this.group || shapes !== this.shapes) {
      this.build(group, shapes);
      this.writeLooks(state);
      this.names.reset(this.paths, shapes.map((shape) => shape.code), [state.labelKey], state.label);
      return;
    }
    if (state.lookKey !== this.lookKey) this.writeLooks(state);
    this.names.update([state.labelKey], state.label, state.active);
  }

  private writeLooks(state: CountryState): void {
    this.lookKey = state.lookKey;
    const shapes = this.shapes!;
    for (let i = 0; i < shapes.length; i++) {
      const look = state.look(shapes[i]!.code);
      const path = this.paths[i]!;
      const before = this.looks[i];
      if (look.fill !== before?.fill) path.setAttribute('fill', look.fill);
      if (look.selected !== (before?.selected ?? false)) {
        if (look.selected) path.setAttribute('aria-selected', 'true');
        else path.removeAttribute('aria-selected');
      }
      this.looks[i] = look;
    }
  }

  private build(group: SVGGElement, shapes: MapShape[]): void {
    this.paths = shapes.map((shape) => {
      const path = document.createElementNS(SVG_NS, 'path');
      path.id = `c-${shape.code}`;
      path.setAttribute('class', 'country');
      path.setAttribute('role', 'option');
      path.setAttribute('data-code', shape.code);
      path.setAttribute('d', shape.d);
      return path;
    });
    group.replaceChildren(...this.paths);
    this.group = group;
    this.shapes = shapes;
    this.looks = [];
  }
}
