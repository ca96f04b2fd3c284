// <rights-corruption>: the ranking per edition, keys over the rows and
// rights-select, sortable columns, search, countries/highlight with notices,
// the editions table, the data table, properties and languages.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsCorruption } from '../../../src/index.js';
import type { CpiSelectDetail } from '../../../src/core/events.js';
import { isWithheld } from '../../../src/core/export/data-table.js';
import type { TiCpi } from '../../../src/data/corruption.js';
import { $, $$, quietly } from '../../helpers/dom.js';
import { chartFixture, nextEvent, settled, until } from '../../helpers/wait.js';
import { textIn, useCatalogues } from '../../helpers/languages.js';
import json from '../../../data/ti-cpi.json';

useCatalogues();
const data = json as unknown as TiCpi;
const fixtureOf = (template: ReturnType<typeof html>) => chartFixture<RightsCorruption>(template, 'rights-corruption', 'table, .error');
const live = (el: Element): string => textIn(el, '[role="status"][aria-live="polite"]');
const names = (el: Element): string[] => $$(el, 'table tbody tr th').map((th) => th.textContent!.trim());
const headers = (el: Element): string[] => $$(el, 'table thead th').map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
const scored = (year: number): number => Object.values(data.countries).filter((c) => typeof c.score[year - c.start] === 'number').length;

describe('<rights-corruption>', () => {
  it('one row per country scored in the edition; TI\'s detail columns only where the data have them', async () => {
    const el = await fixtureOf(html`<rights-corruption lang="en"></rights-corruption>`);
    // The first rows, then "Show all" draws the rest.
    expect($$(el, 'table.ranking tbody tr').length).to.be.below(scored(data.last));
    expect(textIn(el, 'button.more')).to.equal(`Show all ${scored(data.last)} countries`);
    ($(el, 'button.more') as HTMLButtonElement).click();
    await until(() => $$(el, 'table.ranking tbody tr').length === scored(data.last), 'every row');
    expect($(el, 'button.more')).to.equal(null);
    expect(headers(el)).to.deep.equal(['Rank▲', 'Country', 'Score', '90% interval', 'Standard error', 'Sources']);
    el.year = data.first;
    // "Show all" holds for the other editions too.
    await until(() => $$(el, 'table.ranking tbody tr').length === scored(data.first), 'the first edition drawn');
    expect(headers(el)).to.deep.equal(['Country', 'Score']);
    expect(textIn(el, 'h2')).to.equal(`Corruption Perceptions Index ${data.first}`);
    expect(textIn(el, '.stage-note')).to.contain(`The data have no ranks, standard errors or confidence intervals for ${data.first}`);
    // Highest score first.
    const scores = $$(el, 'td.score').map((td) => Number(td.textContent));
    expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
  });

  it('shows no chart of the scores: no SVG, no bars; says why, with the credit line', async () => {
    const el = await fixtureOf(html`<rights-corruption lang="en"></rights-corruption>`);
    expect($$(el, 'svg').length).to.equal(0);
    expect(textIn(el, '.licence-note')).to.contain('no-derivatives licence, so the scores are shown as published');
    expect($(el, '.licence-note a')!.getAttribute('href')).to.match(/^https:\/\/www\.transparency\.org\//);
  });

  it('keys move through the rows and announce them; Enter fires rights-select with the published figures', async () => {
    const el = await fixtureOf(html`<rights-corruption lang="en"></rights-corruption>`);
    ($(el, '.table-wrap') as HTMLElement).focus();
    await until(() => $(el, 'tr.active'), 'first row active on focus');
    const first = $(el, 'tr.active th')!.textContent!.trim();
    expect(live(el)).to.match(new RegExp(`^${first}: rank 1, score \\d+ \\(90% confidence interval`));
    await sendKeys({ press: 'ArrowDown' });
    await until(() => $(el, 'tr.active') === $$(el, 'tbody tr')[1], 'second row after ArrowDown');
    await sendKeys({ press: 'End' });
    // End goes past the rows drawn first: the whole list is drawn.
    await until(() => $$(el, 'tbody tr').length === scored(data.last) && $(el, 'tr.active') === $$(el, 'tbody tr').at(-1), 'last row after End');
    const wrap = $(el, '.table-wrap') as HTMLElement;
    expect(wrap.scrollTop, 'the last row scrolled into view').to.be.greaterThan(0);
    const code = $(el, 'tr.active')!.id.replace('cpi-row-', '');
    const selected = nextEvent<CpiSelectDetail>(el, 'rights-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    const published = data.detail.countries[code]!;
    expect(detail).to.deep.equal({ code, name: $(el, 'tr.active th')!.textContent!.trim(), selected: true, year: data.last, score: data.countries[code]!.score[data.last - data.countries[code]!.start], rank: published[0] });
    await until(() => el.selected === code && $(el, 'tr.selected'), 'selected row marked');
    expect(live(el)).to.match(/^Selected:/);
    await sendKeys({ press: 'Home' });
    await until(() => $(el, 'tr.active') === $$(el, 'tbody tr')[0], 'first row after Home');
  });

  it('a click on a header sorts by it; a second click reverses; the attribute reflects it', async () => {
    const el = await fixtureOf(html`<rights-corruption lang="en"></rights-corruption>`);
    const button = (label: string): HTMLButtonElement => $$(el, 'th button.sort').find((b) => b.textContent!.startsWith(label)) as HTMLButtonElement;
    button('Country').click();
    await until(() => el.getAttribute('sort') === 'name', 'sorted by name');
    const byName = names(el);
    expect(byName).to.deep.equal([...byName].sort((a, b) => a.localeCompare(b, 'en')));
    expect(button('Country').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    await until(() => /^Sorted by country, ascending/.test(live(el)), 'sort announced');
    button('Country').click();
    await until(() => el.getAttribute('direction') === 'descending', 'reversed');
    const reversed = names(el);
    expect(reversed).to.deep.equal([...reversed].sort((a, b) => b.localeCompare(a, 'en')));
    expect(reversed[0]!.localeCompare(byName[byName.length - 1]!, 'en')).to.be.above(0);
    button('Standard error').click();
    await until(() => el.getAttribute('sort') === 'error', 'sorted by error');
    const errors = $$(el, 'tbody tr').map((tr) => Number(tr.children[4]!.textContent));
    expect(errors).to.deep.equal([...errors].sort((a, b) => b - a));
  });

  it('the search box finds countries by name, accents and case folded, and says how many', async () => {
    const el = await fixtureOf(html`<rights-corruption lang="en"></rights-corruption>`);
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    input.value = 'cote';
    input.dispatchEvent(new Event('input'));
    await until(() => names(el).length === 1, 'one match');
    expect(names(el)).to.deep.equal(["Côte d'Ivoire"]);
    await until(() => live(el) === '1 country shown.', 'match count announced');
    input.value = 'zzzz';
    input.dispatchEvent(new Event('input'));
    await until(() => $(el, 'td.no-match'), 'no match row');
    expect(textIn(el, 'td.no-match')).to.equal('No country matches “zzzz”.');
  });

  it('countries picks rows and highlight marks them; unknown and unscored codes get notices', async () => {
    const el = await quietly(() => fixtureOf(html`<rights-corruption lang="en" countries="DNK USA SOM XYZ" highlight="USA"></rights-corruption>`));
    await until(() => $(el, '.notice'), 'notice');
    expect(names(el)).to.deep.equal(['Denmark', 'United States', 'Somalia']);
    expect($$(el, 'tr.highlighted th').map((th) => th.textContent!.trim())).to.deep.equal(['United States']);
    expect(textIn(el, '.notice')).to.contain('XYZ');
    // The summary speaks of the whole edition.
    expect(textIn(el, '.summary')).to.match(/^180 countries and territories were scored in 2023\./);
    // A country the data have but not in this edition.
    const unscored = Object.keys(data.countries).find((c) => typeof data.countries[c]!.score[data.first - data.countries[c]!.start] !== 'number')!;
    expect(unscored, 'a country without a score in the first edition').to.be.a('string');
    el.year = data.first;
    el.highlight = [unscored];
    await until(() => textIn(el, '.notice').includes(`No score in ${data.first}`), 'unscored notice');
  });

  it('a year without an edition shows the next one with a notice; a year as a number works', async () => {
    const el = await quietly(() => fixtureOf(html`<rights-corruption lang="en" year=${String(data.missingYears[0])}></rights-corruption>`));
    await until(() => $(el, '.notice'), 'notice');
    expect(textIn(el, '.notice')).to.contain(`There is no ${data.missingYears[0]} edition in the data; showing ${data.last}.`);
    el.year = data.first + 1;
    await settled(el);
    expect(textIn(el, 'h2')).to.equal(`Corruption Perceptions Index ${data.first + 1}`);
    expect($(el, '.notice')).to.equal(null);
  });

  it('view="table" shows every edition per country, "no score" where an edition has none', async () => {
    const el = await fixtureOf(html`<rights-corruption lang="en" view="table"></rights-corruption>`);
    const years = headers(el).slice(1);
    expect(years).to.not.include(String(data.missingYears[0]));
    expect(years[0]).to.equal(String(data.first));
    expect(years.at(-1)).to.equal(String(data.last));
    expect($$(el, 'td.missing').length).to.be.greaterThan(0);
    expect(textIn(el, 'td.missing')).to.contain('no score');
  });

  it('dataTable(): withheld with the reason, since commercial use of TI\'s data is unconfirmed', async () => {
    const el = await fixtureOf(html`<rights-corruption lang="en"></rights-corruption>`);
    const result = await el.dataTable();
    expect(data.meta.commercialUse).to.not.equal('allowed');
    expect(isWithheld(result)).to.equal(true);
  });

  it('lang="fr" names countries and writes decimals in French; lang="ar" reads right to left', async () => {
    const el = await fixtureOf(html`<rights-corruption lang="fr" countries="USA"></rights-corruption>`);
    expect(names(el)).to.deep.equal(['États-Unis']);
    expect(textIn(el, 'tbody')).to.match(/\d,\d\d/);
    const ar = await fixtureOf(html`<rights-corruption lang="ar"></rights-corruption>`);
    expect($(ar, '.chart')!.getAttribute('dir')).to.equal('rtl');
  });
});
