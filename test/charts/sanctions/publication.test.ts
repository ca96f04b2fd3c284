// Published figures, reproduced by the chart as a reader sees it (issue #17).
// The numbers below are typed from their publication, not read from the code
// or the data file: the counts of the raw data's SOURCE.md ("Results /
// checks"), computed there from 308 archived versions (18 August 2021 to
// 3 May 2024) of the U.S. Treasury OFAC's Specially Designated Nationals and
// Blocked Persons List (the SDN list archive, git-scraped by J. Dwyer), entries
// carrying the GLOMAG program tag:
// - 701 entries: 238 individuals, 306 entities, 157 vessels;
// - first seen: 323 undated (already listed on 18 August 2021), 92 in 2021
//   (from 18 August), 193 in 2022 (182 of them on 9 December 2022, including
//   all 157 vessels), 78 in 2023, 15 in 2024 (to 3 May).
// OFAC publishes no running Global Magnitsky total; SOURCE.md says so too.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsSanctions } from '../../../src/index.js';
import type { DataTable } from '../../../src/core/export/data-table.js';
import { $, $$ } from '../../helpers/dom.js';
import { chartFixture } from '../../helpers/wait.js';

const fixtureOf = (template: ReturnType<typeof html>) => chartFixture<RightsSanctions>(template, 'rights-sanctions', 'svg.plot g.column, table');

/** The table's rows as [row header, cells…], whitespace collapsed. */
const rowsOf = (el: Element): string[][] => $$(el, 'tbody tr').map((tr) => [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));

describe('<rights-sanctions> reproduces the published figures', () => {
  it('table: 701 entries = 238 individuals, 306 entities, 157 vessels; 323 undated; 92, 193, 78, 15 by year', async () => {
    const el = await fixtureOf(html`<rights-sanctions view="table" lang="en"></rights-sanctions>`);
    const rows = rowsOf(el);
    expect(rows.find((r) => r[0] === 'Total')?.slice(1)).to.deep.equal(['238', '306', '157', '701']);
    expect(rows[0]![0]).to.equal('Undated: already listed on August 18, 2021');
    expect(rows[0]![4]).to.equal('323');
    expect(rows.slice(1, 5).map((r) => [r[0], r[4]])).to.deep.equal([
      ['2021 (from August 18, 2021)', '92'],
      ['2022', '193'],
      ['2023', '78'],
      ['2024 (to May 3, 2024)', '15'],
    ]);
    // All 157 vessels were first seen in 2022.
    expect(rows.find((r) => r[0] === '2022')?.[3]).to.equal('157');
  });

  it('chart: the columns read 323 undated, then 92, 193, 78, 15; the summary gives 701 by kind and 182 on 9 December 2022', async () => {
    const el = await fixtureOf(html`<rights-sanctions lang="en"></rights-sanctions>`);
    expect($$(el, 'text.value').map((t) => t.textContent)).to.deep.equal(['323', '92', '193', '78', '15']);
    const summary = $(el, '.summary')!.textContent!;
    expect(summary).to.contain('The chart counts 701 entries of the Global Magnitsky program on the U.S. sanctions list: 238 individuals, 306 entities and 157 vessels.');
    expect(summary).to.contain('323 of them were already listed on August 18, 2021 and have no date.');
    expect(summary).to.contain('the most were first seen in 2022: 193 entries.');
    expect(summary).to.contain('The most on one day: 182 entries on December 9, 2022.');
  });

  it('the CSV has the same counts: 238 individuals in all; the 157 vessels all first seen in 2022', async () => {
    const el = await fixtureOf(html`<rights-sanctions kind="individual"></rights-sanctions>`);
    const table = (await el.dataTable()) as DataTable;
    expect(table.rows.reduce((sum, r) => sum + Number(r[3]), 0)).to.equal(238);
    el.kind = 'vessel';
    await el.updateComplete;
    const vessels = (await el.dataTable()) as DataTable;
    expect(vessels.rows.filter((r) => Number(r[3]) > 0).map((r) => [r[0], r[3]])).to.deep.equal([[2022, 157]]);
  });
});
