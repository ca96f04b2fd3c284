// Likely US strikes in Somalia 2007 – Aug 2022 from the Airwars archive (as labelled
// by S. Colao): strike list and yearly counts claimed vs not claimed by AFRICOM.
import { readRawCsv, num } from './lib/raw.mjs';
import { RowLedger } from './lib/ledger.mjs';
import { toSeries, entryFor } from './lib/yearly.mjs';

const YES_NO = { Yes: 1, No: 0 };
const DPH = { Yes: 1, No: 0, Maybe: 0.5 };

export function buildAirwarsSomalia() {
  const file = readRawCsv('airwars-us-somalia-strikes/us_somalia_strikes_tidy.csv');
  const ledger = new RowLedger(file);
  const strikes = { code: [], dateStart: [], dateEnd: [], location: [], claimed: [], dph: [] };
  const byYear = new Map();
  const key = (r) => `${r.date_start} ${r.airwars_code}`;
  const rows = [...file.rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
  for (const row of rows) {
    ledger.seen();
    const claimed = YES_NO[row.claimed_by_africom.trim()];
    const year = num(row.year);
    if (claimed === undefined || year === null) {
      ledger.exclude('no year or AFRICOM claim label', row.airwars_code);
      continue;
    }
    ledger.used();
    strikes.code.push(row.airwars_code);
    strikes.dateStart.push(row.date_start);
    strikes.dateEnd.push(row.date_end || null);
    strikes.location.push(row.location);
    strikes.claimed.push(claimed);
    strikes.dph.push(DPH[row.dph_claim.trim()] ?? null);
    const entry = entryFor(byYear, 'all', year, () => ({ strikes: 0, claimed: 0, notClaimed: 0 }));
    entry.strikes += 1;
    if (claimed) entry.claimed += 1;
    else entry.notClaimed += 1;
  }
  return {
    source: {
      id: 'airwars-somalia',
      title: 'Likely US strikes in Somalia, claimed and not claimed by AFRICOM, 2007–2022',
      publisher: 'Airwars (US Forces in Somalia archive), compiled and labelled by Stephanie Colao',
      version: 'Airwars pages pulled August 2022; stefficolao/US-airbornestrikes-Somalia@bc517ab',
      licence: 'No licence stated; facts derived from Airwars pages, Airwars terms apply (verify before redistribution outside the project)',
      citation: 'Airwars, US Forces in Somalia archive (airwars.org), as compiled by S. Colao, "Back Again: How Airborne Strikes Against al-Shabaab Further U.S. Imperial Interests", Journal of International Law and Foreign Affairs 28.1 (2022/2024).',
      url: 'https://airwars.org/conflict/us-forces-in-somalia/',
      caveats: [
        'A strike list, not casualty figures. Excludes claims Airwars judged unsubstantiated and strikes after August 2022.',
        '"Not claimed" strikes may be undeclared AFRICOM, CIA or non-US strikes.',
        'Multi-day incidents count once, in the year of their first day; annual counts are approximate. USSOM040 is dated 2015-07-15 to 2019-07-18 in the source (probably 15–18 July 2015), kept as given.',
        'dph: whether a claim exists that the target directly participated in hostilities (1 yes, 0.5 maybe, 0 no), per the compiler.',
      ],
      raw: [ledger.toJSON()],
    },
    files: [
      {
        name: 'airwars-somalia.json',
        data: {
          yearly: toSeries(byYear.get('all'), ['strikes', 'claimed', 'notClaimed'], 0),
          strikes,
        },
      },
    ],
  };
}
