import type { Point } from '../../core/tooltip-controller.js';
import { tipSentence } from '../../harm/tooltip.js';
import { messages } from '../../core/i18n.js';
import { strikeSentence } from './describe.js';
import type { Strike } from './strikes.js';
import { zoomAt, type ZoomState } from '../../geo/zoom.js';

const msg = messages({ 'strikes.noXY': 'No coordinates: not on the map.' });

/** The `data-key` of the mark under an event (a cluster's group carries it for its parts). */
export function keyOf(event: Event): string {
  return (event.target as Element | null)?.closest?.('[data-key]')?.getAttribute('data-key') ?? '';
}

/** Zooms by `factor` around a layout point (a record, a cluster) as it stands on screen, else around the centre. */
export function zoomToward(zoom: ZoomState, factor: number, at: Point | undefined, size: { width: number; height: number }): ZoomState {
  const [px, py] = at ? [at.x * zoom.k + zoom.x, at.y * zoom.k + zoom.y] : [size.width / 2, size.height / 2];
  return zoomAt(zoom, factor, px, py, size.width, size.height);
}

/** The record `step` places from `activeId` in time order, held at the ends (Home and End step by ±Infinity). */
export function stepFrom(shown: readonly Strike[], activeId: string, step: number): Strike | undefined {
  const at = shown.findIndex((s) => s.id === activeId);
  return shown[Math.min(shown.length - 1, Math.max(0, at + step))];
}

/** What a reader hears on focusing record `id`: the record and its place in time order, and whether it is on the map. */
export function focusSentence(shown: readonly Strike[], id: string, onMap: boolean, lang: string): string {
  const strike = shown.find((s) => s.id === id);
  return strike
    ? `${strikeSentence(strike, shown.indexOf(strike) + 1, shown.length, lang)}${onMap ? '' : ` ${msg('strikes.noXY', undefined, lang)}`}`
    : tipSentence(undefined);
}
