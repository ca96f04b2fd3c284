// Military vs total US aid disbursements, FY2002–2015: military from the
// ForeignAssistance.gov objective = Military extract, totals from the country summary.
import { readRawCsv, num, round } from './lib/raw.mjs';
import { RowLedger } from './lib/ledger.mjs';
import { CountryMatcher } from './lib/match.mjs';
import { sortedObject } from './lib/write.mjs';
import { toSeries, entryFor } from './lib/yearly.mjs';
import { FA_COUNTRY_FILE, FA_SOURCE, faRecipient } from './foreignassistance.mjs';

const MILITARY_FILE = 'foreignassistance-gov-military/fa_military_disbursements_fy2002_2015_transactions.csv';
const FIELDS = ['military', 'total', 'share'];
const blank = () => ({ military: 0, total: null });

export function buildMilitaryAid() {
  const matcher = new CountryMatcher();
  // Recipients (countries and former states) by key; regional rows only feed the world totals.
  const recipients = new Map();
  const world = new Map();
  const names = new Map();
  const place = (code, name) => {
    const recipient = faRecipient(matcher, code, name);
    if (recipient.kind === 'other') names.set(recipient.key, recipient.name);
    return recipient.kind === 'region' ? null : `${recipient.kind}:${recipient.key}`;
  };

  const military = readRawCsv(MILITARY_FILE);
  const militaryLedger = new RowLedger(military);
  const years = new Set();
  for (const row of military.rows) {
    militaryLedger.seen();
    const year = num(row['Fiscal.Year']);
    const amount = num(row['Current.Dollar.Amount']);
    if (row['Foreign.Assistance.Objective.Name'] !== 'Military' || row['Transaction.Type.ID'] !== '3') {
      militaryLedger.exclude('not a military-objective disbursement', row['Foreign.Assistance.Objective.Name']);
      continue;
    }
    if (year === null || amount === null) {
      militaryLedger.exclude('no fiscal year or amount', row['Country.Code']);
      continue;
    }
    militaryLedger.used();
    years.add(year);
    entryFor(world, 'world', year, blank).military += amount;
    const key = place(row['Country.Code'], row['Country.Name']);
    if (key) entryFor(recipients, key, year, blank).military += amount;
  }
  const first = Math.min(...years);
  const last = Math.max(...years);

  const totals = readRawCsv(FA_COUNTRY_FILE);
  const totalLedger = new RowLedger(totals);
  for (const row of totals.rows) {
    totalLedger.seen();
    const year = num(row['Fiscal Year']);
    if (row['Transaction Type ID'] !== '3') {
      totalLedger.exclude('not a disbursement (other transaction types are in foreignassistance.json)', row['Transaction Type Name']);
      continue;
    }
    if (year === null || year < first || year > last) {
      totalLedger.exclude(`fiscal year outside the military extract (FY${first}–${last})`, row['Fiscal Year']);
      continue;
    }
    totalLedger.used();
    const amount = num(row.current_amount);
    const worldEntry = entryFor(world, 'world', year, blank);
    worldEntry.total = (worldEntry.total ?? 0) + amount;
    const key = place(row['Country Code'], row['Country Name']);
    if (key) {
      const entry = entryFor(recipients, key, year, blank);
      entry.total = (entry.total ?? 0) + amount;
    }
  }

  const finish = (byYear) => {
    for (const entry of byYear.values()) {
      entry.military = round(entry.military, 0);
      entry.total = round(entry.total, 0);
      entry.share = entry.total > 0 ? round(entry.military / entry.total, 4) : null;
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

  return {
    source: {
      id: 'military-aid',
      title: 'US military vs total aid disbursements by recipient, FY2002–2015',
      ...FA_SOURCE,
      version: 'Military: ForeignAssistance.gov complete dataset (accessed spring 2023) via Chromaticluv/Stat461project@4e2e619; totals: country summary (c. 2025) via jacqpark/Aid-Lending-and-TRIPS-RIO@c06f580',
      citation: 'U.S. Department of State and USAID, ForeignAssistance.gov, complete dataset (accessed 2023) — disbursements with Foreign Assistance Objective = Military; totals from the "Country summary" dataset (accessed c. 2025). https://foreignassistance.gov/data',
      caveats: [
        'U.S. fiscal years (October–September), FY2002–2015 only, disbursements only, nominal (current) whole US dollars.',
        '"Military" is ForeignAssistance.gov\'s objective flag (Greenbook convention), not a programme list; no FMF/IMET/PKO/INCLE/NADR split, and many DoD-funded programmes are missing, so military totals are a floor.',
        'Two data vintages: military figures from a 2023 download, totals from a c. 2025 download; economic aid (total − military) is approximate and a few tiny rows have military > total (ERI 2010, ITA 2009, STP 2013).',
        'World totals include regional and worldwide allocations; per-recipient series exclude them. Former states and other non-ISO recipients are under "other".',
        'share = military / total (0–1), null when the total is missing or not positive.',
      ],
      raw: [militaryLedger.toJSON(), totalLedger.toJSON(), ...matcher.ledgers()],
    },
    files: [
      {
        name: 'military-aid.json',
        data: {
          unit: 'USD (current)',
          yearType: 'US fiscal year',
          world: finish(world.get('world')),
          countries: group('country'),
          other: group('other'),
        },
      },
    ],
  };
}
