// Issue #16 on the civilian-harm chart: it speaks French and Arabic (right to
// left) once their words are on the page, and the catalogue part has every
// key of the chart and of the words it shares with the strike map.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import '../../../src/charts/civilian-harm/views.lazy.js';
import type { RightsCivilianHarm } from '../../../src/index.js';
import { inLanguage } from '../../../src/core/i18n.js';
import { MEASURE_LABELS } from '../../../src/charts/civilian-harm/annual.js';
import { comparisonSummary, pairsOf } from '../../../src/charts/civilian-harm/comparison-pairs.js';
import { compare, rowsOf } from '../../../src/charts/civilian-harm/comparison.js';
import type { CivcasTable } from '../../../src/data/civilian-harm.js';
import { expectAreaCatalogued, textIn, useCatalogues } from '../../helpers/languages.js';
import { $ } from '../../helpers/dom.js';
import { chartFixture } from '../../helpers/wait.js';
import civcasJson from '../../../data/civcas-official-vs-independent.json';

useCatalogues();

const harmFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsCivilianHarm>(template, 'rights-civilian-harm', 'svg.plot rect.hit, table, .comparison [role="option"], .error');

const text = textIn;

/** What a reader reads first: heading, summary, legend and toolbar. */
const words = (el: Element) => ({ heading: text(el, 'h2'), summary: text(el, '.summary'), legend: text(el, '.legend'), toolbar: text(el, '.toolbar') });

describe('<rights-civilian-harm> in French and Arabic (#16)', () => {
  it('the catalogue part has every key of the civilian-harm theme, with their placeholders and plural forms', () => {
    expectAreaCatalogued(/^(harm|civcas|strikes)\./, 150);
  });

  for (const view of ['annual', 'official-vs-independent'] as const) {
    it(`${view}: heading, summary, legend and toolbar are in the page's language; Arabic runs right to left`, async () => {
      const english = words(await harmFixture(html`<rights-civilian-harm view=${view}></rights-civilian-harm>`));
      for (const lang of ['fr', 'ar']) {
        const el = await harmFixture(html`<rights-civilian-harm view=${view} lang=${lang}></rights-civilian-harm>`);
        const shown = words(el);
        for (const part of ['heading', 'summary', 'legend', 'toolbar'] as const) {
          expect(shown[part], `${lang} ${part}`).to.not.equal('');
          expect(shown[part], `${lang} ${part}`).to.not.equal(english[part]);
        }
        const root = $(el, '.chart')!;
        expect(root.getAttribute('lang')).to.equal(lang);
        expect(root.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      }
    });
  }

  it('words the annual view in French: heading, summary, strip label and key', async () => {
    const el = await harmFixture(html`<rights-civilian-harm lang="fr"></rights-civilian-harm>`);
    expect(text(el, 'h2')).to.equal('Civils tués lors de frappes des États-Unis, par an (fourchettes du TBIJ)');
    // (text() turns no-break spaces into spaces.)
    expect(text(el, '.summary')).to.contain('Afghanistan 2015–2018 : 5 433–5 437 frappes (827 entrées TBIJ), 150–384 civils tués.');
    expect(text(el, '.summary')).to.contain('L’année 2018 est partielle : les données s’arrêtent en novembre 2018.');
    expect(text(el, '.strip-label')).to.equal('frappes');
    expect($(el, '.legend')!.getAttribute('aria-label')).to.equal('Légende');
  });

  it('writes the table in Arabic, number ranges left to right', async () => {
    const el = await harmFixture(html`<rights-civilian-harm lang="ar" display="table"></rights-civilian-harm>`);
    // The years are one left-to-right run (isolate and word joiners), so they read 2002–2018 from the right too.
    expect(text(el, 'caption')).to.match(/^النطاقات التي أبلغ عنها TBIJ .*، \u20662002\u2060–\u20602018\u2069$/);
    expect(text(el, 'th[scope="col"]')).to.equal('البلد');
  });

  it('says what each side of the comparison covers, with places in the reader’s language', () => {
    const periods = pairsOf(compare(rowsOf(civcasJson as CivcasTable)));
    const es = inLanguage('es', () => comparisonSummary(periods, 'es'));
    expect(es).to.match(/^En los \d+ períodos con ambos tipos de cifra, la estimación independiente supera la cifra oficial/);
    expect(inLanguage('fr', () => MEASURE_LABELS.children)).to.equal('Enfants tués');
    expect(MEASURE_LABELS.children).to.equal('Children killed');
  });
});
