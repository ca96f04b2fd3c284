// <rights-police-equipment>: the map's options, keys and clicks, rights-select,
// the territory note per 100,000, the list, the ship-year and table views,
// the data table, properties and bad input.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsPoliceEquipment } from '../../../src/index.js';
import type { StateSelectDetail } from '../../../src/core/events.js';
import type { DataTable } from '../../../src/core/export/data-table.js';
import type { Leso1033 } from '../../../src/data/police-equipment.js';
import { $, $$, quietly } from '../../helpers/dom.js';
import { chartFixture, nextEvent, until } from '../../helpers/wait.js';
import { textIn } from '../../helpers/languages.js';
import json from '../../../data/leso-1033.json';

const data = json as unknown as Leso1033;
const DRAWN = 'svg.map path.state, table, figure.years, .error';
const fixtureOf = (template: ReturnType<typeof html>) => chartFixture<RightsPoliceEquipment>(template, 'rights-police-equipment', DRAWN);
const activeOf = (el: Element): string | null => $(el, 'svg.map')!.getAttribute('aria-activedescendant');
const live = (el: Element): string => textIn(el, '[role="status"][aria-live="polite"]');
const at = (code: string): number => data.states.code.indexOf(code);
const fipsOf = (code: string): string => data.states.fips[at(code)]!;

describe('<rights-police-equipment>', () => {
  it('draws the 50 states and DC as options of one listbox; Hawaii and DC (no entries) as no data', async () => {
    const el = await fixtureOf(html`<rights-police-equipment></rights-police-equipment>`);
    const options = $$(el, 'svg.map path.state[role="option"]');
    expect(options.length).to.equal(51);
    expect($(el, 'svg.map')!.getAttribute('role')).to.equal('listbox');
    expect($(el, `#st-${fipsOf('HI')}`)!.classList.contains('no-data')).to.equal(true);
    expect($(el, `#st-${fipsOf('HI')}`)!.getAttribute('aria-label')).to.equal('Hawaii: no entries in the list (no data, not zero)');
    // Tennessee, third by value, is in the darkest class.
    expect($(el, `#st-${fipsOf('TN')}`)!.classList.contains('c4')).to.equal(true);
    expect($$(el, '.ranking li').length).to.equal(10);
    expect(textIn(el, '.notes')).to.contain('Holdings on hand on 31 March 2020, not yearly transfers');
  });

  it('keys: focus starts on the top-ranked state, arrows move by place, Enter fires rights-select and announces it', async () => {
    const el = await fixtureOf(html`<rights-police-equipment measure="mraps"></rights-police-equipment>`);
    ($(el, 'svg.map') as SVGElement).focus();
    // Texas holds the most MRAPs.
    await until(() => activeOf(el) === `st-${fipsOf('TX')}`, 'Texas active on focus');
    expect(live(el)).to.match(/^Texas: 115 MRAPs; 1 of \d+$/);
    await until(() => ($(el, 'svg.map') as SVGElement) && el.shadowRoot!.activeElement, 'focused');
    await sendKeys({ press: 'ArrowUp' });
    await until(() => activeOf(el) === `st-${fipsOf('OK')}`, 'Oklahoma north of Texas');
    await until(() => $(el, '.tooltip:not([hidden])'), 'tooltip for the focused state');
    expect(textIn(el, '.tooltip')).to.contain('Oklahoma');
    const selected = nextEvent<StateSelectDetail>(el, 'rights-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail).to.deep.equal({ code: 'OK', name: 'Oklahoma', selected: true, measure: 'mraps', per: 'total', value: data.states.mraps[at('OK')] });
    await until(() => live(el).startsWith('Selected: Oklahoma'), 'selection announced');
    expect(el.selected).to.equal('OK');
    expect($(el, 'svg.map path.selected')).to.exist;
    await sendKeys({ press: 'Enter' });
    await until(() => el.selected === '', 'Enter again deselects');
  });

  it('a click on a state selects it', async () => {
    const chart = await fixtureOf(html`<div style="width: 700px"><rights-police-equipment></rights-police-equipment></div>`);
    const texas = $(chart, `#st-${fipsOf('TX')}`)!;
    const selected = nextEvent<StateSelectDetail>(chart, 'rights-select');
    texas.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await selected).detail.code).to.equal('TX');
  });

  it('per 100,000: the territories are named in a visible note, not ranked and not in the list', async () => {
    const el = await fixtureOf(html`<rights-police-equipment per="100k"></rights-police-equipment>`);
    const notes = textIn(el, '.notes');
    expect(notes).to.contain('Not ranked or coloured per 100,000 residents');
    for (const name of ['Commonwealth of the Northern Mariana Islands', 'Guam', 'Puerto Rico', 'U.S. Virgin Islands']) expect(notes).to.contain(name);
    expect(notes).to.contain('47,329 residents');
    const listed = $$(el, '.ranking .name').map((n) => n.textContent!);
    expect(listed.some((n) => /Mariana|Guam|Puerto|Virgin/.test(n))).to.equal(false);
    expect(listed[0]).to.equal('1. Tennessee');
    // As totals the note is gone and the territories are said to be off the map instead.
    el.per = 'total';
    await until(() => !textIn(el, '.notes').includes('Not ranked'), 'territory note only per 100,000');
    expect(textIn(el, '.notes')).to.contain('Not on the map');
  });

  it('the ship-year view: every place by default, the selected state when there is one', async () => {
    const el = await fixtureOf(html`<rights-police-equipment view="years" measure="mraps"></rights-police-equipment>`);
    await until(() => $(el, 'figure.years svg rect.bar'), 'bars drawn');
    expect(textIn(el, 'figure.years figcaption')).to.contain('all states and territories in the list');
    const bars = $$(el, 'figure.years rect.bar').length;
    expect(bars).to.equal(data.byYear.years.filter((_, i) => Object.values(data.byYear.mraps).some((v) => v[i]! > 0)).length);
    el.selected = 'TN';
    await until(() => textIn(el, 'figure.years figcaption').includes('Tennessee'), 'Tennessee shown');
    expect($(el, 'figure.years svg')!.getAttribute('aria-label')).to.match(/Most in \d{4}: \d+ MRAPs?\./);
    expect($(el, 'svg.map')).to.equal(null);
  });

  it('the table view lists every place with total, rate and population; the Table button goes back to the map', async () => {
    const el = await fixtureOf(html`<rights-police-equipment view="table" per="100k"></rights-police-equipment>`);
    await until(() => $(el, 'table tbody tr'), 'table drawn');
    const rows = $$(el, 'table tbody tr');
    expect(rows.length).to.equal(data.states.code.length);
    const mp = rows.find((r) => r.textContent!.includes('Northern Mariana'))!;
    expect(mp.textContent).to.contain('territory, not ranked');
    expect(mp.querySelector('td')!.textContent!.trim()).to.equal('');
    const button = $$(el, '.toolbar button').find((b) => b.textContent!.trim() === 'Table') as HTMLButtonElement;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.click();
    await until(() => $(el, 'svg.map path.state'), 'map again');
    expect(el.view).to.equal('map');
  });

  it('dataTable() gives every place with the measure\'s total and rate, and the notes shown', async () => {
    const el = await fixtureOf(html`<rights-police-equipment measure="rifles"></rights-police-equipment>`);
    const table = (await el.dataTable()) as DataTable;
    expect(table.rows.length).to.equal(data.states.code.length);
    const nd = table.rows.find((r) => r[1] === 'ND')!;
    expect(nd[4]).to.equal(data.states.rifles[at('ND')]);
    expect(nd[5]).to.equal(data.per100k.rifles[at('ND')]);
    expect(table.notes.join(' ')).to.contain('not yearly transfers');
  });

  it('bad attributes get notices and fall back; properties take their natural values', async () => {
    const el = await quietly(() => fixtureOf(html`<rights-police-equipment measure="tanks" per="million" selected="ZZ"></rights-police-equipment>`));
    await until(() => $$(el, '[part="notice"] p').length === 3, 'three notices');
    expect(textIn(el, '[part="notice"]')).to.contain('ZZ');
    expect(textIn(el, 'h2')).to.contain('Value of equipment');
    el.measure = 'aircraft';
    el.per = '100k';
    el.selected = 'al';
    await until(() => textIn(el, 'h2').startsWith('Aircraft') && !$(el, '[part="notice"]'), 'aircraft per 100,000, no notices');
    expect($(el, `svg.map path.selected`)).to.exist;
    await quietly(async () => {
      (el as unknown as { measure: unknown }).measure = { not: 'a measure' };
      await until(() => $(el, '[part="notice"]'), 'an object is bad input, not a throw');
    });
  });
});
