// The membership for download: one row per member per cycle, oldest cycle
// first, with its regional group, the year its term ends and its regime type;
// the cycle convention, the rating year and the members V-Dem does not rate in
// the notes. Pure.
import { columnsOf, emptyCellNote, passOn, sourceOf, type DataTableResult } from '../../core/export/data-table.js';
import { messages } from '../../core/i18n.js';
import type { SourceMeta } from '../../data/types.js';
import { REGIME_NAMES } from '../../democracy/regimes.js';
import type { Membership } from './cycles.js';
import { cycleLabel, groupName } from './describe.js';

const msg = messages({
  'hrc.csvCycle': 'Cycle',
  'hrc.csvStart': 'Cycle start',
  'hrc.csvEnd': 'Cycle end',
  'hrc.csvCode': 'ISO3 code',
  'hrc.csvCountry': 'Member',
  'hrc.csvGroup': 'UN regional group',
  'hrc.csvExpires': 'Term ends (year)',
  'hrc.csvRegimeYear': 'Year of the regime rating',
  'hrc.csvRegime': 'Regime type (V-Dem Regimes of the World)',
  'hrc.csvNote': 'Change during the cycle (in English, as the UN records give it)',
  'hrc.csvOrder': 'Oldest cycle first.',
});

export function membershipDataTable(title: string, metas: readonly SourceMeta[], m: Membership, groups: readonly string[], name: (code: string) => string, notes: string[]): DataTableResult {
  return passOn(metas, () => ({
    title,
    sources: metas.map(sourceOf),
    notes: [...notes, msg('hrc.csvOrder'), emptyCellNote()],
    columns: columnsOf(
      msg('hrc.csvCycle'),
      msg('hrc.csvStart'),
      msg('hrc.csvEnd'),
      msg('hrc.csvCode'),
      msg('hrc.csvCountry'),
      msg('hrc.csvGroup'),
      msg('hrc.csvExpires'),
      msg('hrc.csvRegimeYear'),
      msg('hrc.csvRegime'),
      msg('hrc.csvNote'),
    ),
    rows: m.cycles.flatMap((c) =>
      c.members.map((member) => [
        cycleLabel(c),
        c.start,
        c.end,
        member.code,
        name(member.code),
        groupName(groups[member.group]),
        member.expires,
        c.ratingYear,
        member.regime === null ? null : REGIME_NAMES[member.regime]!,
        member.note,
      ]),
    ),
  }));
}
