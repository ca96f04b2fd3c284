import type { Point } from '../../core/tooltip-controller.js';
import type { TipContent } from '../../harm/tooltip.js';
import { messages } from '../../core/i18n.js';
import { harmMsg, isoDate } from '../../harm/wording.js';
import type { Bin, PlacedStrike } from './bins.js';
import { binLines, strikeLines } from './describe.js';
import type { ZoomState } from '../../geo/zoom.js';

const msg = messages({ 'strikes.near': { other: '# TBIJ records near here' } });

export interface MapTip extends TipContent {
  /** Layout coordinates (before zoom) of the mark described. */
  at: Point;
}

/**
 * What the tooltip shows for the mark under the pointer (`pointerKey`) or the
 * focused record (`activeId`): one record, or a cluster of records.
 */
export function mapTip(
  pointerKey: string,
  activeId: string,
  placed: PlacedStrike[],
  bins: Bin[],
  name: (code: string) => string,
  lang: string,
): MapTip | undefined {
  const key = pointerKey || activeId;
  if (!key) return undefined;
  const focused = key === activeId ? placed.find((p) => p.strike.id === key) : undefined;
  const single = !pointerKey ? focused : undefined;
  const bin = single ? undefined : bins.find((b) => b.key === key);
  const lone = bin?.members.length === 1 ? { strike: bin.members[0]!.strike, x: bin.x, y: bin.y } : undefined;
  const point = single ?? lone ?? focused;
  if (point) return { title: harmMsg('harm.title', { name: name(point.strike.country), when: isoDate(point.strike.date, lang) }, lang), lines: strikeLines(point.strike, lang), at: point };
  if (bin) return { title: msg('strikes.near', { count: bin.members.length }, lang), lines: binLines(bin, lang), at: bin };
  return undefined;
}

/** A layout point on screen, in stage pixels, for a zoom and a stage `scale` (stage px per layout unit). */
export function onStage(at: Point, zoom: ZoomState, scale: number): Point {
  return { x: (at.x * zoom.k + zoom.x) * scale, y: (at.y * zoom.k + zoom.y) * scale };
}
