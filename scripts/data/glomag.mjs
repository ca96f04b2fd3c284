// Global Magnitsky (GLOMAG) entries on OFAC's SDN list, by the year they were first seen
// and by kind (individual, entity, vessel). Entries already listed when the record begins
// have no date and are counted apart.
import { readRawCsv } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';

const FILE = 'ofac-global-magnitsky/glomag_sdn_entries.csv';
const KINDS = ['individual', 'entity', 'vessel'];

export function buildGlomag() {
  const file = readRawCsv(FILE);
  const blank = () => KINDS.map(() => 0);
  const undated = blank();
  const byYear = new Map();
  const byDate = new Map();
  const removed = blank();
  let firstRecord = null;
  let lastRecord = null;
  const ledger = eachRow(file, (row) => {
    const kind = KINDS.indexOf(row.sdn_type);
    if (kind < 0) return skip('not an individual, entity or vessel entry', row.sdn_type);
    if (!row.programs.split(';').map((p) => p.trim()).includes('GLOMAG')) return skip('entry without the GLOMAG tag', row.ent_num);
    if (!firstRecord || row.first_seen < firstRecord) firstRecord = row.first_seen;
    if (!lastRecord || row.last_seen > lastRecord) lastRecord = row.last_seen;
    if (row.on_list_at_end === '0') removed[kind] += 1;
    if (row.first_seen_is_baseline === '1') {
      undated[kind] += 1;
      return;
    }
    const year = Number(row.first_seen.slice(0, 4));
    if (!byYear.has(year)) byYear.set(year, blank());
    byYear.get(year)[kind] += 1;
    if (!byDate.has(row.first_seen)) byDate.set(row.first_seen, blank());
    byDate.get(row.first_seen)[kind] += 1;
  });
  const columns = (map) => {
    const keys = [...map.keys()].sort();
    return { keys, ...Object.fromEntries(KINDS.map((kind, k) => [kind, keys.map((key) => map.get(key)[k])])) };
  };
  const { keys: years, ...perYear } = columns(byYear);
  const { keys: dates, ...perDate } = columns(byDate);
  const entries = undated.reduce((a, b) => a + b, 0) + Object.values(perYear).flat().reduce((a, b) => a + b, 0);
  const partialYears = [Number(firstRecord.slice(0, 4)), Number(lastRecord.slice(0, 4))];
  const long = (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return dataset(
    {
      id: 'glomag',
      title: 'Global Magnitsky sanctions: entries on the U.S. Treasury\'s SDN list by year first seen and kind',
      publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC), Specially Designated Nationals and Blocked Persons List, as archived every six hours by Jack Dwyer',
      version: `SDN list versions from ${long(firstRecord)} to ${long(lastRecord)}`,
      origin: 'OFAC sdn.csv as git-scraped in github.com/jackdwyer/specially-designated-nationals-list (308 versions, 2021-08-18 to 2024-05-03); entries with the GLOMAG program tag.',
      citation: `U.S. Treasury, Office of Foreign Assets Control, Specially Designated Nationals and Blocked Persons List (versions of ${long(firstRecord)} to ${long(lastRecord)}), Global Magnitsky program (Executive Order 13818).`,
      url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
      caveats: [
        'Counts are entries on the sanctions list, not sanction announcements or people: one announcement can add many entries, companies and vessels are entries of their own, and an entry can fall under other sanctions programs too.',
        `Entries already on the list on ${long(firstRecord)} have no date in this record: they were designated between December 2017 and then, and are counted together as undated.`,
        `${partialYears[0]} (from ${long(firstRecord)}) and ${partialYears[1]} (to ${long(lastRecord)}) are partial years.`,
        'A year is the year an entry was first seen on the list, which can lag the announcement by hours, or by days when the archive missed a copy.',
        'Entries removed from the list before the last version are still counted in the year they were first seen.',
      ],
      dataNotes: [
        'kinds: individual, entity, vessel. undated: entries already listed at the first version, per kind. years/dates: entries first seen per year or date, per kind. removed: entries no longer listed at the last version, per kind. The target\'s country is not shipped: the list gives it for few entries.',
      ],
    },
    [ledger],
    {
      kinds: KINDS,
      firstRecord,
      lastRecord,
      partialYears,
      entries,
      undated,
      removed,
      years: { year: years, ...perYear },
      dates: { date: dates, ...perDate },
    },
  );
}
