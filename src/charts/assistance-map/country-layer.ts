import type { MapShape } from '../../geo/map-layout.js';
import type { OptionNames } from '../../core/option-names.js';

/** What a country's shape shows: its amount class, its state and its regime hatch. */
export interface CountryLook {
  fill: string;
  selected: boolean;
  /** A recipient left uncoloured by the regime filter. */
  muted: boolean;
  /** The regime pattern laid over the fill (`url(#closed-autocracy)`), or undefined for none. */
  hatch: string | undefined;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The countries' accessible names: `key` lists everything `of` depends on;
 * `active` is the focused country. With a `writer` (it comes with the map's
 * interaction code, fetched as the map is first drawn) a change of names is
 * written when idle; until it has come, with the colours.
 */
export interface CountryNaming {
  key: readonly unknown[];
  of: (code: string) => string;
  active: string;
  writer?: OptionNames;
}

/**
 * The map's country shapes (listbox options) and their regime hatches, drawn
 * into two groups the template leaves empty. Built directly rather than as a
 * Lit template per path: on first render that saves a template instance and
 * seven attribute parts for each of the ~176 countries, and a year change
 * writes only the attributes whose values changed, and adds or removes only
 * the hatches that changed; the names, when the main thread is next idle.
 */
export class CountryLayer {
  private countries?: SVGGElement;
  private hatches?: SVGGElement;
  private shapes?: MapShape[];
  private paths: SVGPathElement[] = [];
  /** One hatch path per shape, made when first needed; in the hatch group only while its country is hatched. */
  private hatchPaths: (SVGPathElement | undefined)[] = [];
  private looks: (CountryLook | undefined)[] = [];
  private key: readonly unknown[] = [];
  private writer?: OptionNames;

  /**
   * Makes `countries` hold one path per shape and `hatches` one hatch per
   * hatched shape, each looking as `lookOf` says. `key` lists everything
   * `lookOf` depends on: when every entry is unchanged (same values, same
   * objects) with the same groups and shapes, there is nothing to do (hover
   * and focus re-renders). The names follow `naming`.
   */
  sync(countries: SVGGElement, hatches: SVGGElement, shapes: MapShape[], key: readonly unknown[], lookOf: (code: string) => CountryLook, naming: CountryNaming): void {
    const fresh = countries !== this.countries || hatches !== this.hatches || shapes !== this.shapes;
    if (fresh) this.build(countries, hatches, shapes);
    const { writer } = naming;
    if (writer && (fresh || writer !== this.writer)) writer.reset(this.paths, shapes.map((shape) => shape.code), naming.key, naming.of);
    else writer?.update(naming.key, naming.of, naming.active);
    this.writer = writer;
    if (!fresh && key.length === this.key.length && key.every((k, i) => Object.is(k, this.key[i]))) return;
    this.key = key;
    // The next hatch already in the group after shape i, so a new one goes in shape order.
    let next: SVGPathElement | null = null;
    for (let i = shapes.length - 1; i >= 0; i--) {
      const shape = shapes[i]!;
      const look = lookOf(shape.code);
      const path = this.paths[i]!;
      const before = this.looks[i];
      if (look.fill !== before?.fill) path.setAttribute('fill', look.fill);
      if (!writer) path.setAttribute('aria-label', naming.of(shape.code));
      if (look.selected !== before?.selected) path.setAttribute('aria-selected', look.selected ? 'true' : 'false');
      if (look.muted !== before?.muted) path.setAttribute('class', look.muted ? 'country muted' : 'country ');
      let hatch = this.hatchPaths[i];
      if (look.hatch !== before?.hatch) {
        if (look.hatch) {
          if (!hatch) this.hatchPaths[i] = hatch = hatchPath(shape.d);
          hatch.setAttribute('fill', look.hatch);
          if (!before?.hatch) hatches.insertBefore(hatch, next);
        } else if (hatch) {
          hatch.remove();
        }
      }
      if (look.hatch) next = hatch!;
      this.looks[i] = look;
    }
  }

  private build(countries: SVGGElement, hatches: SVGGElement, shapes: MapShape[]): void {
    this.paths = shapes.map((shape) => {
      const path = document.createElementNS(SVG_NS, 'path');
      path.id = `c-${shape.code}`;
      path.setAttribute('role', 'option');
      path.setAttribute('data-code', shape.code);
      path.setAttribute('d', shape.d);
      return path;
    });
    countries.replaceChildren(...this.paths);
    hatches.replaceChildren();
    this.countries = countries;
    this.hatches = hatches;
    this.shapes = shapes;
    this.hatchPaths = [];
    this.looks = [];
    this.key = [];
  }
}

function hatchPath(d: string): SVGPathElement {
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('class', 'regime-hatch');
  path.setAttribute('d', d);
  path.setAttribute('aria-hidden', 'true');
  return path;
}
