// The words readers get: cycle labels, regional groups, a cycle's line, the
// summary, the U.S. events and the notes under the credit. Pure.
import { formatCalendarDate, DAY_MONTH, DAY_MONTH_YEAR, MONTH_YEAR } from '../../core/dates.js';
import { currentLanguage, formatInteger, formatList, messages } from '../../core/i18n.js';
import { REGIME_NAMES, notCoded } from '../../democracy/regimes.js';
import { autocracies, democracies, type Cycle, type Member, type Membership, type UsStanding } from './cycles.js';

const msg = messages({
  'hrc.heading': 'Autocracies and democracies on the UN Human Rights Council',
  'hrc.cycleSpan': '{from}–{to}',
  'hrc.group.african': 'African Group',
  'hrc.group.asiaPacific': 'Asia and the Pacific Group',
  'hrc.group.easternEurope': 'Eastern European Group',
  'hrc.group.latinAmerica': 'Latin American and Caribbean Group',
  'hrc.group.weog': 'Western European and Others Group',
  'hrc.groupUnknown': 'No regional group',
  'hrc.autocracies': { one: '# autocracy', other: '# autocracies' },
  'hrc.democracies': { one: '# democracy', other: '# democracies' },
  'hrc.notRated': { one: '# member not rated', other: '# members not rated' },
  'hrc.notRatedYet': 'V-Dem has not yet rated {year}',
  'hrc.states': { one: '# state', other: '# states' },
  'hrc.cycleLine': '{cycle}: {autocracies}, {democracies}',
  'hrc.cycleLineRest': '{line}, {notRated}',
  'hrc.cycleLineYet': '{cycle}: {states}; {yet}',
  'hrc.usMember': 'The United States was a member.',
  'hrc.usWithdrew': 'The United States withdrew during this cycle.',
  'hrc.usWithdrewOn': 'The United States withdrew on {date}.',
  'hrc.usAbsent': 'The United States was not a member.',
  'hrc.usShortMember': 'member',
  'hrc.usShortWithdrew': 'withdrew',
  'hrc.usShortAbsent': 'not a member',
  'hrc.withdraws': 'U.S. withdraws',
  'hrc.returns': 'U.S. returns',
  'hrc.usRow': 'U.S.',
  'hrc.seatChanged': 'A seat changed hands: {states} held the {seats} seats.',
  'hrc.sumFirstLast': 'By V-Dem’s Regimes of the World, autocracies held {first} of the Council’s {seats} seats in {firstCycle} and {last} in {lastCycle}.',
  'hrc.sumMost': 'They held the most, {most}, in {cycles}.',
  'hrc.sumChosen': 'In {cycle}: {autocracies} ({closed} closed, {electoral} electoral) and {democracies}{rest}.',
  'hrc.sumChosenRest': '; {notRated}',
  'hrc.sumChosenYet': 'In {cycle} the Council has {states}; V-Dem has not yet rated {year}, so its regimes are not shown.',
  'hrc.sumUs': 'The United States sat on the Council in {member} of {cycles} cycles; it withdrew on {withdrew} and returned in {returned}.',
  'hrc.sumUsPlain': 'The United States sat on the Council in {member} of {cycles} cycles.',
  'hrc.noteCycles':
    'A cycle is the Council’s membership year: from {from} to {to} until {until}, then {months} months from {longFrom} to {longTo}, then calendar years from {calendar}. Each column is labelled by the year its cycle began.',
  'hrc.noteRating':
    'Each member’s regime type is V-Dem’s Regimes of the World rating for the year its cycle began; V-Dem’s data end in {year}, so later cycles are not rated. Members V-Dem does not rate are counted as not rated, never guessed: {names}.',
  'hrc.noteRatingAll': 'Each member’s regime type is V-Dem’s Regimes of the World rating for the year its cycle began; V-Dem’s data end in {year}, so later cycles are not rated.',
  'hrc.noteSeats': 'In {cycles} a seat changed hands during the year (a withdrawal or a suspension, and the by-election that filled the seat), so those columns count more states than the {seats} seats.',
  'hrc.noteBasis': 'Membership up to {year} is read from the Council’s recorded votes, which list every sitting member; later cycles from the General Assembly’s election results. Regional groups are each state’s current UN regional group.',
  'hrc.noteUs': 'The United States withdrew on {withdrew}; it was elected again on {elected} and sat from {returned}.',
});

/** A count or a year in the language's digits. */
export const integer = (value: number, grouping = false): string => formatInteger(value, currentLanguage(), grouping);

export const defaultHeading = (): string => msg('hrc.heading');

/** A cycle as readers read it: "2006–2007" for a June–June cycle, "2013" for a calendar year. */
export function cycleLabel(cycle: Pick<Cycle, 'year' | 'lastYear'>): string {
  return cycle.lastYear > cycle.year ? msg('hrc.cycleSpan', { from: cycle.year, to: cycle.lastYear }) : integer(cycle.year);
}

const GROUP_KEYS: Record<string, 'hrc.group.african' | 'hrc.group.asiaPacific' | 'hrc.group.easternEurope' | 'hrc.group.latinAmerica' | 'hrc.group.weog'> = {
  'African Group': 'hrc.group.african',
  'Asia and the Pacific Group': 'hrc.group.asiaPacific',
  'Eastern European Group': 'hrc.group.easternEurope',
  'Latin American and Caribbean Group': 'hrc.group.latinAmerica',
  'Western European and Others Group': 'hrc.group.weog',
};

/** A UN regional group's name in the reader's language, from its English name in the data; as the data has it if unknown. */
export function groupName(english: string | undefined): string {
  if (english === undefined) return msg('hrc.groupUnknown');
  const key = GROUP_KEYS[english];
  return key ? msg(key) : english;
}

/** A member's regime type in words, or "Not coded by V-Dem". */
export const regimeName = (member: Pick<Member, 'regime'>): string => (member.regime === null ? notCoded() : REGIME_NAMES[member.regime]!);

/** An ISO date in the reader's language: "June 19, 2018"; a month alone: "February 2021". */
export function formatDate(date: string, lang = currentLanguage()): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return formatInteger(year!, lang);
  return formatCalendarDate(year!, month, day || 1, day ? DAY_MONTH_YEAR : MONTH_YEAR, lang);
}

/** The day and month of an ISO date: "June 19". */
function formatDayMonth(date: string, lang = currentLanguage()): string {
  const [year, month, day] = date.split('-').map(Number);
  return formatCalendarDate(year!, month!, day!, DAY_MONTH, lang);
}

/** Whole months from one ISO date to the day after another. */
function monthsBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) + 86400000 - Date.parse(`${start}T00:00:00Z`)) / (86400000 * 30.4375));
}

/**
 * How the cycles run, from their dates: the June–June cycles, the long one that
 * moved membership to calendar years, then calendar years; null when the data
 * have another pattern.
 */
export function cyclesNote(cycles: readonly Cycle[]): string | null {
  const spans = cycles.filter((c) => c.lastYear > c.year);
  const long = spans.find((c) => monthsBetween(c.start, c.end) > 12);
  const regular = spans.filter((c) => c !== long);
  const calendar = cycles.find((c) => c.lastYear === c.year);
  const first = regular[0];
  const last = regular[regular.length - 1];
  if (!long || !first || !last || !calendar) return null;
  return msg('hrc.noteCycles', {
    from: formatDayMonth(first.start),
    to: formatDayMonth(first.end),
    until: last.lastYear,
    months: monthsBetween(long.start, long.end),
    longFrom: formatDate(long.start),
    longTo: formatDate(long.end),
    calendar: calendar.year,
  });
}

/** A cycle's counts in one line: "2018: 21 autocracies, 27 democracies". */
export function cycleLine(cycle: Cycle): string {
  const label = cycleLabel(cycle);
  if (!cycle.rated) return msg('hrc.cycleLineYet', { cycle: label, states: msg('hrc.states', { count: cycle.members.length }), yet: msg('hrc.notRatedYet', { year: cycle.ratingYear }) });
  const line = msg('hrc.cycleLine', { cycle: label, autocracies: msg('hrc.autocracies', { count: autocracies(cycle) }), democracies: msg('hrc.democracies', { count: democracies(cycle) }) });
  return cycle.notRated ? msg('hrc.cycleLineRest', { line, notRated: msg('hrc.notRated', { count: cycle.notRated }) }) : line;
}

/** Where the U.S. stood in a cycle, as a sentence. */
export function usSentence(cycle: Cycle, membership: Membership): string {
  if (cycle.us === 'member') return msg('hrc.usMember');
  if (cycle.us === 'absent') return msg('hrc.usAbsent');
  return membership.withdrawalDate && membership.withdrawal === cycle ? msg('hrc.usWithdrewOn', { date: formatDate(membership.withdrawalDate) }) : msg('hrc.usWithdrew');
}

/** Where the U.S. stood, in a word or two (the table's column). */
export function usShort(us: UsStanding): string {
  return msg(us === 'member' ? 'hrc.usShortMember' : us === 'withdrew' ? 'hrc.usShortWithdrew' : 'hrc.usShortAbsent');
}

/** A cycle whose members outnumber the seats: the sentence that says why. */
export function seatSentence(cycle: Cycle, seats: number): string | null {
  return cycle.members.length > seats ? msg('hrc.seatChanged', { states: msg('hrc.states', { count: cycle.members.length }), seats }) : null;
}

/** The words of the U.S. events above their columns. */
export const eventWords = (): { withdrawal: string; comeback: string; usRow: string } => ({ withdrawal: msg('hrc.withdraws'), comeback: msg('hrc.returns'), usRow: msg('hrc.usRow') });

/** The summary: autocracies in the first and last rated cycle and at most, the chosen cycle, the U.S. record. */
export function membershipSummary(m: Membership, chosen: Cycle | undefined): string {
  const rated = m.cycles.filter((c) => c.rated);
  const sentences: string[] = [];
  const first = rated[0];
  const last = rated[rated.length - 1];
  if (first && last) {
    sentences.push(msg('hrc.sumFirstLast', { seats: m.seats, first: autocracies(first), firstCycle: cycleLabel(first), last: autocracies(last), lastCycle: cycleLabel(last) }));
    const most = Math.max(...rated.map(autocracies));
    sentences.push(msg('hrc.sumMost', { most, cycles: formatList(rated.filter((c) => autocracies(c) === most).map(cycleLabel)) }));
  }
  if (chosen && chosen.rated) {
    const rest = chosen.notRated ? msg('hrc.sumChosenRest', { notRated: msg('hrc.notRated', { count: chosen.notRated }) }) : '';
    sentences.push(
      msg('hrc.sumChosen', {
        cycle: cycleLabel(chosen),
        autocracies: msg('hrc.autocracies', { count: autocracies(chosen) }),
        closed: chosen.counts[0],
        electoral: chosen.counts[1],
        democracies: msg('hrc.democracies', { count: democracies(chosen) }),
        rest,
      }),
    );
  } else if (chosen) {
    sentences.push(msg('hrc.sumChosenYet', { cycle: cycleLabel(chosen), states: msg('hrc.states', { count: chosen.members.length }), year: chosen.ratingYear }));
  }
  const member = m.cycles.filter((c) => c.us !== 'absent').length;
  sentences.push(
    m.withdrawalDate && m.comeback
      ? msg('hrc.sumUs', { member, cycles: m.cycles.length, withdrew: formatDate(m.withdrawalDate), returned: cycleLabel(m.comeback) })
      : msg('hrc.sumUsPlain', { member, cycles: m.cycles.length }),
  );
  return sentences.join(' ');
}

/**
 * The notes under the credit: the cycles, the rating year and the members V-Dem
 * does not rate (named), the cycles with a seat that changed hands, where
 * membership is read from, the U.S. dates. `name` gives a country's name.
 */
export function membershipNotes(m: Membership, name: (code: string) => string): string[] {
  const unrated = new Set<string>();
  for (const c of m.cycles) if (c.rated) for (const member of c.members) if (member.regime === null) unrated.add(member.code);
  const names = [...unrated].map(name).sort((a, b) => a.localeCompare(b, currentLanguage()));
  const cycles = cyclesNote(m.cycles);
  const notes = [...(cycles ? [cycles] : []), names.length ? msg('hrc.noteRating', { year: m.ratedTo, names: formatList(names) }) : msg('hrc.noteRatingAll', { year: m.ratedTo })];
  const over = m.cycles.filter((c) => c.members.length > m.seats);
  if (over.length) notes.push(msg('hrc.noteSeats', { cycles: formatList(over.map(cycleLabel)), seats: m.seats }));
  const voted = m.cycles.filter((c) => c.basis === 'votes');
  const lastVoted = voted[voted.length - 1];
  if (lastVoted) notes.push(msg('hrc.noteBasis', { year: cycleLabel(lastVoted) }));
  if (m.withdrawalDate && m.returnElected && m.comeback) {
    notes.push(msg('hrc.noteUs', { withdrew: formatDate(m.withdrawalDate), elected: formatDate(m.returnElected), returned: formatDate(m.comeback.start) }));
  }
  return notes;
}
