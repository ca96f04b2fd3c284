// SIPRI trend-indicator values (TIV) of major arms delivered by the United States,
// by recipient and year, 1950–2021, from SIPRI's own US export table.
import { csvParseRows } from 'd3-dsv';
import { readRaw, num } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';
import { lagStatus, LAG_RULE } from './lib/provisional.mjs';
import { CountryMatcher } from './lib/match.mjs';
import { sortedObject } from './lib/write.mjs';

// SIPRI names the crosswalk does not know. North Yemen and South Vietnam follow
// V-Dem's units (YEM continues the Yemen Arab Republic; VDR is the Republic of Vietnam).
const ALIASES = {
  'Bosnia-Herzegovina': 'BIH',
  'DR Congo': 'COD',
  'Saint Vincent': 'VCT',
  UAE: 'ARE',
  'Libya GNC': 'LBY',
  'North Yemen': 'YEM',
  'South Vietnam': 'VDR',
};

// SIPRI marks non-state actors with * and international organisations with **.
const KINDS = { '*': 'non-state actor', '**': 'international organisation', '': 'no current ISO code' };

export function buildSipri() {
  const matcher = new CountryMatcher(ALIASES);
  const file = readRaw('sipri-arms-transfers-tiv/TIV-Export-USA-1950-2021.csv');
  const lines = csvParseRows(file.text.replace(/^\uFEFF/, ''));

  let years = null;
  let total = null;
  const countries = new Map();
  const other = new Map();
  const ledger = eachRow(file, (cells) => {
    const label = cells[0].trim();
    if (!years) {
      // Title and notes precede the header row, whose first cell is empty and the rest are years.
      if (label !== '' || cells[1] !== '1950') {
        return skip('title or notes line of the SIPRI export (not data)', label.slice(0, 40) || '(blank)');
      }
      years = cells.slice(1).filter((c) => /^\d{4}$/.test(c)).map(Number);
      return;
    }
    if (label === '') return skip('blank line', '(blank)');
    // Empty cell = no deliveries (null); "0" = less than 0.5 m TIV, kept as 0.
    const values = years.map((_, i) => num(cells[i + 1]));
    // SIPRI's own 1950–2021 total (last column) is computed before rounding, so it can differ
    // from the sum of the rounded yearly cells by a few units; ship it for quoting.
    const sipriTotal = num(cells[years.length + 1]);
    if (label === 'Total') {
      total = { start: years[0], tiv: values, total: sipriTotal };
      return;
    }
    const [, name, stars] = /^(.*?)(\**)$/.exec(label);
    const code = matcher.match(name);
    if (code) {
      const existing = countries.get(code);
      if (existing) {
        // Two SIPRI rows on one code (e.g. Libya, Libya GNC) must not overlap in time.
        values.forEach((v, i) => {
          if (v === null) return;
          if (existing.values[i] !== null) throw new Error(`SIPRI rows overlap on ${code} ${years[i]}`);
          existing.values[i] = v;
        });
        existing.total += sipriTotal;
      } else countries.set(code, { values, total: sipriTotal });
    } else {
      other.set(name, { kind: KINDS[stars], values, total: sipriTotal });
    }
  }, lines);

  // Trim each series to the years with deliveries, keeping the shared {start, tiv} shape.
  const trim = ({ values, total: sipriTotal }) => {
    const first = values.findIndex((v) => v !== null);
    const last = values.findLastIndex((v) => v !== null);
    return { start: years[first], tiv: values.slice(first, last + 1), total: sipriTotal };
  };
  const yearStatus = lagStatus(new Map(total.tiv.map((v, i) => [total.start + i, v ?? 0])));
  return dataset(
    {
      id: 'sipri-us-arms',
      title: 'Major arms delivered by the United States, by recipient and year (SIPRI TIV)',
      publisher: 'Stockholm International Peace Research Institute (SIPRI), Arms Transfers Database (table as stored by 360info)',
      version: 'SIPRI "TIV of arms exports from United States, 1950-2021", generated 28 July 2022',
      origin: 'Table as stored in github.com/360-info/report-arms-trade, commit 09cf955.',
      citation: 'Source: SIPRI Arms Transfers Database (generated 28 July 2022), https://www.sipri.org/databases/armstransfers',
      url: 'https://www.sipri.org/databases/armstransfers',
      caveats: [
        'TIV is not dollars: it measures the volume of military capability transferred (major conventional weapons only), not sale prices or financial value.',
        'Values are millions of TIV; a value below 0.5 million shows as 0. SIPRI\'s own 1950–2021 totals can differ by a few units from the sum of the rounded yearly values.',
        'Recipients without a country code are kept, not dropped: armed groups, international organisations, former or unrecognised states and unknown recipients.',
        'North Yemen is counted with Yemen and South Vietnam kept apart, as V-Dem does; "Libya GNC" is counted with Libya.',
        'Data end in 2021 (SIPRI publishes later years; not available here). Figures may not add up to the total because of SIPRI\'s rounding.',
      ],
      dataNotes: [
        'tiv: null = no deliveries that year, 0 = less than 0.5 million TIV; total = SIPRI\'s own total. Recipients without an ISO code are under "other" keyed by SIPRI\'s name, with kind (SIPRI * non-state, ** international organisation). North Yemen is under YEM, South Vietnam under VDR, "Libya GNC" under LBY.',
      ],
      provisionalRule: LAG_RULE,
      years: { tiv: yearStatus },
    },
    [ledger, ...matcher.ledgers()],
    {
      years: { tiv: yearStatus },
      unit: 'SIPRI TIV, millions',
      first: years[0],
      last: years.at(-1),
      allRecipients: total,
      countries: sortedObject([...countries].map(([code, entry]) => [code, trim(entry)])),
      other: sortedObject([...other].map(([name, entry]) => [name, { kind: entry.kind, ...trim(entry) }])),
    },
  );
}
