// The Council's membership cycles as the chart reads them: each cycle's
// members with their regional group, the year their term ends and V-Dem's
// Regimes of the World rating of the year the cycle began (null where V-Dem
// gives none: never guessed), the counts per regime, and the U.S. standing.
// Pure.
import type { UnhrcMembership } from '../../data/hrc-membership.js';
import type { VdemV15 } from '../../data/democracy.js';
import { valueAt } from '../../data/types.js';

/** Regimes of the World codes 0–3 (closed / electoral autocracy, electoral / liberal democracy). */
export const REGIMES = [0, 1, 2, 3] as const;

export interface Member {
  code: string;
  /** Index into the data's regional groups. */
  group: number;
  /** The year the member's term expires. */
  expires: number;
  /** Regimes of the World code in the rating year, or null: V-Dem gives none. */
  regime: number | null;
  /** A mid-cycle change (suspension, withdrawal, by-election), in English as the data has it, else null. */
  note: string | null;
}

/** Where the United States stood in a cycle: a member throughout, a member that withdrew during it, or not a member. */
export type UsStanding = 'member' | 'withdrew' | 'absent';

export interface Cycle {
  /** Position in the data, oldest first. */
  index: number;
  /** "2006-07" (June–June) or "2013" (calendar year), as the data labels it. */
  id: string;
  /** The year the cycle began, which labels its column. */
  year: number;
  /** The year it ended (2007 for 2006-07; the same year for a calendar year). */
  lastYear: number;
  /** ISO dates. */
  start: string;
  end: string;
  /** Read from the Council's recorded votes, or from General Assembly election results. */
  basis: 'votes' | 'elections';
  /** The year whose V-Dem rating is read: the year the cycle began. */
  ratingYear: number;
  /** Whether V-Dem's data reach that year at all. */
  rated: boolean;
  members: Member[];
  /** Members per Regimes of the World code 0–3. */
  counts: [number, number, number, number];
  /** Members V-Dem gives no rating for that year. */
  notRated: number;
  us: UsStanding;
}

export interface Membership {
  cycles: Cycle[];
  /** Seats on the Council: the smallest membership of any cycle (a cycle lists more states only where a seat changed hands). */
  seats: number;
  /** The last year V-Dem rates. */
  ratedTo: number;
  /** The cycle in which the United States withdrew, and the first cycle it was a member again after it; null when the data show none. */
  withdrawal: Cycle | null;
  comeback: Cycle | null;
  /** The date of the withdrawal and of the election before the return, from the U.S. events (ISO), else null. */
  withdrawalDate: string | null;
  returnElected: string | null;
}

export const autocracies = (c: Pick<Cycle, 'counts'>): number => c.counts[0] + c.counts[1];
export const democracies = (c: Pick<Cycle, 'counts'>): number => c.counts[2] + c.counts[3];

/** The year a cycle ended: 2007 for "2006-07", 2013 for "2013". */
function lastYearOf(id: string, end: string): number {
  return Number(end.slice(0, 4)) || Number(id.slice(0, 4));
}

/**
 * The cycles joined with V-Dem. A member's note counts for the cycle it names;
 * the U.S. withdrew during a cycle when it has a note there.
 */
export function membership(data: UnhrcMembership, vdem: Pick<VdemV15, 'countries' | 'last'>): Membership {
  const c = data.cycles;
  const notes = new Map<string, string>();
  data.notes.cycle.forEach((cycle, i) => notes.set(`${cycle}|${data.notes.code[i]}`, data.notes.note[i]!));
  const cycles: Cycle[] = c.id.map((id, index) => {
    const year = Number(id.slice(0, 4));
    const rated = year <= vdem.last;
    const members: Member[] = c.members[index]!.map((code, k) => {
      const regime = rated ? valueAt(vdem.countries[code], 'regime', year) : null;
      return {
        code,
        group: data.regions[code] ?? -1,
        expires: c.expires[index]![k]!,
        regime: regime === null || regime === undefined || !(regime in REGIME_INDEX) ? null : regime,
        note: notes.get(`${id}|${code}`) ?? null,
      };
    });
    const counts: [number, number, number, number] = [0, 0, 0, 0];
    for (const m of members) if (m.regime !== null) counts[m.regime]! += 1;
    const usMember = members.find((m) => m.code === 'USA');
    return {
      index,
      id,
      year,
      lastYear: lastYearOf(id, c.end[index]!),
      start: c.start[index]!,
      end: c.end[index]!,
      basis: c.basis[index]!,
      ratingYear: year,
      rated,
      members,
      counts,
      notRated: members.filter((m) => m.regime === null).length,
      us: usMember ? (usMember.note ? 'withdrew' : 'member') : 'absent',
    };
  });
  const withdrawal = cycles.find((x) => x.us === 'withdrew') ?? null;
  const comeback = withdrawal ? (cycles.find((x) => x.index > withdrawal.index && x.us === 'member') ?? null) : null;
  const e = data.usEvents;
  const withdrawalAt = e.statusAfter.indexOf('withdrawn');
  // The election that brought the U.S. back: the last event before the return cycle's start that left it a member.
  const elected = comeback ? e.date.map((date, i) => ({ date, after: e.statusAfter[i] })).filter((x) => x.after === 'member' && x.date < comeback.start).pop() : undefined;
  return {
    cycles,
    seats: Math.min(...cycles.map((x) => x.members.length)),
    ratedTo: vdem.last,
    withdrawal,
    comeback,
    withdrawalDate: withdrawalAt >= 0 ? e.date[withdrawalAt]! : null,
    returnElected: elected?.date ?? null,
  };
}

const REGIME_INDEX: Record<number, true> = { 0: true, 1: true, 2: true, 3: true };

/** The cycle a reader names: its label ("2009-10", "2013"), or a year: the cycle that began in it, else the one running through it (2012: 2011-12). */
export function findCycle(cycles: readonly Cycle[], raw: string): Cycle | undefined {
  const text = raw.trim().replace(/[–—]/g, '-');
  const exact = cycles.find((c) => c.id === text);
  if (exact || !/^\d{4}$/.test(text)) return exact;
  const year = Number(text);
  return cycles.find((c) => c.year === year) ?? cycles.find((c) => c.year < year && c.lastYear >= year);
}

/** The latest cycle V-Dem rates: the one the chart opens on. */
export function defaultCycle(cycles: readonly Cycle[]): Cycle | undefined {
  return [...cycles].reverse().find((c) => c.rated) ?? cycles[cycles.length - 1];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Throws when a file parsed but is not what the chart reads, so the reader sees the load error. */
export function validateMembership(data: UnhrcMembership, vdem: VdemV15): void {
  const c = data?.cycles;
  const columns = c && [c.id, c.start, c.end, c.basis, c.members, c.expires];
  if (!columns || columns.some((col) => !Array.isArray(col) || col.length !== c.id.length) || !c.id.length) throw new Error('hrc-membership: unexpected shape of cycles');
  if (c.members.some((m, i) => !Array.isArray(m) || !Array.isArray(c.expires[i]) || m.length !== c.expires[i]!.length)) throw new Error('hrc-membership: members and expiry years differ');
  if (!Array.isArray(data.groups) || !isRecord(data.regions) || !isRecord(data.notes) || !Array.isArray(data.notes.cycle)) throw new Error('hrc-membership: unexpected shape');
  if (!isRecord(data.usEvents) || !Array.isArray(data.usEvents.date) || !Array.isArray(data.meta?.caveats)) throw new Error('hrc-membership: unexpected shape of the U.S. events');
  if (!isRecord(vdem) || !isRecord(vdem.countries) || typeof vdem.last !== 'number' || !isRecord(vdem.meta)) throw new Error('V-Dem v15: unexpected shape');
}
