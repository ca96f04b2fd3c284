// Issue #16: the ranking in French and Arabic, and right to left in Arabic.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsAssistanceRanking } from '../../../src/index.js';
import { addMessages, loadCatalogue, type Messages } from '../../../src/core/i18n.js';
import { CATALOGUES as partsJson } from '../../helpers/catalogues.js';
import { $, $$ } from '../../helpers/dom.js';
import { chartFixture, until } from '../../helpers/wait.js';

const parts = partsJson as unknown as Record<'fr' | 'ar', Messages>;
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const fixture = (template: ReturnType<typeof html>) => chartFixture<RightsAssistanceRanking>(template, 'rights-assistance-ranking', 'svg.bars g.row, table, .error');

/** What a reader reads first: heading, summary, legend, toolbar, the first bar's name for screen readers, the column head (whitespace, no-break spaces too, read as one space). */
const words = (el: Element) => ({
  heading: text(el, 'h2'),
  summary: text(el, '.summary'),
  legend: `${$(el, '.legend')!.getAttribute('aria-label')} ${text(el, '.legend')}`,
  toolbar: text(el, '.toolbar label'),
  option: $(el, 'g.row [role=option]')!.getAttribute('aria-label'),
  unit: text(el, 'text.col-head'),
});

describe('<rights-assistance-ranking> in French and Arabic (#16)', () => {
  before(async () => {
    for (const lang of ['fr', 'ar'] as const) {
      await loadCatalogue(lang);
      addMessages(lang, parts[lang]);
    }
  });

  it('speaks French and Arabic, right to left in Arabic', async () => {
    const en = await fixture(html`<rights-assistance-ranking measure="military-aid" year="2010"></rights-assistance-ranking>`);
    const english = words(en);
    expect($(en, '.chart')!.getAttribute('dir')).to.equal('ltr');
    for (const lang of ['fr', 'ar']) {
      const el = await fixture(html`<rights-assistance-ranking lang=${lang} measure="military-aid" year="2010"></rights-assistance-ranking>`);
      const translated = words(el);
      for (const [part, value] of Object.entries(translated)) expect(value, `${lang} ${part}`).to.not.equal(english[part as keyof typeof english]);
      expect($(el, '.chart')!.getAttribute('lang')).to.equal(lang);
      expect($(el, '.chart')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(text(el, '.reader-note')).to.not.equal(text(en, '.reader-note'));
    }
    const fr = await fixture(html`<rights-assistance-ranking lang="fr" measure="military-aid" year="2010"></rights-assistance-ranking>`);
    expect(text(fr, 'h2')).to.equal('Aide militaire des États-Unis : principaux bénéficiaires, exercice 2010');
    expect($$(fr, '.toolbar option').map((o) => o.textContent!.trim())).to.deep.equal(['Livraisons d’armes majeures', 'Ensemble de l’aide extérieure', 'Aide militaire']);
  });

  it('keeps the words of its SVG in order in Arabic (isolated right to left) and its table in Arabic', async () => {
    const el = await fixture(html`<rights-assistance-ranking lang="ar" year="2019" view="table"></rights-assistance-ranking>`);
    expect(text(el, 'thead th')).to.equal('الترتيب، المتلقي');
    expect(text(el, 'caption')).to.contain('عمليات تسليم الأسلحة الرئيسية');
    el.view = 'chart';
    await until(() => $(el, 'text.col-head'), 'bars drawn');
    const head = $(el, 'text.col-head')?.textContent ?? '';
    expect(head.startsWith('\u2067') && head.endsWith('\u2069'), head).to.equal(true);
  });
});
