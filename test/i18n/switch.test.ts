// A chart whose language changes after its first render (a page switching
// language) waits for that language's catalogue, then shows it everywhere,
// including text it caches between updates (the map's country labels).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { drawnChart } from '../helpers/charts.js';
import { $, $$ } from '../helpers/dom.js';
import { afterLayout, namesWritten, until } from '../helpers/wait.js';

describe('a chart switched to another language after its first render (#16)', () => {
  it('<rights-democracy-map> turns French in every word, its cached country labels too', async () => {
    const el = await drawnChart('rights-democracy-map', 'svg.map path.country', { year: '2019' });
    const english = $(el, '.toolbar button[aria-pressed]')!.textContent!.trim();
    expect(english).to.equal('Table');
    el.setAttribute('lang', 'fr');
    await until(() => $(el, '.toolbar button[aria-pressed]')!.textContent!.trim() === 'Tableau', 'the toolbar in French');
    await afterLayout(el);
    expect($(el, '.chart')!.getAttribute('lang')).to.equal('fr');
    // The countries' names follow when the page is next idle (core/option-names.ts).
    await namesWritten();
    const labels = $$(el, 'path.country').map((path) => path.getAttribute('aria-label') ?? '');
    expect(labels.filter((label) => /no V-Dem data|Electoral democracy/.test(label)), 'English country labels').to.deep.equal([]);
    expect(labels.some((label) => label.startsWith('Hongrie')), 'French names').to.equal(true);
  });

  it('takes the height tables of its language and gives them back (#16)', async () => {
    const el = await drawnChart('rights-democracy-map', 'svg.map path.country', { year: '2019' }, 360);
    const summary = (): number => parseFloat(getComputedStyle($(el, '.summary')!).minHeight);
    const english = summary();
    const reserved = (): string[] => el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).filter((text) => text.includes('min-height'));
    const before = reserved().length;
    el.setAttribute('lang', 'fr');
    await until(() => $(el, '.chart')!.getAttribute('lang') === 'fr', 'the chart in French');
    await afterLayout(el);
    expect(reserved().length, 'rules of the French table added').to.be.above(before);
    expect(summary(), 'French summary reserves more lines at 360 px').to.be.above(english);
    el.setAttribute('lang', 'en');
    await until(() => $(el, '.chart')!.getAttribute('lang') === 'en', 'the chart in English again');
    await afterLayout(el);
    expect(reserved().length).to.equal(before);
    expect(summary()).to.equal(english);
  });
});
