// Issue #16 on the map and the shared democracy model: the map speaks French
// and Arabic (right to left) once their words are on the page, and the
// catalogue part has every key of the map, the timeline and the model.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsDemocracyMap } from '../../../src/index.js';
import { METRIC_DEFINITIONS } from '../../../src/democracy/metrics.js';
import { REGIME_NAMES } from '../../../src/democracy/regimes.js';
import { inLanguage } from '../../../src/core/i18n.js';
import { expectAreaCatalogued, textIn, useCatalogues } from '../../helpers/languages.js';
import { $, $$ } from '../../helpers/dom.js';
import { chartFixture } from '../../helpers/wait.js';

useCatalogues();

const mapFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsDemocracyMap>(template, 'rights-democracy-map', 'svg.map path.country, table, .error');

// Spaces collapsed, no-break spaces (French punctuation) included.
const text = textIn;

/** What a reader reads first: heading, summary, legend and toolbar. */
const words = (el: Element) => ({
  heading: text(el, 'h2'),
  summary: text(el, '.summary'),
  legend: text(el, '.legend'),
  toolbar: text(el, '.toolbar'),
});

describe('<rights-democracy-map> in French and Arabic (#16)', () => {
  const OWN = /^(democracy|map|timelineEl)\./;

  it('the catalogue part has every key of the map, the timeline and the democracy model, with their placeholders and plural forms', () => {
    expectAreaCatalogued(OWN, 80);
  });

  for (const metric of ['polyarchy', 'regime'] as const) {
    it(`${metric}: heading, summary, legend and toolbar are in the page's language; Arabic runs right to left`, async () => {
      const english = words(await mapFixture(html`<rights-democracy-map metric=${metric} year="2019"></rights-democracy-map>`));
      for (const lang of ['fr', 'ar']) {
        const el = await mapFixture(html`<rights-democracy-map metric=${metric} year="2019" lang=${lang}></rights-democracy-map>`);
        const shown = words(el);
        for (const part of ['heading', 'summary', 'legend', 'toolbar'] as const) {
          expect(shown[part], `${lang} ${part}`).to.not.equal('');
          expect(shown[part], `${lang} ${part}`).to.not.equal(english[part]);
        }
        const root = $(el, '.chart')!;
        expect(root.getAttribute('lang')).to.equal(lang);
        expect(root.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect($(el, 'svg.map')!.getAttribute('aria-label')).to.not.contain('Use arrow keys');
      }
    });
  }

  it('names regimes and indices in French, and its table and legend say no English', async () => {
    const el = await mapFixture(html`<rights-democracy-map metric="regime" year="2019" lang="fr" view="table"></rights-democracy-map>`);
    expect(text(el, 'h2')).to.equal('Les types de régime dans le monde en 2019');
    expect(text(el, '.summary')).to.match(/^En 2019, V-Dem v15 classe \d+ pays : \d+ autocraties fermées, \d+ autocraties électorales/);
    expect(text(el, 'caption')).to.contain('Régimes du monde, 2019');
    expect($$(el, 'th[scope="col"]').map((th) => th.textContent!.trim())).to.include.members(['Pays', 'Type de régime']);
  });

  it('the shared names follow the language of the update that reads them', () => {
    expect(REGIME_NAMES.map((name) => name)).to.deep.equal(['Closed autocracy', 'Electoral autocracy', 'Electoral democracy', 'Liberal democracy']);
    expect(REGIME_NAMES.length).to.equal(4);
    expect(inLanguage('es', () => [...REGIME_NAMES])).to.deep.equal(['Autocracia cerrada', 'Autocracia electoral', 'Democracia electoral', 'Democracia liberal']);
    expect(inLanguage('fr', () => METRIC_DEFINITIONS.polyarchy.label)).to.equal('Indice de démocratie électorale');
    expect(inLanguage('ar', () => METRIC_DEFINITIONS.libdem.indexLabel)).to.equal('مؤشر الديمقراطية الليبرالية');
    expect(METRIC_DEFINITIONS.regime.title).to.equal('Regime types around the world');
  });
});
