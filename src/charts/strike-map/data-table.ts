// The strike map's data for download: the TBIJ records shown, one row each,
// as its table view lists them. TBIJ's records are withheld by their terms
// (core/export/data-table.ts), so readers get the reason; the table below is
// what the file would hold if the terms allowed it. Map positions, added by a
// third party without a licence, are never in it. Pure.
import { columnsOf, emptyCellNote, passOn, sourceOf, type DataCell, type DataTableResult } from '../../core/export/data-table.js';
import type { SourceMeta } from '../../data/types.js';
import { messages } from '../../core/i18n.js';
import { harmMsg } from '../../harm/wording.js';
import { strikesMsg } from './describe.js';
import type { Count, Strike } from './strikes.js';

const msg = messages({
  'strikes.place': 'Place',
  'strikes.srcPage': 'Source page',
});

// Labels are read when the table is made, in its language.
const COUNTS: [() => string, (s: Strike) => [Count, Count]][] = [
  [() => harmMsg('harm.strikes'), (s) => s.strikes],
  [() => strikesMsg('strikes.killedP'), (s) => s.killed],
  [() => harmMsg('harm.civ'), (s) => s.civilians],
  [() => harmMsg('harm.child'), (s) => s.children],
  [() => harmMsg('harm.inj'), (s) => s.injured],
];

export function strikeDataTable(title: string, shown: readonly Strike[], caption: string, meta: SourceMeta, name: (code: string) => string): DataTableResult {
  return passOn([meta], () => ({
    title,
    sources: [sourceOf(meta)],
    notes: [strikesMsg('strikes.ranges', { caption }), ...meta.caveats, emptyCellNote()],
    columns: columnsOf(
      strikesMsg('strikes.record'),
      strikesMsg('strikes.date'),
      harmMsg('harm.country'),
      harmMsg('harm.iso'),
      msg('strikes.place'),
      ...COUNTS.flatMap(([label]) => [harmMsg('harm.lowR', { label: label() }), harmMsg('harm.highR', { label: label() })]),
      msg('strikes.srcPage'),
    ),
    rows: shown.map((s): DataCell[] => [
      s.id,
      s.date,
      name(s.country),
      s.country,
      s.location.trim() || null,
      ...COUNTS.flatMap(([, pick]) => pick(s)),
      s.source ? (/^https?:/i.test(s.source) ? s.source : `https://${s.source}`) : null,
    ]),
  }));
}
