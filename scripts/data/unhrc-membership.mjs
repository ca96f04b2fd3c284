// UN Human Rights Council members by membership cycle, 2006–2025, with each state's UN
// regional group (ISO3 codes, to join V-Dem), the year its term expires, and the United
// States' membership, withdrawal (2018) and return, year by year and as dated events.
import { readRawCsv, num } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';
import { sortedObject } from './lib/write.mjs';

const DIR = 'unhrc-membership';
const BASIS = { 'recorded votes': 'votes', 'GA election results': 'elections' };

export function buildUnhrcMembership() {
  const members = readRawCsv(`${DIR}/unhrc_members_by_cycle_2006_2025.csv`);
  const cycles = new Map();
  const groups = [];
  const groupOf = new Map();
  const notes = { cycle: [], code: [], note: [] };
  let lastVote = '';
  const rows = [...members.rows].sort((a, b) => (a.cycle_start === b.cycle_start ? (a.iso3 < b.iso3 ? -1 : 1) : a.cycle_start < b.cycle_start ? -1 : 1));
  const memberLedger = eachRow(members, (row) => {
    if (!/^[A-Z]{3}$/.test(row.iso3)) return skip('no ISO3 code', row.country);
    const basis = Object.entries(BASIS).find(([prefix]) => row.source.startsWith(prefix))?.[1];
    if (!basis) throw new Error(`unhrc: unknown basis ${row.source}`);
    if (!cycles.has(row.cycle)) cycles.set(row.cycle, { start: row.cycle_start, end: row.cycle_end, basis, members: [], expires: [] });
    const cycle = cycles.get(row.cycle);
    if (cycle.start !== row.cycle_start || cycle.end !== row.cycle_end || cycle.basis !== basis) throw new Error(`unhrc: cycle ${row.cycle} is not uniform`);
    cycle.members.push(row.iso3);
    cycle.expires.push(num(row.term_expires_year));
    if (!groups.includes(row.un_regional_group)) groups.push(row.un_regional_group);
    const group = groups.indexOf(row.un_regional_group);
    if (groupOf.has(row.iso3) && groupOf.get(row.iso3) !== group) throw new Error(`unhrc: ${row.iso3} in two groups`);
    groupOf.set(row.iso3, group);
    if (!lastVote || row.last_vote > lastVote) lastVote = row.last_vote;
    if (row.note) {
      notes.cycle.push(row.cycle);
      notes.code.push(row.iso3);
      notes.note.push(row.note);
    }
  }, rows);
  // Group indexes follow the sorted group names, not the order first met.
  const sortedGroups = [...groups].sort();
  const regions = sortedObject([...groupOf].map(([code, g]) => [code, sortedGroups.indexOf(groups[g])]));

  const list = [...cycles].map(([id, c]) => ({ id, ...c }));
  const byCycle = {
    id: list.map((c) => c.id),
    start: list.map((c) => c.start),
    end: list.map((c) => c.end),
    basis: list.map((c) => c.basis),
    members: list.map((c) => c.members),
    expires: list.map((c) => c.expires),
  };

  const status = readRawCsv(`${DIR}/unhrc_us_status_by_year_2006_2025.csv`);
  const us = { year: [], member: [], status: [], note: [] };
  const statusLedger = eachRow(status, (row) => {
    const year = num(row.year);
    if (year === null) return skip('no year', row.us_status);
    us.year.push(year);
    us.member.push(num(row.us_member));
    us.status.push(row.us_status);
    us.note.push(row.note || null);
  });

  const timeline = readRawCsv(`${DIR}/unhrc_us_membership_timeline.csv`);
  const events = { date: [], event: [], statusAfter: [], url: [], sourceNote: [] };
  const timelineLedger = eachRow(timeline, (row) => {
    if (!row.date || !row.source_url) return skip('no date or source', row.event);
    events.date.push(row.date);
    events.event.push(row.event);
    events.statusAfter.push(row.us_status_after);
    events.url.push(row.source_url);
    events.sourceNote.push(row.source_note || null);
  });

  const months = (c) => Math.round((Date.parse(c.end) - Date.parse(c.start)) / (30.44 * 864e5));
  const longCycle = list.find((c) => months(c) > 12);
  const day = (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const fullDate = (iso) => `${day(iso)} ${iso.slice(0, 4)}`;
  const firstCalendar = list.find((c) => c.start.endsWith('-01-01'));
  const oversized = list.filter((c) => c.members.length !== list[0].members.length);
  const electedOnly = list.filter((c) => c.basis === 'elections').map((c) => c.id);
  const served = new Set(list.flatMap((c) => c.members)).size;
  return dataset(
    {
      id: 'unhrc-membership',
      title: `UN Human Rights Council members by cycle, ${list[0].start.slice(0, 4)}–${list.at(-1).id}, and U.S. membership`,
      publisher: 'United Nations (Human Rights Council recorded votes in the UN Digital Library; General Assembly election results), membership derived for this project; U.S. events compiled by hand from news reports and official statements',
      version: `Membership ${list[0].id} to ${list.at(-1).id}, derived from every recorded Council vote up to ${fullDate(lastVote)}; ${electedOnly.join(', ')} from General Assembly election results`,
      origin: 'Recorded votes scraped from the UN Digital Library by github.com/tsujamin/unhrc-nominate (branch 2024-thesis, commit 9c7d142); a state counts as a member of a cycle when it is listed on at least 3 recorded votes of that cycle; 2025 from GA election results; regional groups from npm world-countries 5.1.0 (ODbL). U.S. status and events hand-written, one URL per row.',
      citation: 'UN Human Rights Council recorded votes, UN Digital Library (via tsujamin/unhrc-nominate); UN General Assembly election results (press release GA/12457 and 2023–2024 elections); UN regional groups from world-countries (mledoze/countries, ODbL 1.0); membership derived by rights-atlas.',
      url: 'https://www.ohchr.org/en/hr-bodies/hrc/current-members',
      caveats: [
        `Membership cycles before ${firstCalendar.id} ran from ${day(list[0].start)} to ${day(list[0].end)}; from ${firstCalendar.id} they follow the calendar year. The ${longCycle.id} cycle ran ${months(longCycle)} months (${fullDate(longCycle.start)} to ${fullDate(longCycle.end)}). A June–June cycle is labelled by both its years (for example ${list[0].id}).`,
        `${oversized.map((c) => c.id).join(' and ')} list ${oversized[0].members.length} states because a seat changed hands during the year (a withdrawal, a suspension, and the by-elections that filled those seats).`,
        `Membership up to ${list.filter((c) => c.basis === 'votes').at(-1).id} is read from the Council's recorded votes, which list every sitting member; ${electedOnly.join(', ')} from the General Assembly's election results.`,
        'Regional groups are each state\'s current UN regional group.',
        'The U.S. rows were written by hand from news reports and official statements, each with its source.',
      ],
      dataNotes: [
        `cycles: columns, one entry per cycle (basis = votes or elections); members[i] = ISO3 codes of the members of cycle i, expires[i] = the year each one's term expires. regions: ISO3 -> index into groups. notes: mid-cycle changes (suspension, withdrawal, by-election). ${served} states served in all.`,
        'us: U.S. status per calendar year (member = 1/0). usEvents: dated U.S. events with their source.',
      ],
    },
    [memberLedger, statusLedger, timelineLedger],
    { groups: sortedGroups, cycles: byCycle, regions, notes, us, usEvents: events },
  );
}
