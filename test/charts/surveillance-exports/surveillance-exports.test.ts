// <rights-surveillance-exports>: the map's colours by supplier and
// technology, keyboard and pointer on the countries, rights-select, the table
// view, the data table, bad input, properties and languages.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsSurveillanceExports } from '../../../src/index.js';
import type { SurveillanceSelectDetail } from '../../../src/core/events.js';
import type { DataTable } from '../../../src/core/export/data-table.js';
import type { Aigs2022 } from '../../../src/data/surveillance-exports.js';
import { $, $$, quietly } from '../../helpers/dom.js';
import { chartFixture, nextEvent, settled, until } from '../../helpers/wait.js';
import { textIn, useCatalogues } from '../../helpers/languages.js';
import json from '../../../data/aigs-2022.json';

useCatalogues();
const data = json as unknown as Aigs2022;
const c = data.countries;
const fixtureOf = (template: ReturnType<typeof html>) => chartFixture<RightsSurveillanceExports>(template, 'rights-surveillance-exports', 'svg.map path.country, table, .error');
const activeOf = (el: Element): string | null => $(el, 'svg.map')!.getAttribute('aria-activedescendant');
const live = (el: Element): string => textIn(el, '[role="status"][aria-live="polite"]');
const classOf = (el: Element, code: string): string => $(el, `#c-${code}`)?.getAttribute('class') ?? '';
const flag = (column: 'china' | 'us', code: string): boolean => c[column][c.code.indexOf(code)] === 1;

describe('<rights-surveillance-exports>', () => {
  it('colours each listed country by whose companies supply it; unlisted countries are marked so', async () => {
    const el = await fixtureOf(html`<rights-surveillance-exports></rights-surveillance-exports>`);
    const drawn = $$(el, 'path.country').map((p) => p.getAttribute('data-code')!);
    expect(drawn.length).to.be.greaterThan(150);
    for (const code of drawn) {
      const i = c.code.indexOf(code);
      const cls = classOf(el, code);
      if (i < 0) expect(cls, code).to.contain('unlisted');
      else {
        const expected = c.china[i] && c.us[i] ? 'both' : c.china[i] ? 'china' : c.us[i] ? 'us' : 'other';
        expect(cls, code).to.contain(expected);
      }
    }
    expect($$(el, '.legend li').length).to.equal(5);
  });

  it('supplier="us" and a technology mute the listed countries outside the choice', async () => {
    const el = await fixtureOf(html`<rights-surveillance-exports supplier="us" technology="social-media"></rights-surveillance-exports>`);
    const chinaOnly = c.code.find((code, i) => c.china[i] === 1 && c.us[i] === 0 && $(el, `#c-${code}`))!;
    expect(classOf(el, chinaOnly)).to.contain('muted');
    const chosen = c.code.find((code, i) => c.us[i] === 1 && c.socialMedia[i] === 1 && $(el, `#c-${code}`))!;
    expect(classOf(el, chosen)).to.match(/\b(us|both)\b/);
    expect($(el, `#c-${chosen}`)!.getAttribute('aria-label')).to.contain('Social-media surveillance');
    expect($(el, `#c-${chinaOnly}`)!.getAttribute('aria-label')).to.contain('not with this choice');
    expect($$(el, '.legend li').length).to.equal(6);
    expect(textIn(el, 'h2')).to.equal('Governments using social-media surveillance from U.S. companies');
  });

  it('keys move through the countries and announce them; Enter fires rights-select with what the index records', async () => {
    const el = await fixtureOf(html`<rights-surveillance-exports selected="CHN"></rights-surveillance-exports>`);
    ($(el, 'svg.map') as SVGElement).focus();
    await until(() => activeOf(el) === 'c-CHN', 'focus starts on the selection');
    expect(live(el)).to.contain('China');
    expect(live(el)).to.contain('Companies named');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => activeOf(el) !== 'c-CHN', 'ArrowRight moves');
    await sendKeys({ press: 'u' });
    await until(() => /^c-U/.test(activeOf(el) ?? '') || /^U/.test($(el, `#${activeOf(el)}`)?.getAttribute('aria-label') ?? ''), 'a letter jumps by name');
    await until(() => $(el, '.tooltip:not([hidden])'), 'tooltip shown for the focused country');
    const code = activeOf(el)!.slice(2);
    const selected = nextEvent<SurveillanceSelectDetail>(el, 'rights-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.code).to.equal(code);
    expect(detail.listed).to.equal(c.code.includes(code));
    if (detail.listed) {
      expect(detail.china).to.equal(flag('china', code));
      expect(detail.us).to.equal(flag('us', code));
    }
    await until(() => live(el).startsWith('Selected:'), 'selection announced');
  });

  it('a click on a country selects it; again deselects', async () => {
    const el = await fixtureOf(html`<rights-surveillance-exports></rights-surveillance-exports>`);
    const first = nextEvent<SurveillanceSelectDetail>(el, 'rights-select');
    $(el, '#c-BRA')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const { detail } = await first;
    expect(detail).to.include({ code: 'BRA', selected: true, listed: true, china: flag('china', 'BRA'), us: flag('us', 'BRA') });
    await settled(el);
    expect(el.getAttribute('selected')).to.equal('BRA');
    const second = nextEvent<SurveillanceSelectDetail>(el, 'rights-select');
    $(el, '#c-BRA')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await second).detail.selected).to.equal(false);
  });

  it('bad values get a notice and fall back; properties take natural values', async () => {
    await quietly(async () => {
      const el = await fixtureOf(html`<rights-surveillance-exports supplier="russia" technology="drones" highlight="XXX"></rights-surveillance-exports>`);
      const notice = textIn(el, '.notice');
      expect(notice).to.contain('russia');
      expect(notice).to.contain('drones');
      expect(notice).to.contain('XXX');
      expect($$(el, 'path.country').length).to.be.greaterThan(150);
      el.supplier = 'china';
      el.technology = 'facial-recognition';
      el.highlight = ['IND', 'ZWE'];
      await settled(el);
      expect($(el, '.notice')).to.equal(null);
      expect($$(el, 'path.highlight').length).to.equal(2);
      (el as unknown as { supplier: unknown }).supplier = 42;
      await settled(el);
      expect(textIn(el, '.notice')).to.contain('42');
    });
  });

  it('view="table" lists the countries chosen with suppliers, companies and regime type; the toolbar switches back', async () => {
    const el = await fixtureOf(html`<rights-surveillance-exports view="table" supplier="china" lang="en"></rights-surveillance-exports>`);
    const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows.length).to.equal(c.china.filter((f) => f === 1).length);
    const zimbabwe = rows.find((r) => r[0] === 'Zimbabwe');
    expect(zimbabwe?.[2]).to.contain('Chinese companies');
    expect(zimbabwe?.[3]).to.contain(c.companies[c.code.indexOf('ZWE')]![0]!);
    expect(zimbabwe?.[4]).to.match(/autocracy|democracy/);
    const button = $(el, '.toolbar button[aria-pressed]') as HTMLButtonElement;
    button.click();
    await until(() => $(el, 'svg.map'), 'map again');
    expect(el.getAttribute('view')).to.equal('map');
  });

  it('dataTable() has one row per country chosen with raw flags, the companies and the V-Dem regime code', async () => {
    const el = await fixtureOf(html`<rights-surveillance-exports technology="smart-policing"></rights-surveillance-exports>`);
    const table = (await el.dataTable()) as DataTable;
    expect(table.rows.length).to.equal(c.smartPolicing.filter((f) => f === 1).length);
    const i = table.columns.findIndex((col) => col.name === 'Smart policing');
    expect(table.rows.every((r) => r[i] === 1)).to.equal(true);
    expect(table.sources.map((s) => s.title)).to.include(data.meta.title);
    const regime = table.rows.map((r) => r[r.length - 1]);
    expect(regime.every((v) => v === null || [0, 1, 2, 3].includes(v as number))).to.equal(true);
  });

  it('in French, Spanish and Arabic: its own words; Arabic runs right to left, the map stays left to right', async () => {
    const en = await fixtureOf(html`<rights-surveillance-exports></rights-surveillance-exports>`);
    for (const lang of ['fr', 'es', 'ar']) {
      const el = await fixtureOf(html`<rights-surveillance-exports lang=${lang}></rights-surveillance-exports>`);
      for (const part of ['h2', '.legend', '.edition', '.summary']) expect(textIn(el, part), `${lang} ${part}`).to.not.equal(textIn(en, part));
      expect($(el, '.chart')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    }
  });
});
