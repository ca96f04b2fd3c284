import { render, svg } from 'lit';
import type { MapFrame } from './projection.js';
import { Recent } from './memo.js';

/**
 * The outlines of a map's last few frames, each drawn once: a group of paths
 * per frame, put back when the reader returns to those countries or that
 * size. Setting a path's `d` parses it, the costliest part of drawing a
 * frame; a country change back re-uses the parsed paths. One per element (a
 * node is in one place at a time).
 */
export class OutlineLayers {
  private readonly drawn: Recent<MapFrame, SVGGElement>;

  constructor(kept = 6) {
    this.drawn = new Recent(kept);
  }

  for(frame: MapFrame): SVGGElement {
    return this.drawn.get(frame, () => {
      const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
      group.setAttribute('aria-hidden', 'true');
      render(frame.shapes.map((s) => svg`<path class="land ${s.focus ? 'focus-country' : ''}" d=${s.d} vector-effect="non-scaling-stroke"></path>`), group);
      return group;
    });
  }
}
