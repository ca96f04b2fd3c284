// Military vs total US aid disbursements, FY2002–2015: military from the
// ForeignAssistance.gov objective = Military extract, totals from the country summary.
import { readRawCsv, num, round } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';
import { CountryMatcher } from './lib/match.mjs';
import { sortedObject } from './lib/write.mjs';
import { toSeries, entryFor } from './lib/yearly.mjs';
import { FA_COUNTRY_FILE, FA_SOURCE, faRecipient } from './foreignassistance.mjs';
import { lagStatus, LAG_RULE } from './lib/provisional.mjs';

const MILITARY_FILE = 'foreignassistance-gov-military/fa_military_disbursements_fy2002_2015_transactions.csv';
const FIELDS = ['military', 'total', 'share'];
// A recipient-year with no military-objective record is missing (null), not 0:
// the extract cannot tell "none" from "not reported".
const blank = () => ({ military: null, total: null });

export function buildMilitaryAid() {
  const matcher = new CountryMatcher();
  // Recipients (countries and former states) by key; regional rows only feed the world totals.
  const recipients = new Map();
  const world = new Map();
  const names = new Map();
  /** Adds `amount` to `field` of the world total and of the recipient (regional rows: the world only). */
  const add = (field, year, amount, code, name) => {
    const worldEntry = entryFor(world, 'world', year, blank);
    worldEntry[field] = (worldEntry[field] ?? 0) + amount;
    const recipient = faRecipient(matcher, code, name);
    if (recipient.kind === 'other') names.set(recipient.key, recipient.name);
    if (recipient.kind === 'region') return;
    const entry = entryFor(recipients, `${recipient.kind}:${recipient.key}`, year, blank);
    entry[field] = (entry[field] ?? 0) + amount;
  };

  const years = new Set();
  const militaryLedger = eachRow(readRawCsv(MILITARY_FILE), (row) => {
    const year = num(row['Fiscal.Year']);
    const amount = num(row['Current.Dollar.Amount']);
    if (row['Foreign.Assistance.Objective.Name'] !== 'Military' || row['Transaction.Type.ID'] !== '3') {
      return skip('not a military-objective disbursement', row['Foreign.Assistance.Objective.Name']);
    }
    if (year === null || amount === null) return skip('no fiscal year or amount', row['Country.Code']);
    years.add(year);
    add('military', year, amount, row['Country.Code'], row['Country.Name']);
  });
  const first = Math.min(...years);
  const last = Math.max(...years);

  const totalLedger = eachRow(readRawCsv(FA_COUNTRY_FILE), (row) => {
    const year = num(row['Fiscal Year']);
    if (row['Transaction Type ID'] !== '3') {
      return skip('not a disbursement (other transaction types are in foreignassistance.json)', row['Transaction Type Name']);
    }
    if (year === null || year < first || year > last) {
      return skip(`fiscal year outside the military extract (FY${first}–${last})`, row['Fiscal Year']);
    }
    add('total', year, num(row.current_amount), row['Country Code'], row['Country Name']);
  });

  const finish = (byYear) => {
    for (const entry of byYear.values()) {
      entry.military = round(entry.military, 0);
      entry.total = round(entry.total, 0);
      entry.share = entry.military !== null && entry.total > 0 ? round(entry.military / entry.total, 4) : null;
    }
    return toSeries(byYear, FIELDS);
  };
  const group = (kind) =>
    sortedObject(
      [...recipients]
        .filter(([key]) => key.startsWith(`${kind}:`))
        .map(([key, byYear]) => {
          const code = key.slice(kind.length + 1);
          return [code, kind === 'other' ? { name: names.get(code), ...finish(byYear) } : finish(byYear)];
        }),
    );

  const worldSeries = finish(world.get('world'));
  const yearsOf = (field) =>
    lagStatus(new Map(worldSeries[field].map((v, i) => [worldSeries.start + i, v]).filter(([, v]) => v !== null)));
  const seriesYears = { military: yearsOf('military'), total: yearsOf('total') };
  let missing = 0;
  for (const byYear of recipients.values()) for (const entry of byYear.values()) if (entry.military === null) missing += 1;

  return dataset(
    {
      id: 'military-aid',
      title: 'US military vs total aid disbursements by recipient, FY2002–2015',
      ...FA_SOURCE,
      version: 'Military: ForeignAssistance.gov complete dataset (downloaded spring 2023); totals: country summary (c. 2025)',
      origin: 'Military: foreignassistance.csv from github.com/Chromaticluv/Stat461project, commit 4e2e619afa0bb1d4840c4f3451019c6da9b33a60; totals: github.com/jacqpark/Aid-Lending-and-TRIPS-RIO, commit c06f58073391feca6711c8bb4f58a925bef0449e.',
      readerNote:
        '“Military aid” counts only what ForeignAssistance.gov marks with the military objective and leaves out many Defense Department programmes, so it is a floor, not the total of U.S. security assistance.',
      citation: 'U.S. Department of State and USAID, ForeignAssistance.gov, complete dataset (accessed 2023) — disbursements with Foreign Assistance Objective = Military; totals from the "Country summary" dataset (accessed c. 2025). https://foreignassistance.gov/data',
      caveats: [
        'U.S. fiscal years (October–September), FY2002–2015 only, disbursements only, nominal (current) whole US dollars.',
        '"Military" is ForeignAssistance.gov\'s objective flag (Greenbook convention), not a programme list; no FMF/IMET/PKO/INCLE/NADR split, and many DoD-funded programmes are missing, so military totals are a floor.',
        'Two data vintages: military figures from a 2023 download, totals from a c. 2025 download; economic aid (total − military) is approximate and a few tiny rows have military > total (ERI 2010, ITA 2009, STP 2013).',
        'World totals include regional and worldwide allocations; the figures for each recipient leave them out.',
        'Where ForeignAssistance.gov has no military-objective record for a recipient and year, military aid is not reported (no data), not zero.',
      ],
      dataNotes: [
        'share = military / total (0–1), null when military is missing or the total is missing or not positive. Former states and other non-ISO recipients are under "other".',
        `military is null for ${missing} recipient-years that have a total but no military-objective record: show "not reported", never 0.`,
      ],
      provisionalRule: LAG_RULE,
      years: seriesYears,
    },
    [militaryLedger, totalLedger, ...matcher.ledgers()],
    {
      unit: 'USD (current)',
      yearType: 'US fiscal year',
      years: seriesYears,
      world: worldSeries,
      countries: group('country'),
      other: group('other'),
    },
  );
}
