// Issue #16 on the change chart: it speaks French and Arabic (right to left)
// once their words are on the page.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsDemocracyChange } from '../../../src/index.js';
import { textIn, useCatalogues } from '../../helpers/languages.js';
import { $, $$ } from '../../helpers/dom.js';
import { chartFixture } from '../../helpers/wait.js';

useCatalogues();

const changeFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsDemocracyChange>(template, 'rights-democracy-change', 'svg.plot g.row, table, .error');

const text = textIn;

const words = (el: Element) => ({ heading: text(el, 'h2'), summary: text(el, '.summary p'), legend: text(el, '.legend'), toolbar: text(el, '.toolbar') });

describe('<rights-democracy-change> in French and Arabic (#16)', () => {
  it('heading, summary, legend and toolbar are in the page\'s language; Arabic runs right to left', async () => {
    const english = words(await changeFixture(html`<rights-democracy-change limit="5"></rights-democracy-change>`));
    for (const lang of ['fr', 'ar']) {
      const el = await changeFixture(html`<rights-democracy-change limit="5" lang=${lang}></rights-democracy-change>`);
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

  it('names sections, regions and table columns in French', async () => {
    const el = await changeFixture(html`<rights-democracy-change from="2010" to="2024" limit="3" lang="fr"></rights-democracy-change>`);
    expect($$(el, '.section-title')[0]!.textContent).to.match(/^Plus forts reculs, 2010–2024/);
    expect(text(el, '.legend')).to.contain('Afrique subsaharienne').and.contain('Année de départ');
    el.view = 'table';
    await el.updateComplete;
    expect($$(el, 'thead th').map((th) => th.textContent!.trim())).to.include.members(['Pays', 'Région', 'Variation']);
  });
});
