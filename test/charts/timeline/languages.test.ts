// Issue #16 on the timeline: its words, notices and year labels in French and
// Arabic (right to left) once their words are on the page.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsTimeline } from '../../../src/index.js';
import { textIn, useCatalogues } from '../../helpers/languages.js';
import { $, quietly } from '../../helpers/dom.js';
import { settled, until } from '../../helpers/wait.js';

useCatalogues();

const text = textIn;

async function shown(lang: string) {
  const el = await quietly(() =>
    fixture<RightsTimeline>(html`<rights-timeline for="nowhere" from="2020" to="2000" speed="fast" lang=${lang}></rights-timeline>`),
  );
  await settled(el);
  await until(() => $(el, '.notice'), 'notice shown');
  const slider = $(el, 'input[type="range"]')!;
  return {
    el,
    notice: text(el, '.notice'),
    bounds: text(el, '.bounds'),
    slider: slider.getAttribute('aria-label'),
    play: $(el, '.timeline button')!.getAttribute('aria-label'),
  };
}

describe('<rights-timeline> in French and Arabic (#16)', () => {
  it('says its notices, slider and play button in the language; Arabic runs right to left; years in the language’s digits', async () => {
    const english = await shown('en');
    for (const lang of ['fr', 'ar']) {
      const { el, ...words } = await shown(lang);
      for (const part of ['notice', 'slider', 'play'] as const) {
        expect(words[part], `${lang} ${part}`).to.be.a('string').and.not.equal('');
        expect(words[part], `${lang} ${part}`).to.not.equal(english[part]);
      }
      // Attribute names and the values a page typed stay as typed.
      for (const fragment of ['"nowhere"', '"from"', '"fast"']) expect(words.notice).to.contain(fragment);
      const root = $(el, '.chart')!;
      expect(root.getAttribute('lang')).to.equal(lang);
      expect(root.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      const year = new Intl.NumberFormat(lang, { useGrouping: false });
      expect(words.bounds).to.equal(`${year.format(1960)}${year.format(2024)}`);
    }
  });
});
