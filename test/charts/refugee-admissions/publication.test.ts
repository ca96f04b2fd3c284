// Published figures, reproduced by the chart as a reader sees it. The numbers
// below are typed from their publication, not read from the code or the data
// file: the Migration Policy Institute's Data Hub table "U.S. Annual Refugee
// Resettlement Ceilings and Number of Refugees Admitted, 1980–Present" (MPI
// tabulation of State Department WRAPS data;
// https://www.migrationpolicy.org/programs/data-hub/charts/us-annual-refugee-resettlement-ceilings-and-number-refugees-admitted-united),
// as recorded in the raw file's SOURCE.md:
// - FY1980: ceiling 231,700, 207,116 refugees admitted;
// - the lowest ceiling: 18,000, FY2020;
// - the fewest refugees admitted: 11,411, FY2021 (FY2025's 27,308 covers only
//   October–December 2024, so it is not a whole year).
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsRefugeeAdmissions } from '../../../src/index.js';
import { $, $$ } from '../../helpers/dom.js';
import { chartFixture } from '../../helpers/wait.js';

const fixtureOf = (template: ReturnType<typeof html>) => chartFixture<RightsRefugeeAdmissions>(template, 'rights-refugee-admissions', 'svg.plot rect.hit, table');

/** The table's rows as [row header, cells…], whitespace collapsed. */
const rowsOf = (el: Element): string[][] => $$(el, 'tbody tr').map((tr) => [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));

describe('<rights-refugee-admissions> reproduces the figures published by the MPI Migration Data Hub', () => {
  it('table: FY1980 231,700 and 207,116; FY2020 18,000 the lowest ceiling; FY2021 11,411 the fewest admitted', async () => {
    const el = await fixtureOf(html`<rights-refugee-admissions view="table" lang="en"></rights-refugee-admissions>`);
    const rows = rowsOf(el);
    const row = (fy: string) => rows.find((r) => r[0] === fy)!;
    expect(row('FY1980').slice(1, 3)).to.deep.equal(['231,700', '207,116']);
    expect(row('FY2020')[1]).to.equal('18,000');
    expect(row('FY2021')[2]).to.equal('11,411');
    const number = (text: string): number => Number(text.replace(/,/g, ''));
    const ceilings = rows.map((r) => number(r[1]!));
    expect(Math.min(...ceilings)).to.equal(18000);
    const whole = rows.filter((r) => !/partial/.test(r[0]!));
    expect(Math.min(...whole.map((r) => number(r[2]!)))).to.equal(11411);
    expect(rows[0]![0]).to.equal('FY1980');
  });

  it('chart: the options read the same figures, and the summary names the lowest ceiling and the fewest admitted', async () => {
    const el = await fixtureOf(html`<rights-refugee-admissions lang="en"></rights-refugee-admissions>`);
    const options = $$(el, 'rect.hit[role="option"]');
    expect(options[0]!.getAttribute('aria-label')).to.equal('FY1980: ceiling 231,700; 207,116 refugees admitted, 89% of the ceiling.');
    expect($(el, 'rect.hit[data-year="2020"]')!.getAttribute('aria-label')).to.match(/^FY2020: ceiling 18,000;/);
    expect($(el, 'rect.hit[data-year="2021"]')!.getAttribute('aria-label')).to.contain('; 11,411 refugees admitted');
    const summary = $(el, '.summary')!.textContent!;
    expect(summary).to.contain('In FY1980 the ceiling was 231,700 and 207,116 refugees were admitted');
    expect(summary).to.contain('The lowest ceiling was 18,000 (FY2020); the fewest refugees admitted in a whole year were 11,411 (FY2021).');
  });

  it('credits MPI and cites the MPI original, with the State Department figures public domain', async () => {
    const el = await fixtureOf(html`<rights-refugee-admissions lang="en"></rights-refugee-admissions>`);
    const footer = $(el, 'footer')!.textContent!.replace(/\s+/g, ' ');
    expect(footer).to.contain('Migration Policy Institute (MPI)');
    expect(footer).to.contain('figures public domain');
    expect(footer).to.contain('MPI Data Hub');
    expect($(el, 'footer a')!.getAttribute('href')).to.match(/^https:\/\/www\.migrationpolicy\.org\//);
  });
});
