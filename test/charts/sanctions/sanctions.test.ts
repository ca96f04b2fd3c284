// <rights-sanctions>: keyboard and pointer on the columns, rights-select, the
// kinds and span of years, the table view, the data table, properties and languages.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsSanctions } from '../../../src/index.js';
import type { SanctionsSelectDetail } from '../../../src/core/events.js';
import type { DataTable } from '../../../src/core/export/data-table.js';
import type { Glomag } from '../../../src/data/sanctions.js';
import { $, $$, quietly } from '../../helpers/dom.js';
import { chartFixture, nextEvent, settled, until } from '../../helpers/wait.js';
import { textIn, useCatalogues } from '../../helpers/languages.js';
import json from '../../../data/glomag.json';

useCatalogues();
const data = json as unknown as Glomag;
const fixtureOf = (template: ReturnType<typeof html>) => chartFixture<RightsSanctions>(template, 'rights-sanctions', 'svg.plot g.column, table, .error');
const activeOf = (el: Element): string | null => $(el, 'svg.plot')!.getAttribute('aria-activedescendant');
const live = (el: Element): string => textIn(el, '[role="status"][aria-live="polite"]');
const lastYear = data.years.year[data.years.year.length - 1]!;

describe('<rights-sanctions>', () => {
  it('draws one option per period, the undated one first and set apart, three kinds stacked', async () => {
    const el = await fixtureOf(html`<rights-sanctions></rights-sanctions>`);
    const columns = $$(el, 'g.column[role="option"]');
    expect(columns.map((c) => c.id)).to.deep.equal(['period-undated', ...data.years.year.map((y) => `period-${y}`)]);
    expect(columns[0]!.classList.contains('undated')).to.equal(true);
    expect(Boolean($(el, 'svg.plot line.divider'))).to.equal(true);
    expect(Boolean($(el, 'svg.plot rect.outline'))).to.equal(true);
    expect(new Set($$(el, 'rect.segment').map((r) => r.classList[1]))).to.deep.equal(new Set(['individual', 'entity', 'vessel']));
    expect(textIn(el, '.lede')).to.contain('not sanction actions');
  });

  it('keys move through the columns and announce them; Enter fires rights-select with the column\'s counts', async () => {
    const el = await fixtureOf(html`<rights-sanctions></rights-sanctions>`);
    ($(el, 'svg.plot') as SVGElement).focus();
    await until(() => activeOf(el) === 'period-undated', 'undated column active on focus');
    expect(live(el)).to.match(/^Undated: already listed on August 18, 2021: \d+ entries \(/);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => activeOf(el) === `period-${data.years.year[0]}`, 'first year after ArrowRight');
    await sendKeys({ press: 'End' });
    await until(() => activeOf(el) === `period-${lastYear}`, 'last year after End');
    await until(() => $(el, '.tooltip:not([hidden])'), 'tooltip shown for the focused column');
    expect(textIn(el, '.tooltip')).to.contain(`${lastYear} (to May 3, 2024)`);
    const selected = nextEvent<SanctionsSelectDetail>(el, 'rights-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    const i = data.years.year.length - 1;
    const [individual, entity, vessel] = [data.years.individual[i]!, data.years.entity[i]!, data.years.vessel[i]!];
    expect(detail).to.deep.equal({ year: lastYear, kinds: ['individual', 'entity', 'vessel'], entries: individual + entity + vessel, individual, entity, vessel });
    await until(() => live(el).startsWith('Selected:'), 'selection announced');
    await sendKeys({ press: 'Home' });
    await until(() => activeOf(el) === 'period-undated', 'undated after Home');
  });

  it('a click on a column selects it; the undated column reports a null year', async () => {
    const el = await fixtureOf(html`<div style="width: 700px"><rights-sanctions></rights-sanctions></div>`);
    const box = $(el, 'g.column#period-undated rect.hit')!.getBoundingClientRect();
    const selected = nextEvent<SanctionsSelectDetail>(el, 'rights-select');
    $(el, 'svg.plot')!.dispatchEvent(new MouseEvent('click', { clientX: box.x + box.width / 2, clientY: box.y + box.height - 4, bubbles: true }));
    const { detail } = await selected;
    expect(detail.year).to.equal(null);
    expect([detail.individual, detail.entity, detail.vessel]).to.deep.equal(data.undated);
  });

  it('kind filters the segments, as an array too; from/to choose the years; bad values get a notice', async () => {
    const el = await fixtureOf(html`<rights-sanctions kind="vessel"></rights-sanctions>`);
    expect(new Set($$(el, 'rect.segment').map((r) => r.classList[1]))).to.deep.equal(new Set(['vessel']));
    expect($$(el, '.legend li').length).to.equal(2);
    el.kind = ['individual', 'entity'];
    el.from = 2022;
    await settled(el);
    expect(new Set($$(el, 'rect.segment').map((r) => r.classList[1]))).to.deep.equal(new Set(['individual', 'entity']));
    expect($$(el, 'g.column').map((c) => c.id)).to.deep.equal(data.years.year.filter((y) => y >= 2022).map((y) => `period-${y}`));
    expect(Boolean($(el, 'line.divider'))).to.equal(false);
    await quietly(async () => {
      el.kind = 'ships';
      el.from = 2024;
      el.to = 2022;
      await settled(el);
      expect(textIn(el, '.notice')).to.contain('Unknown kind "ships" ignored');
      expect(textIn(el, '.notice')).to.contain('"from" (2024) must be before "to" (2022)');
      expect($$(el, 'g.column').length).to.equal(data.years.year.length + 1);
    });
  });

  it('view="table" lists years × kinds with the undated row first; the toolbar switches back', async () => {
    const el = await fixtureOf(html`<rights-sanctions view="table"></rights-sanctions>`);
    const rows = $$(el, 'tbody tr');
    expect(rows.length).to.equal(data.years.year.length + 2);
    expect(rows[0]!.classList.contains('undated')).to.equal(true);
    expect($$(el, 'thead th').map((th) => th.textContent!.trim())).to.deep.equal(['First seen', 'Individuals', 'Entities', 'Vessels', 'All kinds shown']);
    const button = $(el, '.toolbar button[aria-pressed]') as HTMLButtonElement;
    button.click();
    await until(() => $(el, 'svg.plot'), 'chart again');
    expect(el.getAttribute('view')).to.equal('chart');
  });

  it('dataTable() resolves to the periods shown, undated first, with the dates each covers', async () => {
    const el = await fixtureOf(html`<rights-sanctions kind="individual"></rights-sanctions>`);
    const table = (await el.dataTable()) as DataTable;
    expect(table.rows.map((r) => r[0])).to.deep.equal([null, ...data.years.year]);
    expect(table.rows[0]!.slice(1, 3)).to.deep.equal([null, data.firstRecord]);
    expect(table.rows[1]![1]).to.equal(data.firstRecord);
    expect(table.rows[table.rows.length - 1]![2]).to.equal(data.lastRecord);
    expect(table.rows.map((r) => r[3])).to.deep.equal([data.undated[0], ...data.years.individual]);
    expect(table.columns).to.have.length(5);
    expect(table.sources[0]!.title).to.equal(data.meta.title);
  });

  it('in French, Spanish and Arabic: its own words; Arabic runs right to left, the plot stays left to right', async () => {
    const en = await fixtureOf(html`<rights-sanctions></rights-sanctions>`);
    for (const lang of ['fr', 'es', 'ar']) {
      const el = await fixtureOf(html`<rights-sanctions lang=${lang}></rights-sanctions>`);
      for (const part of ['h2', '.lede', '.legend', '.summary']) expect(textIn(el, part), `${lang} ${part}`).to.not.equal(textIn(en, part));
      expect($(el, '.chart')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(getComputedStyle($(el, 'svg.plot')!).direction).to.equal('ltr');
    }
    const ar = await fixtureOf(html`<rights-sanctions lang="ar"></rights-sanctions>`);
    expect($$(ar, 'text.tick.undated, text.tick-note').every((t) => /[\u0600-\u06ff]/.test(t.textContent!))).to.equal(true);
  });
});
