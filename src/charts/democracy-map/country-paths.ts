import type { MapShape } from '../../geo/map-layout.js';

/** What a country's shape shows: its colour, its accessible name, whether it is selected. */
export interface CountryLook {
  fill: string;
  label: string;
  selected: boolean;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The map's country shapes (listbox options), drawn into a group the element's
 * template leaves empty. Built directly rather than as a Lit template per path:
 * on first render that saves a template instance and six attribute parts for
 * each of the ~176 countries, and a year change writes only the attributes
 * whose values changed.
 */
export class CountryPaths {
  private group?: SVGGElement;
  private shapes?: MapShape[];
  private paths: SVGPathElement[] = [];
  private looks: (CountryLook | undefined)[] = [];
  private key?: string;

  /**
   * Makes `group` hold one path per shape, each looking as `lookOf` says.
   * `key` names everything `lookOf` depends on: an unchanged key with the same
   * group and shapes means there is nothing to do (hover and focus re-renders).
   */
  sync(group: SVGGElement, shapes: MapShape[], key: string, lookOf: (code: string) => CountryLook): void {
    if (group !== this.group || shapes !== this.shapes) {
      this.build(group, shapes);
    } else if (key === this.key) {
      return;
    }
    this.key = key;
    for (let i = 0; i < shapes.length; i++) {
      const look = lookOf(shapes[i]!.code);
      const path = this.paths[i]!;
      const before = this.looks[i];
      if (look.fill !== before?.fill) path.setAttribute('fill', look.fill);
      if (look.label !== before?.label) path.setAttribute('aria-label', look.label);
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
