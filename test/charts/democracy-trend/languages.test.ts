// Issue #16 on the trend chart: it speaks French and Arabic (right to left)
// once their words are on the page, and the catalogue part of the trend,
// change and regime-share charts has every key they define.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsDemocracyTrend } from '../../../src/index.js';
import { inLanguage } from '../../../src/core/i18n.js';
import { shortName, trendSummary } from '../../../src/charts/democracy-trend/describe.js';
import { expectAreaCatalogued, textIn, useCatalogues } from '../../helpers/languages.js';
import { $ } from '../../helpers/dom.js';
import { chartFixture } from '../../helpers/wait.js';

useCatalogues();

const trendFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsDemocracyTrend>(template, 'rights-democracy-trend', 'svg.plot path.line, table, .error');

const text = textIn;

/** What a reader reads first: heading, summary, legend and toolbar. */
const words = (el: Element) => ({ heading: text(el, 'h2'), summary: text(el, '.summary p'), legend: text(el, '.legend'), toolbar: text(el, '.toolbar') });

describe('<rights-democracy-trend> in French and Arabic (#16)', () => {
  it('the catalogue part has every key of the trend, change and regime-share charts, with their placeholders and plural forms', () => {
    expectAreaCatalogued(/^(trend|change|share)\./, 140);
  });

  it('heading, summary, legend and toolbar are in the page\'s language; Arabic runs right to left', async () => {
    const english = words(await trendFixture(html`<rights-democracy-trend countries="USA HUN" compare="world"></rights-democracy-trend>`));
    for (const lang of ['fr', 'ar']) {
      const el = await trendFixture(html`<rights-democracy-trend countries="USA HUN" compare="world" lang=${lang}></rights-democracy-trend>`);
      const shown = words(el);
      for (const part of ['heading', 'summary', 'legend', 'toolbar'] as const) {
        expect(shown[part], `${lang} ${part}`).to.not.equal('');
        expect(shown[part], `${lang} ${part}`).to.not.equal(english[part]);
      }
      const root = $(el, '.chart')!;
      expect(root.getAttribute('lang')).to.equal(lang);
      expect(root.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect($(el, 'svg.plot')!.getAttribute('aria-label')).to.not.contain('arrow keys');
    }
  });

  it('says the summary, averages and episodes in French', async () => {
    const el = await trendFixture(html`<rights-democracy-trend countries="HUN" compare="world" from="2000" lang="fr"></rights-democracy-trend>`);
    expect(text(el, 'h2')).to.match(/au fil du temps$/);
    expect(text(el, '.summary p')).to.contain('Hongrie : l’').and.contain('Épisode d’autocratisation : depuis').and.contain('Moyenne mondiale : l’');
    // A label takes two lines where one is too narrow.
    const labels = [...el.shadowRoot!.querySelectorAll('g.label')].map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent).join(' '));
    expect(labels).to.include('Moyenne mondiale');
  });

  it('writes years in the language\'s digits and region short forms in the language', () => {
    const series = [{ id: 'HUN', kind: 'country' as const, points: [{ year: 2010, value: 0.8, low: null, high: null }, { year: 2024, value: 0.4, low: null, high: null }] }];
    const digits = (lang: string) => new Intl.NumberFormat(lang, { useGrouping: false }).format(2010);
    const summary = inLanguage('ar', () => trendSummary(series, { lang: 'ar', indexLabel: 'EDI', name: () => 'HUN' }));
    expect(summary).to.contain(`في عام ${digits('ar')}`);
    expect(inLanguage('ar-EG', () => trendSummary(series, { lang: 'ar-EG', indexLabel: 'EDI', name: () => 'HUN' }))).to.contain(digits('ar-EG'));
    expect(inLanguage('es', () => shortName('region-2', {}))).to.equal('ALC');
    expect(shortName('region-3', {})).to.equal('MENA');
  });
});
