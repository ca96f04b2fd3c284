// U.S. refugee admissions ceilings vs refugees admitted, by fiscal year, from the
// Migration Policy Institute's table of State Department (WRAPS) figures, read as published.
import { csvParseRows } from 'd3-dsv';
import { readRaw, num } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';

const FILE = 'mpi-us-refugee-admissions/MPI-Data-Hub_Refugee-Admissions_1975-2025Q1.csv';

/** "231,700 " -> 231700; "-" (no ceiling) -> null. */
const count = (cell) => num(String(cell).replace(/,/g, ''));

export function buildRefugeeAdmissions() {
  const file = readRaw(FILE);
  const lines = csvParseRows(file.text.replace(/^\uFEFF/, ''));
  const years = new Map();
  const partial = [];
  let header = false;
  let partialNote = null;
  let amerasian = null;
  const ledger = eachRow(file, (cells) => {
    const label = cells[0].trim();
    if (!header) {
      if (label === 'Year') header = true;
      return skip('title lines and header of the MPI table', label.slice(0, 30) || '(blank)');
    }
    const year = /^(\d{4})(\*?)$/.exec(label);
    if (!year) {
      // The asterisk footnote says which fiscal year is partial; keep its wording for the caveat.
      if (label.startsWith('*')) partialNote = label.replace(/^\*\s*/, '');
      if (label.startsWith('Note:')) amerasian = /except in FY ?(\d{4}) to (\d{4})/.exec(label);
      return skip('footnote, note or blank line of the MPI table (not data)', label.slice(0, 30) || '(blank)');
    }
    const fy = Number(year[1]);
    years.set(fy, { ceiling: count(cells[1]), admitted: count(cells[2]) });
    if (year[2]) partial.push(fy);
  }, lines);
  if (partial.length !== 1 || !partialNote || !amerasian) throw new Error('refugee admissions: expected one partial year with its footnote');
  const first = Math.min(...years.keys());
  const last = Math.max(...years.keys());
  const series = { start: first, ceiling: [], admitted: [] };
  for (let fy = first; fy <= last; fy++) {
    series.ceiling.push(years.get(fy)?.ceiling ?? null);
    series.admitted.push(years.get(fy)?.admitted ?? null);
  }
  const firstCeiling = first + series.ceiling.findIndex((v) => v !== null);
  // The footnote: "... Data for FY 2025 refer to the first quarter (October 2024 - December 2024)".
  const quarter = /refer to the (.+)$/.exec(partialNote)?.[1];
  if (!quarter) throw new Error('refugee admissions: the footnote no longer says what the partial year covers');
  return dataset(
    {
      id: 'refugee-admissions',
      title: `U.S. refugee admissions ceilings and refugees admitted, fiscal years ${firstCeiling}–${last}`,
      publisher: 'Migration Policy Institute (MPI) Data Hub, tabulation of U.S. Department of State, Bureau of Population, Refugees, and Migration data (Worldwide Refugee Admissions Processing System)',
      version: `MPI Data Hub table "U.S. Annual Refugee Resettlement Ceiling and Annual Number of Admitted Refugees", fiscal years ${first}–${last} (FY${last} first quarter only)`,
      origin: 'MPI Data Hub table as saved by github.com/LMundy98/USRefugees2025, commit 00f7cc8 (2025-07-28); unmodified.',
      citation: 'Migration Policy Institute (MPI) tabulation of data from the U.S. Department of State\'s Bureau of Population, Refugees, and Migration, Worldwide Refugee Admissions Processing System (WRAPS), MPI Data Hub.',
      url: 'https://www.migrationpolicy.org/programs/data-hub/charts/us-annual-refugee-resettlement-ceilings-and-number-refugees-admitted-united',
      caveats: [
        'U.S. fiscal years run from 1 October to 30 September.',
        `FY${last} is partial: its admissions cover the ${quarter}, so it is not comparable with whole years.`,
        `There was no refugee admissions ceiling before the Refugee Act of 1980; admissions before FY${firstCeiling} are shown without one.`,
        'Ceilings are the final ceilings as MPI reports them: where a president revised the ceiling during the year, only the revised figure is shown.',
        `Admissions include Amerasian immigrants except from FY${amerasian[1]} to FY${amerasian[2]}. State Department arrival figures differ slightly from the Department of Homeland Security's Yearbook of Immigration Statistics.`,
      ],
      dataNotes: [
        'series: start = first fiscal year; ceiling null where no ceiling existed; partial lists fiscal years with incomplete admissions. Presidential terms are not in the source.',
      ],
    },
    [ledger],
    { partial, series },
  );
}
