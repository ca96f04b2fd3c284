// US foreign assistance by recipient and fiscal year (ForeignAssistance.gov country
// summary): obligations FY1946– and disbursements FY2001–, current and constant USD.
import { readRawCsv, num } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';
import { CountryMatcher } from './lib/match.mjs';
import { sortedObject } from './lib/write.mjs';
import { toSeries, entryFor } from './lib/yearly.mjs';
import { lagStatus, LAG_RULE } from './lib/provisional.mjs';

export const FA_COUNTRY_FILE = 'foreignassistance-gov-country/us_foreign_aid_country.csv';
const TRANSACTIONS = { 2: 'obligations', 3: 'disbursements' };
const FIELDS = ['current', 'constant'];
// ForeignAssistance.gov codes Kosovo CS-KM; the project uses XKX.
const FA_KOSOVO = 'CS-KM';

/**
 * Where a ForeignAssistance.gov recipient code belongs: an ISO country (or XKX),
 * a former state or other non-ISO recipient kept under its own key, or a
 * region/worldwide allocation that is not a country.
 */
export function faRecipient(matcher, code, name) {
  if (code === FA_KOSOVO) return { kind: 'country', key: 'XKX' };
  if (matcher.codes.has(code)) return { kind: 'country', key: code };
  const listed = matcher.nonCountryName('fa_gov', code);
  if (code === 'WLD' || /Region$/.test(listed ?? name)) return { kind: 'region', key: code };
  // Former states come with an agency code (SDF, YUF, ...) or the code NULL and only a name.
  return { kind: 'other', key: code === 'NULL' ? name : code, name };
}

export const FA_SOURCE = {
  publisher: 'U.S. Department of State and USAID, ForeignAssistance.gov (country summary; pre-FY2001 obligations from the USAID Greenbook)',
  url: 'https://foreignassistance.gov/data',
};

/** Provisional fiscal years per series, from the all-recipient totals (countries and other recipients). */
export function seriesYears(groups, field = 'current') {
  const totals = new Map();
  for (const series of groups) {
    series[field].forEach((value, i) => {
      if (value !== null) totals.set(series.start + i, (totals.get(series.start + i) ?? 0) + value);
    });
  }
  return lagStatus(totals);
}

export function buildForeignAssistance() {
  const matcher = new CountryMatcher();
  const byTransaction = { obligations: new Map(), disbursements: new Map() };
  const transitionQuarter = new Map();
  const otherNames = new Map();
  const ledger = eachRow(readRawCsv(FA_COUNTRY_FILE), (row) => {
    const transaction = TRANSACTIONS[row['Transaction Type ID']];
    if (!transaction) {
      return skip('transaction type not shipped (appropriated/planned or budget request)', row['Transaction Type Name']);
    }
    const recipient = faRecipient(matcher, row['Country Code'], row['Country Name']);
    if (recipient.kind === 'region') {
      return skip('regional or worldwide allocation, not a country', `${row['Country Code']} ${row['Country Name']}`);
    }
    const values = { current: num(row.current_amount), constant: num(row.constant_amount) };
    if (values.current === null && values.constant === null) {
      return skip('no amount', `${row['Country Code']} ${row['Fiscal Year']}`);
    }
    if (recipient.kind === 'other') otherNames.set(recipient.key, recipient.name);
    const group = recipient.kind === 'other' ? 'other' : 'countries';
    // FY1976 "transition quarter" (Jul–Sep 1976, when the fiscal year moved) is not a fiscal year; kept apart.
    if (row['Fiscal Year'] === '1976tq') {
      const key = `${group}:${recipient.key}`;
      const entry = transitionQuarter.get(key) ?? {};
      entry[transaction] = [values.current, values.constant];
      transitionQuarter.set(key, entry);
      return;
    }
    const entry = entryFor(byTransaction[transaction], `${group}:${recipient.key}`, num(row['Fiscal Year']), () => ({}));
    Object.assign(entry, values);
  });

  const out = { countries: {}, other: {} };
  const keys = new Set([...byTransaction.obligations.keys(), ...byTransaction.disbursements.keys(), ...transitionQuarter.keys()]);
  for (const key of [...keys].sort()) {
    const [group, code] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    const record = group === 'other' ? { name: otherNames.get(code) } : {};
    for (const transaction of Object.values(TRANSACTIONS)) {
      const years = byTransaction[transaction].get(key);
      if (years) record[transaction] = toSeries(years, FIELDS);
    }
    if (transitionQuarter.has(key)) record.transitionQuarter1976 = transitionQuarter.get(key);
    out[group][code] = record;
  }

  const all = [...Object.values(out.countries), ...Object.values(out.other)];
  const years = Object.fromEntries(
    Object.values(TRANSACTIONS).map((t) => [t, seriesYears(all.map((r) => r[t]).filter(Boolean))]),
  );
  const provisional = [...new Set(Object.values(years).flatMap((y) => y.provisionalYears))].sort();

  return dataset(
    {
      id: 'foreignassistance',
      title: 'US foreign assistance by recipient and fiscal year: obligations and disbursements',
      ...FA_SOURCE,
      version: 'Country summary download (c. 2025)',
      origin: 'us_foreign_aid_country.csv from github.com/jacqpark/Aid-Lending-and-TRIPS-RIO, commit c06f58073391feca6711c8bb4f58a925bef0449e.',
      citation: 'U.S. Department of State and USAID, ForeignAssistance.gov, "Country summary" dataset (downloaded c. 2025). https://foreignassistance.gov/data',
      caveats: [
        'U.S. fiscal years (October–September), not calendar years; the July–September 1976 transition quarter is kept apart from FY1976.',
        'Amounts in whole US dollars: current (nominal) and constant (base year appears to be FY2022, the only year where constant = current).',
        `Obligations run FY1946–2024 (before 2001 from the Greenbook), disbursements FY2001–2024; never add the two. ${provisional.map((y) => `FY${y}`).join(', ')} ${provisional.length > 1 ? 'are' : 'is'} incomplete (provisional): agencies report with a lag.`,
        'Total aid only: no split between military and economic aid or by programme.',
        'Regional and worldwide allocations are left out (they are not attributable to one country); former states and other recipients without a country code are kept apart.',
        'Negative amounts are de-obligations or refunds, kept as published.',
      ],
      dataNotes: [
        'transitionQuarter1976 = [current, constant] for Jul–Sep 1976. Recipients without an ISO code are under "other", keyed by the agency code or, where the code is NULL, by name.',
        'years.<obligations|disbursements> = { first, last, latestCompleteYear, provisionalYears }: default a chart to latestCompleteYear and label provisional years.',
      ],
      provisionalRule: LAG_RULE,
      years,
    },
    [ledger, ...matcher.ledgers()],
    {
      years,
      unit: 'USD',
      yearType: 'US fiscal year',
      constantBase: 'FY2022 (inferred: constant equals current only in FY2022)',
      countries: sortedObject(Object.entries(out.countries)),
      other: sortedObject(Object.entries(out.other)),
    },
  );
}
