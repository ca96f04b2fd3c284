// <rights-hrc-membership>: keyboard and pointer on the cycles, rights-select,
// the chosen cycle and the table view, the data table, properties and languages.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsHrcMembership } from '../../../src/index.js';
import type { HrcCycleSelectDetail } from '../../../src/core/events.js';
import type { DataTable } from '../../../src/core/export/data-table.js';
import type { UnhrcMembership } from '../../../src/data/hrc-membership.js';
import { $, $$, quietly } from '../../helpers/dom.js';
import { chartFixture, nextEvent, settled, until } from '../../helpers/wait.js';
import { textIn, useCatalogues } from '../../helpers/languages.js';
import json from '../../../data/unhrc-membership.json';

useCatalogues();
const data = json as unknown as UnhrcMembership;
const cycles = data.cycles.id;
const fixtureOf = (template: ReturnType<typeof html>) => chartFixture<RightsHrcMembership>(template, 'rights-hrc-membership', 'svg.plot g.cycle, table, .error');
const activeOf = (el: Element): string | null => $(el, 'svg.plot')!.getAttribute('aria-activedescendant');
const live = (el: Element): string => textIn(el, '[role="status"][aria-live="polite"]');
const caption = (el: Element): string => textIn(el, 'table.members caption');

describe('<rights-hrc-membership>', () => {
  it('draws one option per cycle, stacked segments, the U.S. row and the seats line', async () => {
    const el = await fixtureOf(html`<rights-hrc-membership></rights-hrc-membership>`);
    expect($$(el, 'g.cycle[role="option"]').length).to.equal(cycles.length);
    expect($$(el, 'g.cycle').every((g) => g.querySelectorAll('rect.segment').length >= 1)).to.equal(true);
    expect($$(el, 'g.cycle rect.us-box').length).to.equal(cycles.length);
    expect(Boolean($(el, 'line.seats'))).to.equal(true);
    // The latest rated cycle is chosen by default.
    expect($$(el, 'g.cycle[aria-selected="true"]').map((g) => g.id)).to.have.length(1);
  });

  it('keys move through the cycles and announce them; Enter chooses one, fires rights-select and sets cycle', async () => {
    const el = await fixtureOf(html`<rights-hrc-membership cycle="2006-07"></rights-hrc-membership>`);
    ($(el, 'svg.plot') as SVGElement).focus();
    await until(() => activeOf(el) === 'cycle-0', 'the chosen cycle is active on focus');
    expect(live(el)).to.match(/^2006–2007: \d+ autocracies, \d+ democracies\. The United States was not a member\.$/);
    await sendKeys({ press: 'ArrowRight' });
    await until(() => activeOf(el) === 'cycle-1', 'second cycle after ArrowRight');
    await sendKeys({ press: 'End' });
    const last = cycles.length - 1;
    await until(() => activeOf(el) === `cycle-${last}`, 'last cycle after End');
    await until(() => $(el, '.tooltip:not([hidden])'), 'tooltip shown for the focused cycle');
    expect(textIn(el, '.tooltip')).to.contain('V-Dem has not yet rated');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await until(() => activeOf(el) === 'cycle-3', 'fourth cycle');
    const selected = nextEvent<HrcCycleSelectDetail>(el, 'rights-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.cycle).to.equal(cycles[3]);
    expect(detail.members).to.deep.equal(data.cycles.members[3]);
    expect(detail.autocracies! + detail.democracies! + detail.notRated).to.equal(data.cycles.members[3]!.length);
    expect(el.getAttribute('cycle')).to.equal(cycles[3]);
    await until(() => live(el).startsWith('Chosen for the table:'), 'choice announced');
    expect($(el, 'g.cycle[aria-selected="true"]')!.id).to.equal('cycle-3');
  });

  it('a click on a column chooses its cycle', async () => {
    const el = await fixtureOf(html`<div style="width: 700px"><rights-hrc-membership></rights-hrc-membership></div>`);
    const i = cycles.indexOf('2018');
    const box = $(el, `g.cycle[data-index="${i}"] rect.segment`)!.getBoundingClientRect();
    const selected = nextEvent<HrcCycleSelectDetail>(el, 'rights-select');
    $(el, 'svg.plot')!.dispatchEvent(new MouseEvent('click', { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true }));
    const { detail } = await selected;
    expect(detail.cycle).to.equal('2018');
    expect(detail.members).to.include.members(['USA', 'ISL']);
  });

  it('cycle takes a label, a year or a number; an unknown one gets a notice and the default', async () => {
    const el = await fixtureOf(html`<rights-hrc-membership view="table" cycle="2012"></rights-hrc-membership>`);
    expect(caption(el)).to.match(/^Members in 2011–2012 \(June 19, 2011 to December 31, 2012\)/);
    el.cycle = 2018;
    await settled(el);
    expect(caption(el)).to.contain('Members in 2018');
    expect($$(el, 'table.members tbody tr:not(.group-row)').length).to.equal(data.cycles.members[cycles.indexOf('2018')]!.length);
    await quietly(async () => {
      el.cycle = '1999';
      await settled(el);
      expect(textIn(el, '.notice')).to.contain('No membership cycle "1999"');
      el.cycle = { year: 2018 } as unknown as string;
      await settled(el);
      expect(textIn(el, '.notice')).to.contain('No membership cycle');
    });
  });

  it('view="table" lists the members by regional group with regime types and every cycle\'s counts; the menu chooses the cycle', async () => {
    const el = await fixtureOf(html`<rights-hrc-membership view="table" cycle="2019"></rights-hrc-membership>`);
    const groups = $$(el, 'table.members tr.group-row th').map((th) => th.textContent!.trim());
    expect(groups.length).to.equal(data.groups.length);
    expect(groups[0]).to.match(/^African Group \(\d+\)$/);
    const bahamas = $$(el, 'table.members tbody tr').find((tr) => tr.querySelector('th')!.textContent!.includes('Bahamas'));
    expect(bahamas?.querySelector('td')!.textContent).to.equal('Not coded by V-Dem');
    expect($$(el, 'table.counts tbody tr').length).to.equal(cycles.length);
    const select = $(el, '.toolbar select') as HTMLSelectElement;
    select.value = '2009-10';
    select.dispatchEvent(new Event('change'));
    await until(() => caption(el).startsWith('Members in 2009–2010'), 'the menu chose 2009-10');
    expect(el.getAttribute('cycle')).to.equal('2009-10');
    ($(el, '.toolbar button[aria-pressed]') as HTMLButtonElement).click();
    await until(() => $(el, 'svg.plot'), 'chart again');
    expect(el.getAttribute('view')).to.equal('chart');
  });

  it('dataTable() resolves to every member of every cycle, with its group and regime type', async () => {
    const el = await fixtureOf(html`<rights-hrc-membership></rights-hrc-membership>`);
    const table = (await el.dataTable()) as DataTable;
    expect(table.rows.length).to.equal(data.cycles.members.reduce((a, m) => a + m.length, 0));
    expect(table.sources.map((s) => s.title)).to.include(data.meta.title);
    expect(table.sources.length).to.equal(2);
    const bahamas = table.rows.find((r) => r[0] === '2019' && r[3] === 'BHS')!;
    expect(bahamas[8]).to.equal(null);
    expect(table.rows.find((r) => r[0] === '2019' && r[3] === 'CHN')![8]).to.equal('Closed autocracy');
  });

  it('in French and Arabic: its own words and names; Arabic runs right to left, the plot stays left to right', async () => {
    const en = await fixtureOf(html`<rights-hrc-membership></rights-hrc-membership>`);
    for (const lang of ['fr', 'es', 'ar']) {
      const el = await fixtureOf(html`<rights-hrc-membership lang=${lang}></rights-hrc-membership>`);
      for (const part of ['h2', '.legend', '.summary']) expect(textIn(el, part), `${lang} ${part}`).to.not.equal(textIn(en, part));
      expect($(el, '.chart')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(getComputedStyle($(el, 'svg.plot')!).direction).to.equal('ltr');
    }
    const fr = await fixtureOf(html`<rights-hrc-membership lang="fr" view="table" cycle="2018"></rights-hrc-membership>`);
    const names = $$(fr, 'table.members tbody th[scope="row"]').map((th) => th.textContent);
    expect(names).to.include('États-Unis');
    expect(names).to.include('Islande');
  });
});
