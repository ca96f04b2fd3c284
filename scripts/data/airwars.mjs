// Likely US strikes in Somalia 2007 – Aug 2022 from the Airwars archive (as labelled
// by S. Colao): strike list and yearly counts claimed vs not claimed by AFRICOM.
import { readRawCsv, num } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';
import { toSeries, entryFor } from './lib/yearly.mjs';
import { COVERAGE_RULE } from './lib/provisional.mjs';

const YES_NO = { Yes: 1, No: 0 };
const DPH = { Yes: 1, No: 0, Maybe: 0.5 };

export function buildAirwarsSomalia() {
  const file = readRawCsv('airwars-us-somalia-strikes/us_somalia_strikes_tidy.csv');
  const strikes = { code: [], dateStart: [], dateEnd: [], location: [], claimed: [], dph: [] };
  const byYear = new Map();
  const key = (r) => `${r.date_start} ${r.airwars_code}`;
  const rows = [...file.rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
  const ledger = eachRow(file, (row) => {
    const claimed = YES_NO[row.claimed_by_africom.trim()];
    const year = num(row.year);
    if (claimed === undefined || year === null) return skip('no year or AFRICOM claim label', row.airwars_code);
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
  }, rows);
  // The pages were copied in August 2022: the latest year of the list is incomplete.
  const listed = [...byYear.get('all').keys()];
  const last = Math.max(...listed);
  const yearStatus = { first: Math.min(...listed), last, latestCompleteYear: last - 1, provisionalYears: [last] };
  return dataset(
    {
      id: 'airwars-somalia',
      title: 'Likely US strikes in Somalia, claimed and not claimed by AFRICOM, 2007–2022',
      publisher: 'Airwars (US Forces in Somalia archive), compiled and labelled by Stephanie Colao',
      version: 'Airwars pages as pulled in August 2022',
      origin: 'somalia_data.csv in github.com/stefficolao/US-airbornestrikes-Somalia, commit bc517ab6489e8e726dc1a2cb5573392daa514f6d (no licence stated).',
      citation: 'Airwars, US Forces in Somalia archive (airwars.org), as compiled by S. Colao, "Back Again: How Airborne Strikes Against al-Shabaab Further U.S. Imperial Interests", Journal of International Law and Foreign Affairs 28.1 (2022/2024).',
      url: 'https://airwars.org/conflict/us-forces-in-somalia/',
      caveats: [
        'A strike list, not casualty figures. Excludes claims Airwars judged unsubstantiated and strikes after August 2022.',
        '"Not claimed" strikes may be undeclared AFRICOM, CIA or non-US strikes.',
        'Incidents over several days count once, in the year of their first day; annual counts are approximate. One incident is dated July 2015 to July 2019 in the source (probably 15–18 July 2015) and is kept as given.',
        'The compiler also notes whether anyone claimed the target took a direct part in hostilities.',
        '2022 is incomplete: the archive was copied in August 2022.',
      ],
      dataNotes: [
        'dph: whether a claim exists that the target directly participated in hostilities (1 yes, 0.5 maybe, 0 no), per the compiler. USSOM040 is dated 2015-07-15 to 2019-07-18 in the source, kept as given.',
      ],
      provisionalRule: `${COVERAGE_RULE} The Airwars pages were copied in August 2022, so 2022 is incomplete.`,
      years: { strikes: yearStatus },
    },
    [ledger],
    {
      years: { strikes: yearStatus },
      yearly: toSeries(byYear.get('all'), ['strikes', 'claimed', 'notClaimed'], 0),
      strikes,
    },
  );
}
