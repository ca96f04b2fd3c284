// Published figures, reproduced by the chart as a reader sees it (issue #17).
// The numbers below are typed from their publications, not read from the code
// or the data file:
// - 242 detainees held on 20 January 2009, when President Obama took office
//   (CNN, 19 January 2017, "Obama's final Guantanamo transfer"; Human Rights
//   First, "Guantánamo by the Numbers"; Reprieve's statistics page).
// - 15 men held in January 2025, "as the prison enters its 24th year" (The New
//   York Times' Guantánamo explainer, January 2025, read from a reproduced copy).
// - 779 people held in all since 2002 (Reprieve, Guantánamo statistics; Human
//   Rights First counts 780).
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsGuantanamo } from '../../../src/index.js';
import type { DataTable } from '../../../src/core/export/data-table.js';
import { $, $$ } from '../../helpers/dom.js';
import { chartFixture } from '../../helpers/wait.js';

const fixtureOf = (template: ReturnType<typeof html>) => chartFixture<RightsGuantanamo>(template, 'rights-guantanamo', 'svg.plot g.count, table');

/** The table's rows as [row header, cells…], whitespace collapsed. */
const rowsOf = (el: Element): string[][] =>
  $$(el, 'table:not(.terms) tbody tr').map((tr) => [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));

describe('<rights-guantanamo> reproduces the published figures', () => {
  it('table: 242 on January 20, 2009, 15 in January 2025, 779 held in all', async () => {
    const el = await fixtureOf(html`<rights-guantanamo view="table" lang="en"></rights-guantanamo>`);
    const rows = rowsOf(el);
    expect(rows.find((r) => r[0] === 'January 20, 2009')?.[1]).to.equal('242');
    expect(rows.find((r) => r[0] === 'January 2025')?.[1]).to.equal('15');
    const total = rows.find((r) => /^Held in all/.test(r[0]!));
    expect(total?.[1]).to.equal('779');
    expect(total?.[0]).to.contain('2002');
    // The peak year has a row and no number.
    const peak = rows.find((r) => /the most people held/.test(r[0]!));
    expect(peak?.[1]).to.equal('no number published');
    // Each count links its source page.
    for (const tr of $$(el, 'table:not(.terms) tbody tr')) expect(tr.querySelector('a')?.getAttribute('href')).to.match(/^https?:\/\//);
  });

  it('chart: the first and last dots read 242 and 15, with their dates; the summary says 779', async () => {
    const el = await fixtureOf(html`<rights-guantanamo lang="en"></rights-guantanamo>`);
    const options = $$(el, 'g.count[role="option"]');
    expect(options[0]!.getAttribute('aria-label')).to.equal('242 people held on January 20, 2009');
    expect(options[options.length - 1]!.getAttribute('aria-label')).to.equal('15 people held in January 2025');
    const values = $$(el, 'text.value').map((t) => t.textContent);
    expect(values).to.include('242');
    expect(values).to.include('15');
    expect($(el, '.summary')!.textContent).to.contain('779 people were held at Guantánamo Bay from 2002 to 2025.');
    expect($(el, '.summary')!.textContent).to.contain('went from 242 on January 20, 2009 to 15 in January 2025.');
  });

  it('the CSV has the same counts with their dates as published', async () => {
    const el = await fixtureOf(html`<rights-guantanamo></rights-guantanamo>`);
    const table = (await el.dataTable()) as DataTable;
    expect(table.rows.find((r) => r[0] === '2009-01-20')?.[2]).to.equal(242);
    expect(table.rows.find((r) => r[0] === '2025-01')?.[2]).to.equal(15);
    expect(table.notes.join(' ')).to.contain('779 people held in all, 2002 to 2025');
  });
});
