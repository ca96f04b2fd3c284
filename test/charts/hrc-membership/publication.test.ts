// Published figures, reproduced by the chart as a reader sees it (issue #17).
// The numbers below are typed from their publications, not read from the code
// or the data file:
// - 47 seats on the Council: General Assembly resolution 60/251 of 15 March
//   2006, paragraph 7 ("The Council shall consist of forty-seven Member States").
// - 47 member states in every cycle but two, with 48 in 2018 and 2022, where a
//   seat changed hands: the United States withdrew on 19 June 2018 and Iceland
//   was elected to its seat on 13 July 2018 (AP, 13 July 2018); Russia was
//   suspended on 7 April 2022 (GA resolution ES-11/3) and Czechia elected to its
//   seat by the General Assembly on 10 May 2022.
// - The U.S. record: not a member 2006–2008 (it voted against GA res 60/251 and
//   did not stand; StopVAW/University of Minnesota, JURIST 2009), elected
//   12 May 2009 (BBC), a member 2009–10 to 2011–12 and 2013–2015 (re-elected
//   12 November 2012, AP), not eligible in 2016 (two-term limit; UN press,
//   October 2015), elected for 2017–2019 (UN press summary, 28 October 2016),
//   withdrew 19 June 2018, not a member 2019–2021, elected for 2022–2024
//   (Xinhua, 14 October 2021), not a member in 2025 (not among the 18 elected on
//   9 October 2024). The same record is SOURCE.md's "Checks against published
//   lists" (UN records).
// - 108 states had served on the Council by July 2018, when Iceland joined: the
//   UN spokesman's figure (Arete News, "Iceland replaces U.S. on U.N. rights
//   panel", July 2018).
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsHrcMembership } from '../../../src/index.js';
import type { DataTable } from '../../../src/core/export/data-table.js';
import { $$ } from '../../helpers/dom.js';
import { chartFixture } from '../../helpers/wait.js';

const fixtureOf = (template: ReturnType<typeof html>) => chartFixture<RightsHrcMembership>(template, 'rights-hrc-membership', 'svg.plot g.cycle, table');

/** The counts table's rows as [cycle, cells…], whitespace collapsed. */
const countRows = (el: Element): string[][] =>
  $$(el, 'table.counts tbody tr').map((tr) => [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));

const PUBLISHED_CYCLES = ['2006–2007', '2007–2008', '2008–2009', '2009–2010', '2010–2011', '2011–2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'];
const US_MEMBER = new Set(['2009–2010', '2010–2011', '2011–2012', '2013', '2014', '2015', '2017', '2022', '2023', '2024']);

describe('<rights-hrc-membership> reproduces the published figures', () => {
  it('table: 47 states in every cycle but 2018 and 2022 (48: a seat changed hands); the U.S. record year by year', async () => {
    const el = await fixtureOf(html`<rights-hrc-membership view="table" lang="en"></rights-hrc-membership>`);
    const rows = countRows(el);
    expect(rows.map((r) => r[0])).to.deep.equal(PUBLISHED_CYCLES);
    const states = Object.fromEntries(rows.map((r) => [r[0], r[r.length - 2]]));
    for (const cycle of PUBLISHED_CYCLES) expect(states[cycle], cycle).to.equal(cycle === '2018' || cycle === '2022' ? '48' : '47');
    const us = Object.fromEntries(rows.map((r) => [r[0], r[r.length - 1]]));
    for (const cycle of PUBLISHED_CYCLES) {
      const expected = cycle === '2018' ? 'withdrew' : US_MEMBER.has(cycle) ? 'member' : 'not a member';
      expect(us[cycle], `U.S. in ${cycle}`).to.equal(expected);
    }
  });

  it('chart: the seats line at 47 and one column per cycle; the 2018 and 2022 columns say 48 states held the 47 seats; the U.S. events sit over 2018 and 2022', async () => {
    const el = await fixtureOf(html`<rights-hrc-membership lang="en"></rights-hrc-membership>`);
    expect($$(el, 'text.seats-value').map((t) => t.textContent)).to.deep.equal(['47']);
    const options = $$(el, 'g.cycle[role="option"]');
    expect(options).to.have.length(PUBLISHED_CYCLES.length);
    const labels = options.map((o) => o.getAttribute('aria-label')!);
    expect(labels[PUBLISHED_CYCLES.indexOf('2018')]).to.contain('48 states held the 47 seats').and.contain('withdrew on June 19, 2018');
    expect(labels[PUBLISHED_CYCLES.indexOf('2022')]).to.contain('48 states held the 47 seats').and.contain('The United States was a member.');
    for (const cycle of ['2006–2007', '2016', '2019', '2025']) expect(labels[PUBLISHED_CYCLES.indexOf(cycle)], cycle).to.contain('The United States was not a member.');
    expect($$(el, 'text.event').map((t) => t.textContent)).to.deep.equal(['U.S. withdraws', 'U.S. returns']);
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('withdrew on June 19, 2018 and returned in 2022');
  });

  it('the CSV: 108 states had served by the 2018 cycle and each cycle lists its members', async () => {
    const el = await fixtureOf(html`<rights-hrc-membership lang="en"></rights-hrc-membership>`);
    const table = (await el.dataTable()) as DataTable;
    const upTo2018 = new Set<string>();
    for (const row of table.rows) {
      const cycle = String(row[0]);
      if (PUBLISHED_CYCLES.indexOf(cycle) <= PUBLISHED_CYCLES.indexOf('2018')) upTo2018.add(String(row[3]));
    }
    expect(upTo2018.size).to.equal(108);
    expect(table.rows.filter((r) => r[0] === '2018').map((r) => r[3])).to.include.members(['USA', 'ISL']);
    expect(table.rows.filter((r) => r[0] === '2022').map((r) => r[3])).to.include.members(['RUS', 'CZE']);
  });
});
