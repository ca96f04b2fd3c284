import { html, nothing, svg, type TemplateResult } from 'lit';
import type { MapFrame } from './projection.js';
import { binRadius, strikeRadius, type Bin, type PlacedStrike } from './bins.js';
import type { ZoomState } from './zoom.js';
import { civiliansReported, killedMax } from './strikes.js';
import { strikeSentence } from './describe.js';
import type { ListboxHandlers } from '../../core/handlers.js';

export interface MapViewInput {
  frame: MapFrame;
  zoom: ZoomState;
  bins: Bin[];
  /** The focused record, drawn on its own so a cluster opens for it. */
  active: PlacedStrike | undefined;
  /** Its place in time order (1-based) among `total` records shown. */
  position: number;
  total: number;
  /** "1,691 TBIJ records (6,438–6,482 strikes) in Pakistan, …": the map's accessible name starts with it. */
  label: string;
  lang: string;
  /** The list's listeners plus the pan and zoom gestures. */
  on: ListboxHandlers & {
    pointerdown: (event: PointerEvent) => void;
    pointerup: (event: PointerEvent) => void;
    wheel: (event: WheelEvent) => void;
  };
}

/** The map: framed countries, one dot per record or a cluster ring, and the focused record with its ring. */
export function strikeMap({ frame, zoom, bins, active, position, total, label, lang, on }: MapViewInput): TemplateResult {
  const { k, x, y } = zoom;
  return html`<svg
      class="map ${k > 1 ? 'zoomed' : ''}"
      part="map"
      viewBox="0 0 ${frame.width} ${frame.height}"
      role="application"
      aria-roledescription="map"
      tabindex="0"
      aria-label="Map of ${label}. Arrow keys step through records in time order; plus and minus zoom; shift and arrows pan; Enter selects."
      @pointerdown=${on.pointerdown}
      @pointermove=${on.pointermove}
      @pointerup=${on.pointerup}
      @pointercancel=${on.pointerup}
      @pointerleave=${on.pointerleave}
      @wheel=${on.wheel}
      @click=${on.click}
      @keydown=${on.keydown}
      @focus=${on.focus}
      @blur=${on.blur}
    >
      <rect class="sea" width=${frame.width} height=${frame.height}></rect>
      <g transform="translate(${x} ${y}) scale(${k})">
        <g aria-hidden="true">
          ${frame.shapes.map((s) => svg`<path class="land ${s.focus ? 'focus-country' : ''}" d=${s.d} vector-effect="non-scaling-stroke"></path>`)}
        </g>
        <g class="marks" aria-hidden="true">
          ${bins.map((bin) => binMark(bin, k))}
          ${active ? single(active, k, 'active') : nothing}
        </g>
        ${active
          ? svg`<circle class="focus-ring" cx=${active.x} cy=${active.y} r=${(strikeRadius(killedMax(active.strike)) + 4) / k} vector-effect="non-scaling-stroke" aria-hidden="true"></circle>`
          : nothing}
      </g>
    </svg>
    ${active ? html`<span class="visually-hidden">${strikeSentence(active.strike, position, total, lang)}</span>` : nothing}`;
}

function single(point: PlacedStrike, k: number, extra = ''): TemplateResult {
  const civilian = civiliansReported(point.strike);
  return svg`<circle class="strike ${civilian ? 'civilian' : 'none'} ${extra}" data-key=${point.strike.id}
    cx=${point.x} cy=${point.y} r=${strikeRadius(killedMax(point.strike)) / k} vector-effect="non-scaling-stroke"></circle>`;
}

/** A cluster: a ring sized by people killed, an inner disc for the share of records with civilian deaths, the number of records. */
function binMark(bin: Bin, k: number): TemplateResult {
  if (bin.members.length === 1) return single(bin.members[0]!, k);
  const r = binRadius(bin) / k;
  const inner = r * Math.sqrt(bin.withCivilians / bin.members.length);
  return svg`<g class="cluster" data-key=${bin.key}>
    <circle class="cluster-ring" data-key=${bin.key} cx=${bin.x} cy=${bin.y} r=${r} vector-effect="non-scaling-stroke"></circle>
    ${inner > 0 ? svg`<circle class="cluster-civilian" data-key=${bin.key} cx=${bin.x} cy=${bin.y} r=${inner}></circle>` : nothing}
    ${r * k >= 9 ? svg`<text class="cluster-count" data-key=${bin.key} x=${bin.x} y=${bin.y} dy="0.35em" font-size=${10 / k} text-anchor="middle">${bin.members.length}</text>` : nothing}
  </g>`;
}
