// <rights-guantanamo>: keyboard and pointer on the counts, rights-select, the
// span of years, the table view, the data table, properties and languages.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsGuantanamo } from '../../../src/index.js';
import type { DetaineeCountSelectDetail } from '../../../src/core/events.js';
import type { DataTable } from '../../../src/core/export/data-table.js';
import type { GuantanamoDetainees } from '../../../src/data/guantanamo.js';
import { $, $$, quietly } from '../../helpers/dom.js';
import { chartFixture, nextEvent, settled, until } from '../../helpers/wait.js';
import { textIn, useCatalogues } from '../../helpers/languages.js';
import json from '../../../data/guantanamo-detainees.json';

useCatalogues();
const data = json as GuantanamoDetainees;
const fixtureOf = (template: ReturnType<typeof html>) => chartFixture<RightsGuantanamo>(template, 'rights-guantanamo', 'svg.plot g.count, table, .error');
const activeOf = (el: Element): string | null => $(el, 'svg.plot')!.getAttribute('aria-activedescendant');
const live = (el: Element): string => textIn(el, '[role="status"][aria-live="polite"]');

describe('<rights-guantanamo>', () => {
  it('draws one option per dated count, the terms and the peak year', async () => {
    const el = await fixtureOf(html`<rights-guantanamo></rights-guantanamo>`);
    expect($$(el, 'g.count[role="option"]').length).to.equal(data.held.from.length);
    expect($$(el, 'text.term-label').map((t) => t.textContent)).to.deep.equal(data.administrations.president);
    expect(Boolean($(el, 'svg.plot rect.peak'))).to.equal(true);
    expect($(el, 'path.known')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+H[\d.]+$/);
  });

  it('keys move through the counts and announce them; Enter fires rights-select with the count and its source', async () => {
    const el = await fixtureOf(html`<rights-guantanamo></rights-guantanamo>`);
    ($(el, 'svg.plot') as SVGElement).focus();
    await until(() => activeOf(el) === 'count-0', 'first count active on focus');
    expect(live(el)).to.equal('242 people held on January 20, 2009');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => activeOf(el) === 'count-1', 'second count after ArrowRight');
    await sendKeys({ press: 'End' });
    const last = data.held.from.length - 1;
    await until(() => activeOf(el) === `count-${last}`, 'last count after End');
    await until(() => $(el, '.tooltip:not([hidden])'), 'tooltip shown for the focused count');
    expect(textIn(el, '.tooltip')).to.contain(data.held.source[last]!);
    const selected = nextEvent<DetaineeCountSelectDetail>(el, 'rights-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail).to.deep.equal({ date: data.held.from[last], until: null, held: data.held.held[last], source: data.held.source[last], url: data.held.url[last] });
    await until(() => live(el).startsWith('Selected:'), 'selection announced');
    await sendKeys({ press: 'Home' });
    await until(() => activeOf(el) === 'count-0', 'first count after Home');
  });

  it('a click on a dot selects its count', async () => {
    const el = await fixtureOf(html`<div style="width: 700px"><rights-guantanamo></rights-guantanamo></div>`);
    const dot = $(el, 'g.count[data-index="1"] circle.dot')!.getBoundingClientRect();
    const selected = nextEvent<DetaineeCountSelectDetail>(el, 'rights-select');
    $(el, 'svg.plot')!.dispatchEvent(new MouseEvent('click', { clientX: dot.x + dot.width / 2, clientY: dot.y + dot.height / 2, bubbles: true }));
    expect((await selected).detail.held).to.equal(data.held.held[1]);
  });

  it('from and to choose the years, as numbers too; reversed or unknown years get a notice', async () => {
    const el = await fixtureOf(html`<rights-guantanamo from="2016"></rights-guantanamo>`);
    const later = data.held.from.filter((d) => Number(d.slice(0, 4)) >= 2016).length;
    expect($$(el, 'g.count').length).to.equal(later);
    expect(Boolean($(el, 'svg.plot rect.peak'))).to.equal(false);
    el.from = 2002;
    el.to = 2008;
    await settled(el);
    expect($$(el, 'g.count').length).to.equal(0);
    expect(textIn(el, '.summary')).to.contain('give no count of the people held between 2002 and 2008');
    await quietly(async () => {
      el.from = 2020;
      el.to = 2010;
      await settled(el);
      expect(textIn(el, '.notice')).to.contain('"from" (2020) must be before "to" (2010)');
      el.from = '1990';
      el.to = '';
      await settled(el);
      expect(textIn(el, '.notice')).to.contain('No data before 2002');
    });
  });

  it('view="table" lists counts with links and the transfers per term; the toolbar switches back', async () => {
    const el = await fixtureOf(html`<rights-guantanamo view="table"></rights-guantanamo>`);
    expect($$(el, 'table.terms tbody tr').length).to.equal(data.administrations.president.length);
    const button = $(el, '.toolbar button[aria-pressed]') as HTMLButtonElement;
    button.click();
    await until(() => $(el, 'svg.plot'), 'chart again');
    expect(el.getAttribute('view')).to.equal('chart');
  });

  it('dataTable() resolves to the counts with sources, oldest first', async () => {
    const el = await fixtureOf(html`<rights-guantanamo from="2013"></rights-guantanamo>`);
    const table = (await el.dataTable()) as DataTable;
    expect(table.rows.map((r) => r[0])).to.deep.equal(data.held.from.filter((d) => Number(d.slice(0, 4)) >= 2013));
    expect(table.rows.every((r) => typeof r[2] === 'number' && /^https?:/.test(String(r[4])))).to.equal(true);
    expect(table.sources[0]!.title).to.equal(data.meta.title);
  });

  it('in French and Arabic: its own words, dates in the language; Arabic runs right to left, the plot stays left to right', async () => {
    const en = await fixtureOf(html`<rights-guantanamo></rights-guantanamo>`);
    for (const lang of ['fr', 'es', 'ar']) {
      const el = await fixtureOf(html`<rights-guantanamo lang=${lang}></rights-guantanamo>`);
      for (const part of ['h2', '.legend', '.summary']) expect(textIn(el, part), `${lang} ${part}`).to.not.equal(textIn(en, part));
      expect($(el, '.chart')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(getComputedStyle($(el, 'svg.plot')!).direction).to.equal('ltr');
    }
    const fr = await fixtureOf(html`<rights-guantanamo lang="fr"></rights-guantanamo>`);
    expect(textIn(fr, '.summary')).to.contain('le 20 janvier 2009');
    const ar = await fixtureOf(html`<rights-guantanamo lang="ar"></rights-guantanamo>`);
    expect($$(ar, 'text.term-label').every((t) => /[\u0600-\u06ff]/.test(t.textContent!))).to.equal(true);
  });
});
