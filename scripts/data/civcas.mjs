// Official admissions vs independent estimates of civilians killed by US
// operations: a small hand-transcribed table, shipped row by row with its citations.
import { readRawCsv, num } from './lib/raw.mjs';
import { RowLedger } from './lib/ledger.mjs';

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

export function buildCivcas() {
  const file = readRawCsv('us-civcas-official-vs-independent/us_civcas_official_vs_independent.csv');
  const ledger = new RowLedger(file);
  const columns = { id: [], ...Object.fromEntries([...Object.keys(TEXT), ...Object.keys(NUMBERS)].map((k) => [k, []])) };
  columns.breakdownOf = [];
  columns.handTranscribed = [];
  const rows = [...file.rows].sort((a, b) => num(a.row_id) - num(b.row_id));
  for (const row of rows) {
    ledger.seen();
    if (num(row.row_id) === null || !row.period_start) {
      ledger.exclude('no row id or period', row.row_id);
      continue;
    }
    ledger.used();
    columns.id.push(num(row.row_id));
    for (const [key, column] of Object.entries(TEXT)) columns[key].push(row[column] || null);
    for (const [key, column] of Object.entries(NUMBERS)) columns[key].push(num(row[column]));
    // Theatre rows say so in their notes ("Theater breakdown of row 6"); keep the link as data.
    const parent = /breakdown of row (\d+)/i.exec(row.notes);
    columns.breakdownOf.push(parent ? Number(parent[1]) : null);
    // Every row was typed from a web page except the one recomputed from the bundled
    // TBIJ file, whose citation is that file's SOURCE.md rather than a URL.
    columns.handTranscribed.push(/^https?:\/\//.test(row.citation_url));
  }
  return {
    source: {
      id: 'civcas-official-vs-independent',
      title: 'Civilians killed by US military operations: official admissions vs independent estimates',
      publisher: 'Hand-transcribed for this project from ODNI (2016), DoD Section 1057 annual reports (2017–2022), CJTF-OIR, TBIJ and Airwars as quoted in the press',
      version: 'Table as bundled in shared/datasets/raw/us-civcas-official-vs-independent (each row cites its page)',
      licence: 'US government figures public domain; independent figures are facts quoted from TBIJ/Airwars — cite them by name',
      citation:
        'U.S. Director of National Intelligence, Summary of Information Regarding U.S. Counterterrorism Strikes Outside Areas of Active Hostilities (2016-07-01); U.S. Department of Defense, Annual Report on Civilian Casualties in Connection With United States Military Operations in [year] (NDAA FY2018 §1057); Airwars and The Bureau of Investigative Journalism as quoted per row (citationUrl).',
      url: 'https://www.defense.gov/News/Releases/Release/Article/3755680/dod-releases-the-calendar-year-2022-annual-report-on-civilian-casualties-in-con/',
      caveats: [
        'Hand-transcribed from stored copies of government releases and news reports (handTranscribed = true); one row is recomputed from the bundled TBIJ file.',
        'Scopes differ (US vs coalition, one country vs worldwide, outside vs inside areas of active hostilities); do not subtract official from independent figures.',
        'Official figures are revised later (e.g. the 2021 and 2022 reports added deaths for earlier years); rows give figures as first published.',
        'civiliansKilledHigh is null where only a lower bound was published ("at least").',
        'TBIJ figures are reported ranges; Airwars figures are as quoted by news agencies.',
      ],
      raw: [ledger.toJSON()],
    },
    files: [{ name: 'civcas-official-vs-independent.json', data: { rows: columns } }],
  };
}
