import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import type { MapFrame } from './projection.js';
import { binRadius, strikeRadius, type Bin, type PlacedStrike } from './bins.js';
import { binsInView } from './in-view.js';
import type { ZoomState } from '../../geo/zoom.js';
import { civiliansReported, killedMax } from './strikes.js';
import { strikeSentence } from './describe.js';
import { messages } from '../../core/i18n.js';
import type { ListboxHandlers } from '../../core/handlers.js';
import { LABEL_SIZE, type CountryLabel } from './country-labels.js';

const msg = messages({
  'strikes.role': 'map',
  'strikes.mapL': 'Map of {label}. Arrow keys step through records in time order; plus and minus zoom; shift and arrows pan; Enter selects.',
});

export interface MapViewInput {
  frame: MapFrame;
  /** The frame's outlines, drawn (`OutlineLayers.for(frame)`). */
  outlines: SVGGElement;
  zoom: ZoomState;
  bins: Bin[];
  /** Country names placed clear of the marks (`placeCountryLabels`). */
  labels: CountryLabel[];
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
export function strikeMap({ frame, outlines, zoom, bins, labels, active, position, total, label, lang, on }: MapViewInput): TemplateResult {
  const { k, x, y } = zoom;
  // Only the marks in and around the view are drawn; the same list (the same array) while a pan stays within a tile, so guard skips it.
  // Within a frame, marks keep their elements across zooms (repeat); other countries or another size draw a new group (one removal, not one per mark).
  const marks = binsInView(bins, zoom, frame.width, frame.height);
  return html`<svg
      class="map ${k > 1 ? 'zoomed' : ''}"
      part="map"
      viewBox="0 0 ${frame.width} ${frame.height}"
      role="application"
      aria-roledescription=${msg('strikes.role')}
      tabindex="0"
      aria-label=${msg('strikes.mapL', { label })}
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
        ${outlines}
        ${guard([labels], () => countryLabels(labels))}
        ${keyed(frame, svg`<g class="marks" aria-hidden="true">
          ${guard([marks, k], () => repeat(marks, markId, (bin) => binMark(bin, k)))}
          ${active ? single(active, k, 'active') : nothing}
        </g>`)}
        ${active
          ? svg`<circle class="focus-ring" cx=${active.x} cy=${active.y} r=${(strikeRadius(killedMax(active.strike)) + 4) / k} vector-effect="non-scaling-stroke" aria-hidden="true"></circle>`
          : nothing}
      </g>
    </svg>
    ${active ? html`<span class="visually-hidden">${strikeSentence(active.strike, position, total, lang)}</span>` : nothing}`;
}

/** Names of places, under the marks (they never overlap one) and out of the pointer's way; the summary names the countries for screen readers. */
function countryLabels(labels: CountryLabel[]): TemplateResult {
  return svg`<g class="labels" aria-hidden="true">${labels.map(
    (l) => svg`<text class="country-label${l.focus ? ' focus' : ''}${l.offshore ? ' offshore' : ''}" x=${l.x} y=${l.y} dy="0.35em" font-size=${l.size} stroke-width=${(l.size * 3) / LABEL_SIZE} text-anchor="middle">${l.name}</text>`,
  )}</g>`;
}

/** A mark's identity across zooms, so its elements are re-used: a record's id, or a cluster's earliest record (a record is in one mark only). */
function markId(bin: Bin): string {
  return bin.members.length === 1 ? bin.key : `cluster ${bin.members[0]!.strike.id}`;
}

function single(point: PlacedStrike, k: number, extra = ''): TemplateResult {
  const kind = civiliansReported(point.strike) ? 'strike civilian' : 'strike none';
  return svg`<circle class="${kind} ${extra}" data-key=${point.strike.id}
    cx=${point.x} cy=${point.y} r=${strikeRadius(killedMax(point.strike)) / k} vector-effect="non-scaling-stroke"></circle>`;
}

/**
 * A cluster: a ring sized by people killed, an inner disc for the share of
 * records with civilian deaths, the number of records once the ring is big
 * enough. Its group carries its key (the pointer finds it from the parts);
 * one template per combination of parts, so a cluster is one clone.
 */
function binMark(bin: Bin, k: number): TemplateResult {
  if (bin.members.length === 1) return single(bin.members[0]!, k);
  const r = binRadius(bin) / k;
  const inner = r * Math.sqrt(bin.withCivilians / bin.members.length);
  const { key, x, y } = bin;
  const count = bin.members.length;
  const size = 10 / k;
  // The halo's width in layout units, so it stays 3 px on screen at any zoom (a CSS width would grow with the zoom).
  const halo = 3 / k;
  if (r * k >= 9) {
    return inner > 0
      ? svg`<g class="cluster" data-key=${key}><circle class="cluster-ring" cx=${x} cy=${y} r=${r} vector-effect="non-scaling-stroke"></circle><circle class="cluster-civilian" cx=${x} cy=${y} r=${inner} vector-effect="non-scaling-stroke"></circle><text class="cluster-count" x=${x} y=${y} dy="0.35em" font-size=${size} stroke-width=${halo} text-anchor="middle">${count}</text></g>`
      : svg`<g class="cluster" data-key=${key}><circle class="cluster-ring" cx=${x} cy=${y} r=${r} vector-effect="non-scaling-stroke"></circle><text class="cluster-count" x=${x} y=${y} dy="0.35em" font-size=${size} stroke-width=${halo} text-anchor="middle">${count}</text></g>`;
  }
  return inner > 0
    ? svg`<g class="cluster" data-key=${key}><circle class="cluster-ring" cx=${x} cy=${y} r=${r} vector-effect="non-scaling-stroke"></circle><circle class="cluster-civilian" cx=${x} cy=${y} r=${inner} vector-effect="non-scaling-stroke"></circle></g>`
    : svg`<g class="cluster" data-key=${key}><circle class="cluster-ring" cx=${x} cy=${y} r=${r} vector-effect="non-scaling-stroke"></circle></g>`;
}
