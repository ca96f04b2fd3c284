import type { Point } from '../../core/tooltip-controller.js';
import type { TipContent } from '../../harm/tooltip.js';
import { messages } from '../../core/i18n.js';
import type { Bin, PlacedStrike } from './bins.js';
import { formatCount } from '../../core/format.js';
import { formatCountRange, harmMsg, isoDate, numberRange } from '../../harm/wording.js';
import { formatReported, placeOf, strikesMsg, type Line } from './describe.js';
import { sumRange, type Count, type Strike } from './strikes.js';
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

/** One record's lines: date, place, strikes, people killed and injured, source. */
export function strikeLines(strike: Strike, lang: string): Line[] {
  return [
    { label: strikesMsg('strikes.date', undefined, lang), value: isoDate(strike.date, lang) },
    { label: strikesMsg('strikes.loc', undefined, lang), value: placeOf(strike) },
    { label: harmMsg('harm.strikes', undefined, lang), value: formatReported(strike.strikes, lang) },
    { label: strikesMsg('strikes.killed', undefined, lang), value: formatReported(strike.killed, lang) },
    { label: strikesMsg('strikes.civ', undefined, lang), value: formatReported(strike.civilians, lang) },
    { label: strikesMsg('strikes.child', undefined, lang), value: formatReported(strike.children, lang) },
    { label: strikesMsg('strikes.inj', undefined, lang), value: formatReported(strike.injured, lang) },
    { label: harmMsg('harm.source', undefined, lang), value: strike.source ? `TBIJ ${strike.id}` : strikesMsg('strikes.noLink', { id: strike.id }, lang) },
  ];
}

/** A cluster's lines: records, strikes, dates, records with civilian deaths, people killed, the hint to zoom in. */
export function binLines(bin: Bin, lang: string): Line[] {
  const dates = bin.members.map((m) => m.strike.date).sort();
  const strikes = bin.members.map((m) => m.strike);
  const sum = (pick: (s: Strike) => [Count, Count]): string => formatCountRange(sumRange(strikes, pick), lang);
  return [
    { label: harmMsg('harm.records', undefined, lang), value: formatCount(bin.members.length, lang) },
    { label: harmMsg('harm.strikes', undefined, lang), value: sum((s) => s.strikes) },
    { label: strikesMsg('strikes.dates', undefined, lang), value: numberRange(dates[0]!, dates[dates.length - 1]!, lang, ' – ') },
    { label: strikesMsg('strikes.withCiv', undefined, lang), value: strikesMsg('strikes.nRec', { count: bin.withCivilians }, lang) },
    { label: strikesMsg('strikes.killed', undefined, lang), value: sum((s) => s.killed) },
    { label: strikesMsg('strikes.civ', undefined, lang), value: sum((s) => s.civilians) },
    { label: strikesMsg('strikes.hint', undefined, lang), value: strikesMsg('strikes.zoomIn', undefined, lang) },
  ];
}

/** A layout point on screen, in stage pixels, for a zoom and a stage `scale` (stage px per layout unit). */
export function onStage(at: Point, zoom: ZoomState, scale: number): Point {
  return { x: (at.x * zoom.k + zoom.x) * scale, y: (at.y * zoom.k + zoom.y) * scale };
}
