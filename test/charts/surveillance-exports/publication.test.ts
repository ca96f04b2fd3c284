// Published figures, reproduced by the chart as a reader sees it (issue #17).
// The numbers below are typed from their publication, not read from the code
// or the data file. They are the counts in the description of the dataset
// itself: Feldstein, "AI & Big Data Global Surveillance Index (2022 updated)",
// Mendeley Data, version 4 (6 June 2022), doi:10.17632/gjhf5y4xjp.4, as quoted
// from the Mendeley page by a third-party data-source audit (see
// shared/datasets/raw/carnegie-aigs-2022/SOURCE.md, "Checks against published
// figures"):
// - 97 countries with documented AI / big-data surveillance;
// - by technology, in the published order: safe/smart city 64, facial
//   recognition 78, smart policing 69, social-media surveillance 38;
// - Chinese technology in 68 countries, U.S. technology in 31.
// (The 2019 index's figures — 75 countries, 56/64/52, 63 Chinese, 32 U.S. —
// are a different edition and must not appear.)
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsSurveillanceExports } from '../../../src/index.js';
import type { DataTable } from '../../../src/core/export/data-table.js';
import { $$ } from '../../helpers/dom.js';
import { chartFixture, settled } from '../../helpers/wait.js';
import { textIn } from '../../helpers/languages.js';

const fixtureOf = (template: ReturnType<typeof html>) => chartFixture<RightsSurveillanceExports>(template, 'rights-surveillance-exports', 'svg.map path.country, table');

describe('<rights-surveillance-exports> reproduces the published figures (AIGS 2022, Mendeley Data V4)', () => {
  it('the summary: 97 countries, Chinese companies in 68, U.S. companies in 31', async () => {
    const el = await fixtureOf(html`<rights-surveillance-exports lang="en"></rights-surveillance-exports>`);
    const summary = textIn(el, '.summary');
    expect(summary).to.contain('by the governments of 97 countries.');
    expect(summary).to.contain('Chinese companies supply 68 of them');
    expect(summary).to.contain('U.S. companies supply 31');
    expect(summary).to.contain('of the 97 governments shown');
    // The chart says which edition it is, beside the map.
    expect(textIn(el, '.edition')).to.contain('2022 update (AIGS 2022), not the 2019 index');
  });

  it('the table, technology by technology: 64, 78, 69 and 38 countries', async () => {
    const el = await fixtureOf(html`<rights-surveillance-exports view="table" lang="en"></rights-surveillance-exports>`);
    expect($$(el, 'tbody tr').length).to.equal(97);
    const published: [string, number][] = [
      ['safe-city', 64],
      ['facial-recognition', 78],
      ['smart-policing', 69],
      ['social-media', 38],
    ];
    for (const [technology, count] of published) {
      el.technology = technology as RightsSurveillanceExports['technology'];
      await settled(el);
      expect($$(el, 'tbody tr').length, technology).to.equal(count);
      expect(textIn(el, 'caption'), technology).to.contain(`${count} countries`);
    }
  });

  it('the map and the download by supplier: 68 countries with Chinese companies, 31 with U.S. companies', async () => {
    const el = await fixtureOf(html`<rights-surveillance-exports supplier="china"></rights-surveillance-exports>`);
    // Countries coloured (not muted, not unlisted), plus the listed ones too small for the 110m map.
    const table = (await el.dataTable()) as DataTable;
    expect(table.rows.length).to.equal(68);
    expect(textIn(el, '.summary')).to.contain('68 countries match this choice');
    el.supplier = 'us';
    await settled(el);
    expect(((await el.dataTable()) as DataTable).rows.length).to.equal(31);
    expect(textIn(el, '.summary')).to.contain('31 countries match this choice');
  });
});
