// Official admissions vs independent estimates of civilians killed by US
// operations: a small hand-transcribed table, shipped row by row with its citations.
import { readRawCsv, num } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';

const TEXT = {
  periodStart: 'period_start',
  periodEnd: 'period_end',
  theatre: 'theater',
  estimateType: 'estimate_type',
  sourceOrg: 'source_org',
  document: 'document',
  notes: 'notes',
  citationUrl: 'citation_url',
};
const NUMBERS = {
  strikes: 'strikes',
  civiliansKilledLow: 'civilians_killed_low',
  civiliansKilledHigh: 'civilians_killed_high',
  civiliansInjured: 'civilians_injured',
  combatantsKilledLow: 'combatants_killed_low',
  combatantsKilledHigh: 'combatants_killed_high',
};

// Rows whose source gives no period: the reader must be told beside the figures.
// The raw table's own note must still say so, or the build stops.
const PERIOD_NOT_STATED = {
  2: {
    check: /period/i,
    note: 'No period stated: The Hill quoted TBIJ\'s running tallies as of July 2016 without saying which years they cover; they are shown beside the ODNI period for comparison only.',
  },
};

const TBIJ_FILE = 'tbij-drone-strikes/tbij_strikes_all.csv';

/**
 * The row recomputed from the TBIJ file: TBIJ records in the ODNI window in Pakistan,
 * Yemen and Somalia (confirmed strikes, or all), with strikes as TBIJ's min–max
 * strike counts (a Pakistan record is one strike) next to the number of records.
 */
function tbijWindow(start, end) {
  const sums = { confirmed: blankSum(), all: blankSum() };
  const ledger = eachRow(readRawCsv(TBIJ_FILE), (row) => {
    const country = { Pakistan: 'PAK', Yemen: 'YEM', Somalia: 'SOM' }[row.country];
    if (!country || row.date < start || row.date > end) {
      return skip('outside the ODNI window or countries (recomputed row only)', row.strike_id);
    }
    const one = country === 'PAK';
    const add = (sum) => {
      sum.records += 1;
      sum.strikesLow += one ? 1 : num(row.min_strikes) ?? 0;
      sum.strikesHigh += one ? 1 : num(row.max_strikes) ?? 0;
      sum.civLow += num(row.min_civilians) ?? 0;
      sum.civHigh += num(row.max_civilians) ?? 0;
    };
    add(sums.all);
    if (one || row.us_confirmed === 'Confirmed') add(sums.confirmed);
  });
  return { ledger, ...sums };
}

function blankSum() {
  return { records: 0, strikesLow: 0, strikesHigh: 0, civLow: 0, civHigh: 0 };
}

const fmt = (n) => n.toLocaleString('en-US');

export function buildCivcas() {
  const file = readRawCsv('us-civcas-official-vs-independent/us_civcas_official_vs_independent.csv');
  const columns = { id: [], ...Object.fromEntries([...Object.keys(TEXT), ...Object.keys(NUMBERS)].map((k) => [k, []])) };
  columns.breakdownOf = [];
  columns.handTranscribed = [];
  columns.strikesHigh = [];
  columns.records = [];
  columns.periodStated = [];
  columns.readerNote = [];
  const rows = [...file.rows].sort((a, b) => num(a.row_id) - num(b.row_id));
  let tbij = null;
  const ledger = eachRow(file, (row) => {
    if (num(row.row_id) === null || !row.period_start) return skip('no row id or period', row.row_id);
    columns.id.push(num(row.row_id));
    for (const [key, column] of Object.entries(TEXT)) columns[key].push(row[column] || null);
    for (const [key, column] of Object.entries(NUMBERS)) columns[key].push(num(row[column]));
    // Theatre rows say so in their notes ("Theater breakdown of row 6"); keep the link as data.
    const parent = /breakdown of row (\d+)/i.exec(row.notes);
    columns.breakdownOf.push(parent ? Number(parent[1]) : null);
    // Every row was typed from a web page except the one recomputed from the bundled
    // TBIJ file, whose citation is that file's SOURCE.md rather than a URL.
    const handTranscribed = /^https?:\/\//.test(row.citation_url);
    columns.handTranscribed.push(handTranscribed);
    const missingPeriod = PERIOD_NOT_STATED[num(row.row_id)];
    if (missingPeriod && !missingPeriod.check.test(row.notes)) {
      throw new Error(`civcas row ${row.row_id}: the raw note no longer says its period differs`);
    }
    columns.periodStated.push(!missingPeriod);
    let readerNote = missingPeriod?.note ?? null;
    let strikesHigh = null;
    let records = null;
    if (!handTranscribed) {
      // The row recomputed from the TBIJ file: its "strikes" are TBIJ records. Recompute,
      // check against the table, and ship records and strikes apart.
      tbij = tbijWindow(row.period_start, row.period_end);
      const { confirmed: c, all: a } = tbij;
      if (c.records !== num(row.strikes) || c.civLow !== num(row.civilians_killed_low) || c.civHigh !== num(row.civilians_killed_high)) {
        throw new Error(`civcas row ${row.row_id}: TBIJ recomputation differs from the table`);
      }
      const i = columns.id.length - 1;
      columns.strikes[i] = c.strikesLow;
      strikesHigh = c.strikesHigh;
      records = c.records;
      columns.document[i] = `TBIJ records dated ${row.period_start} to ${row.period_end} in Pakistan, Yemen and Somalia (all Pakistan records; Yemen and Somalia strikes TBIJ lists as confirmed), summed by rights-atlas`;
      columns.citationUrl[i] = 'https://beta.airwars.org/archives/bij-drone-war';
      columns.notes[i] = `Including Yemen and Somalia strikes TBIJ lists as possible: ${fmt(a.records)} records, ${fmt(a.strikesLow)}–${fmt(a.strikesHigh)} strikes, ${fmt(a.civLow)}–${fmt(a.civHigh)} civilians killed. Later TBIJ data than the row quoted by The Hill.`;
      readerNote = `${fmt(c.records)} TBIJ records, which stand for ${fmt(c.strikesLow)}–${fmt(c.strikesHigh)} strikes (one record can cover several strikes).`;
    }
    columns.strikesHigh.push(strikesHigh);
    columns.records.push(records);
    columns.readerNote.push(readerNote);
  }, rows);
  return dataset(
    {
      id: 'civcas-official-vs-independent',
      title: 'Civilians killed by US military operations: official admissions vs independent estimates',
      publisher: 'Hand-transcribed for this project from ODNI (2016), DoD Section 1057 annual reports (2017–2022), CJTF-OIR, TBIJ and Airwars as quoted in the press',
      version: 'Table compiled for rights-atlas, 2025 (each row cites its page)',
      origin: 'shared/datasets/raw/us-civcas-official-vs-independent/us_civcas_official_vs_independent.csv; row 3 recomputed from shared/datasets/raw/tbij-drone-strikes/tbij_strikes_all.csv.',
      citation:
        'U.S. Director of National Intelligence, Summary of Information Regarding U.S. Counterterrorism Strikes Outside Areas of Active Hostilities (2016-07-01); U.S. Department of Defense, Annual Report on Civilian Casualties in Connection With United States Military Operations in [year] (NDAA FY2018 §1057); Airwars and The Bureau of Investigative Journalism as quoted per row.',
      url: 'https://www.defense.gov/News/Releases/Release/Article/3755680/dod-releases-the-calendar-year-2022-annual-report-on-civilian-casualties-in-con/',
      caveats: [
        'Copied by hand from government releases and news reports; one row is recomputed from TBIJ\'s strike records.',
        'Scopes differ (US vs coalition, one country vs worldwide, outside vs inside areas of active hostilities); do not subtract official from independent figures.',
        'Official figures are revised later (e.g. the 2021 and 2022 reports added deaths for earlier years); rows give figures as first published.',
        'Where only a lower bound was published ("at least"), no upper figure is shown.',
        'TBIJ figures are reported ranges; Airwars figures are as quoted by news agencies. TBIJ records are not strikes: one record can cover several strikes.',
      ],
      dataNotes: [
        'handTranscribed = true for rows typed from a web page; civiliansKilledHigh is null where only a lower bound was published.',
        'strikes = strikes as published (or the TBIJ minimum strike count), strikesHigh = TBIJ maximum where a range exists, records = TBIJ records behind the row (row 3 only). Never label records as strikes.',
        'periodStated = false where the source gives no period (row 2); readerNote is a sentence to show beside the row.',
      ],
    },
    [ledger, ...(tbij ? [tbij.ledger] : [])],
    { rows: columns },
  );
}
