// Issue #16 on the regime-share chart: it speaks French and Arabic (right to
// left) once their words are on the page.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsRegimeShare } from '../../../src/index.js';
import { textIn, useCatalogues } from '../../helpers/languages.js';
import { $ } from '../../helpers/dom.js';
import { chartFixture } from '../../helpers/wait.js';

useCatalogues();

const shareFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsRegimeShare>(template, 'rights-regime-share', 'svg.plot path.band, table, .error');

const text = textIn;

const words = (el: Element) => ({ heading: text(el, 'h2'), summary: text(el, '.summary'), legend: text(el, '.legend'), toolbar: text(el, '.toolbar') });

describe('<rights-regime-share> in French and Arabic (#16)', () => {
  it('heading, summary, legend and toolbar are in the page\'s language; Arabic runs right to left', async () => {
    const english = words(await shareFixture(html`<rights-regime-share></rights-regime-share>`));
    for (const lang of ['fr', 'ar']) {
      const el = await shareFixture(html`<rights-regime-share lang=${lang}></rights-regime-share>`);
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

  it('counts autocracies and democracies in French and Arabic, with the plural the number takes', async () => {
    const fr = await shareFixture(html`<rights-regime-share measure="countries" to="2023" lang="fr"></rights-regime-share>`);
    expect(text(fr, '.summary')).to.contain('En 2023, on comptait 89 autocraties et 90 démocraties (V-Dem v15).');
    const ar = await shareFixture(html`<rights-regime-share measure="countries" to="2023" lang="ar"></rights-regime-share>`);
    expect(text(ar, '.summary')).to.contain('89 نظامًا استبداديًا و90 ديمقراطيةً');
  });
});
