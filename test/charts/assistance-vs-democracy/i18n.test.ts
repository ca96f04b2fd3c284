// Issue #16: the scatter in French and Arabic, and right to left in Arabic.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsAssistanceVsDemocracy } from '../../../src/index.js';
import { addMessages, loadCatalogue, type Messages } from '../../../src/core/i18n.js';
import { CATALOGUES as partsJson } from '../../helpers/catalogues.js';
import { $, $$ } from '../../helpers/dom.js';
import { chartFixture } from '../../helpers/wait.js';

const parts = partsJson as unknown as Record<'fr' | 'ar', Messages>;
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const fixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsAssistanceVsDemocracy>(template, 'rights-assistance-vs-democracy', 'svg.scatter .dot, table, .error, .empty');

const words = (el: Element) => ({
  heading: text(el, 'h2'),
  summary: text(el, '.summary'),
  legend: `${$(el, '.legend')!.getAttribute('aria-label')} ${text(el, '.legend')}`,
  toolbar: text(el, '.toolbar label'),
  axes: $$(el, 'text.axis-title').map((t) => t.textContent!.trim()).join(' | '),
  quadrant: text(el, 'text.quadrant-label'),
  dot: $(el, '.dot')!.getAttribute('aria-label'),
});

describe('<rights-assistance-vs-democracy> in French and Arabic (#16)', () => {
  before(async () => {
    for (const lang of ['fr', 'ar'] as const) {
      await loadCatalogue(lang);
      addMessages(lang, parts[lang]);
    }
  });

  it('speaks French and Arabic, right to left in Arabic', async () => {
    const en = await fixture(html`<rights-assistance-vs-democracy year="2019"></rights-assistance-vs-democracy>`);
    const english = words(en);
    expect($(en, '.chart')!.getAttribute('dir')).to.equal('ltr');
    for (const lang of ['fr', 'ar']) {
      const el = await fixture(html`<rights-assistance-vs-democracy lang=${lang} year="2019"></rights-assistance-vs-democracy>`);
      const translated = words(el);
      for (const [part, value] of Object.entries(translated)) expect(value, `${lang} ${part}`).to.not.equal(english[part as keyof typeof english]);
      expect($(el, '.chart')!.getAttribute('lang')).to.equal(lang);
      expect($(el, '.chart')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    }
    const fr = await fixture(html`<rights-assistance-vs-democracy lang="fr" year="2019"></rights-assistance-vs-democracy>`);
    expect(text(fr, '.summary')).to.match(/\d+ des \d+ bénéficiaires représentés ont reçu au moins le montant médian avec un score inférieur à 0,5/);
    // Ticks of the index in the language's decimals.
    expect($$(fr, 'text.tick').map((t) => t.textContent!.trim())).to.include.members(['0', '1']).and.satisfy((ticks: string[]) => ticks.some((t) => /^0,\d$/.test(t)));
  });
});
