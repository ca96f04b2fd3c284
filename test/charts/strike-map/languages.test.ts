// Issue #16 on the strike map: it speaks French and Arabic (right to left)
// once their words are on the page; the map itself stays left to right.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsStrikeMap } from '../../../src/index.js';
import { textIn, useCatalogues } from '../../helpers/languages.js';
import { $ } from '../../helpers/dom.js';
import { chartFixture } from '../../helpers/wait.js';

useCatalogues();

const mapFixture = (template: ReturnType<typeof html>) => chartFixture<RightsStrikeMap>(template, 'rights-strike-map', 'svg.map circle, table, .error');

const text = textIn;

/** What a reader reads first: heading, summary, legend, toolbar, and the caveats under the map. */
const words = (el: Element) => ({
  heading: text(el, 'h2'),
  summary: text(el, '.summary'),
  legend: text(el, '.legend'),
  toolbar: text(el, '.toolbar'),
  caveats: text(el, '.caveats'),
});

describe('<rights-strike-map> in French and Arabic (#16)', () => {
  it("heading, summary, legend, toolbar and caveats are in the page's language; Arabic runs right to left", async () => {
    const english = words(await mapFixture(html`<rights-strike-map country="SOM"></rights-strike-map>`));
    for (const lang of ['fr', 'ar']) {
      const el = await mapFixture(html`<rights-strike-map country="SOM" lang=${lang}></rights-strike-map>`);
      const shown = words(el);
      for (const part of ['heading', 'summary', 'legend', 'toolbar', 'caveats'] as const) {
        expect(shown[part], `${lang} ${part}`).to.not.equal('');
        expect(shown[part], `${lang} ${part}`).to.not.equal(english[part]);
      }
      const root = $(el, '.chart')!;
      expect(root.getAttribute('lang')).to.equal(lang);
      expect(root.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect($(el, 'svg.map')!.getAttribute('aria-roledescription')).to.equal(lang === 'fr' ? 'carte' : 'خريطة');
    }
  });

  it('words the summary and the timeline in French', async () => {
    const el = await mapFixture(html`<rights-strike-map country="SOM" lang="fr"></rights-strike-map>`);
    expect(text(el, 'h2')).to.equal('Frappes des États-Unis recensées par le Bureau of Investigative Journalism');
    expect(text(el, '.summary')).to.match(/^\d+ frappes \(\d+ entrées TBIJ\) pour Somalie, du 2007-01-0\d au 2018-\d\d-\d\d : /);
    expect(text(el, '.timeline output')).to.equal('Jusqu’en 2018 (partielle)');
  });
});
