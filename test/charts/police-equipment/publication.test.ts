// Published figures, reproduced by the chart as a reader sees it (issue #17).
// The numbers below are typed from where they were published, not read from the
// code or the data file. Where that is, plainly:
// - 1,099 MRAPs, 66,708 rifles and $1.82 billion of acquisition value held by
//   state and local law enforcement on 31 March 2020 are the totals of the
//   Defense Logistics Agency's own property list, "LESO Property Transferred to
//   Participating Agencies — by state and agency name as of March 31, 2020"
//   (DISP_AllStatesAndTerritories_03312020.xlsx, published by DLA's Law
//   Enforcement Support Office; mirrored per state in D. Nguyen's
//   dod-leso-1033-data), as summed over its 141,068 item lines and recorded in
//   the dataset's SOURCE.md ("Coverage and checks"). DLA publishes the list,
//   not these sums; SOURCE.md notes they were not checked against a press
//   figure, and DLA's cumulative "value transferred since 1990" headline counts
//   items since returned, so it is not the same figure.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsPoliceEquipment } from '../../../src/index.js';
import type { DataTable } from '../../../src/core/export/data-table.js';
import { $$ } from '../../helpers/dom.js';
import { chartFixture, until } from '../../helpers/wait.js';
import { textIn } from '../../helpers/languages.js';

const fixtureOf = (template: ReturnType<typeof html>) => chartFixture<RightsPoliceEquipment>(template, 'rights-police-equipment', 'svg.map path.state, table');
const sumOf = (cells: (string | number | null)[]): number => cells.reduce<number>((a, b) => a + (typeof b === 'number' ? b : 0), 0);

describe('<rights-police-equipment> reproduces the published figures', () => {
  it('summary: $1.82 billion held in all; 1,099 MRAPs; 66,708 rifles', async () => {
    const el = await fixtureOf(html`<rights-police-equipment lang="en"></rights-police-equipment>`);
    expect(textIn(el, '.summary')).to.contain('held $1.82 billion from the Pentagon’s 1033 program');
    el.measure = 'mraps';
    await until(() => textIn(el, '.summary').includes('MRAPs'), 'MRAP summary');
    expect(textIn(el, '.summary')).to.contain('held 1,099 MRAPs from the Pentagon’s 1033 program');
    el.measure = 'rifles';
    await until(() => textIn(el, '.summary').includes('rifles'), 'rifle summary');
    expect(textIn(el, '.summary')).to.contain('held 66,708 rifles from the Pentagon’s 1033 program');
  });

  it('table: the places\' MRAPs add up to 1,099 and their rifles to 66,708', async () => {
    const el = await fixtureOf(html`<rights-police-equipment view="table" measure="mraps" lang="en"></rights-police-equipment>`);
    const column = (): number[] => $$(el, 'table tbody tr').map((tr) => Number(tr.querySelectorAll('td')[1]!.textContent!.replace(/[^\d]/g, '') || 0));
    await until(() => $$(el, 'table tbody tr').length, 'table');
    expect(column().reduce((a, b) => a + b, 0)).to.equal(1099);
    el.measure = 'rifles';
    await until(() => textIn(el, 'table thead').includes('Rifles'), 'rifle table');
    expect(column().reduce((a, b) => a + b, 0)).to.equal(66708);
  });

  it('the CSV has the same totals: 1,099 MRAPs, 66,708 rifles, $1.82 billion', async () => {
    const el = await fixtureOf(html`<rights-police-equipment measure="mraps"></rights-police-equipment>`);
    expect(sumOf(((await el.dataTable()) as DataTable).rows.map((r) => r[4]!))).to.equal(1099);
    el.measure = 'rifles';
    await el.updateComplete;
    expect(sumOf(((await el.dataTable()) as DataTable).rows.map((r) => r[4]!))).to.equal(66708);
    el.measure = 'value';
    await el.updateComplete;
    const dollars = sumOf(((await el.dataTable()) as DataTable).rows.map((r) => r[4]!));
    expect(Math.round(dollars / 1e7) / 100).to.equal(1.82);
  });
});
