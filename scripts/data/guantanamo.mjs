// Guantánamo Bay detainee population: dated point counts (a step series), the total ever
// held and transfers by administration, each with the source the figure was copied from.
import { readRawCsv, num } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';

const FILE = 'guantanamo-detainee-population/guantanamo_detainee_milestones.csv';

/** A raw date cell ("2009-01-20", "2025-01", "2018-05/2021-01", "2002-2009") as [from, to]. */
function period(cell) {
  const range = /^(\d{4}(?:-\d{2}){0,2})[/-](\d{4}(?:-\d{2}){0,2})$/.exec(cell);
  if (range && cell.includes('/')) return [range[1], range[2]];
  const years = /^(\d{4})-(\d{4})$/.exec(cell);
  if (years) return [years[1], years[2]];
  if (/^\d{4}(-\d{2}){0,2}$/.test(cell)) return [cell, null];
  throw new Error(`guantanamo: unreadable date ${cell}`);
}

export function buildGuantanamo() {
  const file = readRawCsv(FILE);
  const held = { from: [], to: [], precision: [], held: [], note: [], source: [], url: [] };
  const administrations = { president: [], from: [], to: [], transferred: [], note: [], source: [], url: [] };
  const everHeld = [];
  const peak = [];
  const rows = [...file.rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const ledger = eachRow(file, (row) => {
    const [from, to] = period(row.date);
    const value = num(row.value);
    const cite = { note: row.value_note || null, source: row.source, url: row.citation_url };
    if (row.measure === 'detainees held') {
      if (value === null) return skip('count without a number', row.date);
      held.from.push(from);
      held.to.push(to);
      held.precision.push(row.date_precision);
      held.held.push(value);
      for (const key of ['note', 'source', 'url']) held[key].push(cite[key]);
      return;
    }
    const transfer = /^transferred under President (\S+)$/.exec(row.measure);
    if (transfer) {
      administrations.president.push(transfer[1]);
      administrations.from.push(Number(from));
      administrations.to.push(Number(to));
      administrations.transferred.push(value);
      for (const key of ['note', 'source', 'url']) administrations[key].push(cite[key]);
      return;
    }
    if (row.measure === 'detainees ever held') {
      everHeld.push({ value, from: Number(from), to: Number(to), ...cite });
      return;
    }
    if (row.measure === 'peak occupancy year') {
      // The source names the year of the peak but not its size: kept as a dated label, not a count.
      peak.push({ year: Number(from), ...cite });
      return;
    }
    return skip('measure not shipped', row.measure);
  }, rows);
  if (everHeld.length !== 1 || peak.length !== 1) throw new Error('guantanamo: expected one total and one peak row');
  // Long gaps (four years or more) between one count (or the peak year) and the next.
  const spans = [[peak[0].year, peak[0].year], ...held.from.map((from, i) => [Number(from.slice(0, 4)), Number((held.to[i] ?? from).slice(0, 4))])];
  const gaps = [];
  for (let i = 1; i < spans.length; i++) if (spans[i][0] - spans[i - 1][1] >= 4) gaps.push(`${spans[i - 1][1]} and ${spans[i][0]}`);
  if (gaps.length === 0) throw new Error('guantanamo: the caveat on gaps no longer fits the table');
  const r = held.to.findIndex((to) => to !== null);
  const ranged = { from: held.from[r], to: held.to[r] };
  if (!/undated/.test(held.note[r]) || !/New York Times/.test(held.source.at(-1))) throw new Error('guantanamo: the caveat on the sources no longer fits the table');
  const monthYear = (iso) => new Date(`${iso.slice(0, 7)}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return dataset(
    {
      id: 'guantanamo-detainees',
      title: `Detainees held at Guantánamo Bay, ${held.from[0].slice(0, 4)}–${held.from.at(-1).slice(0, 4)}: dated counts`,
      publisher: 'Compiled by hand for this project from the White House (via CNN), Human Rights First, Reprieve, The Intercept, Epoch Times, VRT NWS and The New York Times (as reproduced)',
      version: 'Table compiled for rights-atlas, 2025 (each figure cites its page)',
      origin: 'Hand-transcribed table in the shared raw datasets (guantanamo-detainee-population), one source URL per row.',
      citation: 'Per figure, as given with each point (e.g. White House, 19 January 2017: "41 detainees remain"); total held: Reprieve, Guantánamo statistics; Human Rights First, "Guantánamo by the Numbers".',
      url: 'https://humanrightsfirst.org/library/guantanamo-by-the-numbers/',
      caveats: [
        `Point-in-time counts copied by hand from news reports and NGO pages, not an official annual series: there is no count between ${gaps.slice(0, -1).join(', ')}${gaps.length > 1 ? ', or between ' : ''}${gaps.at(-1)}. Do not draw a line through the gaps as if the count were known.`,
        `The prison held the most people in ${peak[0].year}; no stored source gave that number, so it is not shown.`,
        'Sources differ slightly on the total ever held and on transfers under Presidents Bush and Obama; each figure carries a note giving the other count.',
        `The ${ranged.from.slice(0, 4)}–${ranged.to.slice(0, 4)} count comes from an undated Human Rights First page; the ${monthYear(held.from.at(-1))} count from a reproduced copy of a New York Times article.`,
        'Transfers under President Biden are not in the table.',
      ],
      dataNotes: [
        'held: one point per dated count; from/to are ISO dates (day, month or year precision); to is set only where a count holds over a period. administrations: transfers out of the prison per presidential term as published (from/to are years). peak: year of the highest occupancy, with no count.',
      ],
    },
    [ledger],
    { held, everHeld: everHeld[0], peak: peak[0], administrations },
  );
}
