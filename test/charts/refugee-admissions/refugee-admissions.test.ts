// <rights-refugee-admissions>: keyboard and pointer over the fiscal years,
// rights-select, the span of years, the table view, the data table,
// properties and languages.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsRefugeeAdmissions } from '../../../src/index.js';
import type { RefugeeYearSelectDetail } from '../../../src/core/events.js';
import { isWithheld, type DataTable } from '../../../src/core/export/data-table.js';
import { admissionsDataTable } from '../../../src/charts/refugee-admissions/data-table.js';
import { fiscalYears } from '../../../src/charts/refugee-admissions/years.js';
import type { RefugeeAdmissions } from '../../../src/data/refugee-admissions.js';
import { $, $$, quietly } from '../../helpers/dom.js';
import { chartFixture, nextEvent, settled, until } from '../../helpers/wait.js';
import { textIn, useCatalogues } from '../../helpers/languages.js';
import json from '../../../data/refugee-admissions.json';

useCatalogues();
const data = json as RefugeeAdmissions;
const TAG = 'rights-refugee-admissions';
const fixtureOf = (template: ReturnType<typeof html>) => chartFixture<RightsRefugeeAdmissions>(template, TAG, 'svg.plot rect.hit, table, .error');
const activeOf = (el: Element): string | null => $(el, 'svg.plot')!.getAttribute('aria-activedescendant');
const live = (el: Element): string => textIn(el, '[role="status"][aria-live="polite"]');
const at = (year: number, field: 'ceiling' | 'admitted'): number => data.series[field][year - data.series.start]!;
const firstCeiling = data.series.start + data.series.ceiling.findIndex((c) => c !== null);
const lastYear = data.series.start + data.series.admitted.length - 1;

describe('<rights-refugee-admissions>', () => {
  it('draws one option and one column per fiscal year with a ceiling; the partial year hatched, its gap not shaded', async () => {
    const el = await fixtureOf(html`<rights-refugee-admissions></rights-refugee-admissions>`);
    const count = lastYear - firstCeiling + 1;
    expect($$(el, 'rect.hit[role="option"]').length).to.equal(count);
    expect($$(el, 'svg.plot rect.column').length).to.equal(count);
    expect($$(el, 'svg.plot rect.column.partial').length).to.equal(data.partial.length);
    const shortYears = fiscalYears(data).filter((y) => !y.partial && y.admitted < y.ceiling).length;
    expect($$(el, 'svg.plot rect.shortfall').length).to.equal(shortYears);
    expect($(el, 'path.ceiling')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+H/);
    expect(textIn(el, 'svg.plot text.partial')).to.contain('partial');
    // Hatched, not filled like the whole years.
    expect(getComputedStyle($(el, 'svg.plot rect.column.partial')!).fill).to.match(/^url\(/);
    expect(getComputedStyle($(el, 'svg.plot rect.column:not(.partial)')!).fill).to.not.match(/^url\(/);
  });

  it('keys move through the years and announce them; Enter fires rights-select with the year\'s figures', async () => {
    const el = await fixtureOf(html`<rights-refugee-admissions></rights-refugee-admissions>`);
    ($(el, 'svg.plot') as SVGElement).focus();
    await until(() => activeOf(el) === `fy-${firstCeiling}`, 'first year active on focus');
    expect(live(el)).to.match(new RegExp(`^FY${firstCeiling}: ceiling `));
    await sendKeys({ press: 'ArrowRight' });
    await until(() => activeOf(el) === `fy-${firstCeiling + 1}`, 'second year after ArrowRight');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => activeOf(el) === `fy-${firstCeiling}`, 'back after ArrowLeft');
    await sendKeys({ press: 'End' });
    await until(() => activeOf(el) === `fy-${lastYear}`, 'last year after End');
    await until(() => $(el, '.tooltip:not([hidden])'), 'tooltip shown for the focused year');
    expect(textIn(el, '.tooltip')).to.contain('partial year');
    expect(live(el)).to.contain('partial year');
    const selected = nextEvent<RefugeeYearSelectDetail>(el, 'rights-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail).to.deep.equal({ fiscalYear: lastYear, ceiling: at(lastYear, 'ceiling'), admitted: at(lastYear, 'admitted'), partial: true });
    await until(() => live(el).startsWith('Selected:'), 'selection announced');
    await sendKeys({ press: 'Home' });
    await until(() => activeOf(el) === `fy-${firstCeiling}`, 'first year after Home');
  });

  it('hovering a column shows its tooltip; a click selects its year', async () => {
    const el = await fixtureOf(html`<div style="width: 700px"><rights-refugee-admissions></rights-refugee-admissions></div>`);
    const year = firstCeiling + 1;
    const box = $(el, `rect.hit[data-year="${year}"]`)!.getBoundingClientRect();
    const point = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true };
    $(el, 'svg.plot')!.dispatchEvent(new PointerEvent('pointermove', point));
    await until(() => $(el, '.tooltip:not([hidden])'), 'tooltip on hover');
    expect(textIn(el, '.tooltip')).to.contain(`FY${year}`);
    expect(textIn(el, '.tooltip')).to.contain(at(year, 'admitted').toLocaleString('en'));
    const selected = nextEvent<RefugeeYearSelectDetail>(el, 'rights-select');
    $(el, 'svg.plot')!.dispatchEvent(new MouseEvent('click', point));
    expect((await selected).detail).to.deep.equal({ fiscalYear: year, ceiling: at(year, 'ceiling'), admitted: at(year, 'admitted'), partial: false });
  });

  it('from and to choose the years, as numbers too; reversed or unknown years get a notice', async () => {
    const el = await fixtureOf(html`<rights-refugee-admissions from="2017"></rights-refugee-admissions>`);
    expect($$(el, 'rect.hit').length).to.equal(lastYear - 2017 + 1);
    el.from = 1990;
    el.to = 1999;
    await settled(el);
    expect($$(el, 'rect.hit').map((r) => r.getAttribute('data-year'))).to.deep.equal(['1990', '1991', '1992', '1993', '1994', '1995', '1996', '1997', '1998', '1999']);
    expect($$(el, 'svg.plot rect.column.partial').length).to.equal(0);
    expect(textIn(el, '.summary')).to.not.contain('partial');
    await quietly(async () => {
      el.from = 2020;
      el.to = 2010;
      await settled(el);
      expect(textIn(el, '.notice')).to.contain('"from" (2020) must be before "to" (2010)');
      expect($$(el, 'rect.hit').length).to.equal(lastYear - firstCeiling + 1);
      el.from = '1975';
      el.to = 'soon';
      await settled(el);
      expect(textIn(el, '.notice')).to.contain(`No data before ${firstCeiling}`);
      expect(textIn(el, '.notice')).to.contain('soon');
      el.view = 'pie' as 'chart';
      await settled(el);
      expect(textIn(el, '.notice')).to.contain('pie');
      expect($(el, 'svg.plot')).to.exist;
    });
  });

  it('view="table" lists every year with its difference; the partial year has none; the toolbar switches back', async () => {
    const el = await fixtureOf(html`<rights-refugee-admissions view="table" from="2019" to="2025"></rights-refugee-admissions>`);
    const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows.map((r) => r[0])).to.deep.equal(['FY2019', 'FY2020', 'FY2021', 'FY2022', 'FY2023', 'FY2024', 'FY2025 (partial year)']);
    // FY2019: admissions equal to the ceiling in the data, so no sign.
    expect(at(2019, 'admitted')).to.equal(at(2019, 'ceiling'));
    expect(rows[0]![3]).to.equal('0');
    expect(rows[0]![4]).to.equal('100%');
    expect(rows[2]![3]).to.equal(`\u2212${(at(2021, 'ceiling') - at(2021, 'admitted')).toLocaleString('en')}`);
    expect(rows[6]![3]).to.equal('partial year');
    const button = $(el, '.toolbar button[aria-pressed]') as HTMLButtonElement;
    button.click();
    await until(() => $(el, 'svg.plot'), 'chart again');
    expect(el.getAttribute('view')).to.equal('chart');
  });

  it('dataTable() does not pass MPI\'s table on (its terms may need permission) and says where to get it; the table it would build has every year', async () => {
    const el = await fixtureOf(html`<rights-refugee-admissions from="2017"></rights-refugee-admissions>`);
    const result = await el.dataTable();
    expect(isWithheld(result)).to.equal(true);
    expect((result as { withheld: string }).withheld).to.contain('written consent').and.contain('https://www.migrationpolicy.org/');
    // With the terms set aside (as a permission would), the rows are the years shown, oldest first.
    const open = admissionsDataTable('t', { ...data, meta: { ...data.meta, id: 'permitted', commercialUse: 'allowed' } }, fiscalYears(data).filter((y) => y.year >= 2017)) as DataTable;
    expect(open.rows.map((r) => r[0])).to.deep.equal(Array.from({ length: lastYear - 2017 + 1 }, (_, i) => 2017 + i));
    expect(open.rows[open.rows.length - 1]![3]).to.equal('yes');
    expect(open.rows[0]![3]).to.equal(null);
  });

  it('in French, Spanish and Arabic: its own words; Arabic runs right to left, the plot stays left to right', async () => {
    const en = await fixtureOf(html`<rights-refugee-admissions></rights-refugee-admissions>`);
    for (const lang of ['fr', 'es', 'ar']) {
      const el = await fixtureOf(html`<rights-refugee-admissions lang=${lang}></rights-refugee-admissions>`);
      for (const part of ['h2', '.legend', '.summary', 'svg.plot text.partial']) expect(textIn(el, part), `${lang} ${part}`).to.not.equal(textIn(en, part));
      expect($(el, '.chart')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(getComputedStyle($(el, 'svg.plot')!).direction).to.equal('ltr');
    }
    const fr = await fixtureOf(html`<rights-refugee-admissions lang="fr"></rights-refugee-admissions>`);
    expect(textIn(fr, '.summary')).to.contain('exercice');
    expect(textIn(fr, 'footer details')).to.contain('octobre 2024');
  });
});
