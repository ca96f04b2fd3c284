// Issue #16: the assistance map in French and Arabic, and right to left in Arabic.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsAssistanceMap } from '../../../src/index.js';
import { addMessages, loadCatalogue, type Messages } from '../../../src/core/i18n.js';
import { CATALOGUES as partsJson } from '../../helpers/catalogues.js';
import { $, $$ } from '../../helpers/dom.js';
import { chartFixture } from '../../helpers/wait.js';

const parts = partsJson as unknown as Record<'fr' | 'ar', Messages>;
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const fixture = (template: ReturnType<typeof html>) => chartFixture<RightsAssistanceMap>(template, 'rights-assistance-map', 'svg.map path.country[aria-label], table, .error');

const words = (el: Element) => ({
  heading: text(el, 'h2'),
  summary: text(el, '.summary'),
  legend: `${$$(el, '.legend ul').map((ul) => ul.getAttribute('aria-label')).join(' ')} ${text(el, '.legend')}`,
  toolbar: text(el, '.toolbar label'),
  country: $(el, 'path.country[data-code="EGY"]')!.getAttribute('aria-label'),
  units: text(el, '.units'),
  slider: text(el, '.timeline output'),
});

describe('<rights-assistance-map> in French and Arabic (#16)', () => {
  before(async () => {
    for (const lang of ['fr', 'ar'] as const) {
      await loadCatalogue(lang);
      addMessages(lang, parts[lang]);
    }
  });

  it('speaks French and Arabic, right to left in Arabic', async () => {
    const en = await fixture(html`<rights-assistance-map measure="aid" year="2024" regime="autocracy"></rights-assistance-map>`);
    const english = words(en);
    expect($(en, '.chart')!.getAttribute('dir')).to.equal('ltr');
    for (const lang of ['fr', 'ar']) {
      const el = await fixture(html`<rights-assistance-map lang=${lang} measure="aid" year="2024" regime="autocracy"></rights-assistance-map>`);
      const translated = words(el);
      for (const [part, value] of Object.entries(translated)) expect(value, `${lang} ${part}`).to.not.equal(english[part as keyof typeof english]);
      expect($(el, '.chart')!.getAttribute('lang')).to.equal(lang);
      expect($(el, '.chart')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    }
    const fr = await fixture(html`<rights-assistance-map lang="fr" measure="aid" year="2024"></rights-assistance-map>`);
    expect(text(fr, 'h2')).to.equal('Ensemble de l’aide extérieure des États-Unis, exercice 2024 (provisoire)');
    expect(text(fr, '.timeline output')).to.equal('exercice 2024 (provisoire)');
  });
});
