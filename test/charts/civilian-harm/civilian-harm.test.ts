import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsCivilianHarm } from '../../../src/index.js';
import { civilianHarmLoaders, type CivcasTable, type TbijYearly } from '../../../src/data/civilian-harm.js';
import { $, $$, quietly as quiet, withWarnings } from '../../helpers/dom.js';
import { itPassesAxe } from '../../helpers/axe.js';
import { afterLayout, chartFixture, nextReady, until } from '../../helpers/wait.js';
import yearlyJson from '../../../data/tbij-yearly.json';
import civcasJson from '../../../data/civcas-official-vs-independent.json';

const yearly = yearlyJson as TbijYearly;
const civcas = civcasJson as CivcasTable;

/** Value of a yearly field, read straight from the shipped data file. */
function at(code: string, field: keyof TbijYearly['countries'][string], year: number): number {
  const s = yearly.countries[code]!;
  return (s[field] as number[])[year - s.start]!;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** WCAG contrast ratio of two computed colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const harmFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsCivilianHarm>(template, 'rights-civilian-harm', 'svg.plot rect.hit, table, .comparison [role="option"], .error');

describe('<rights-civilian-harm>', () => {
  describe('annual view', () => {
    it('draws one panel per TBIJ country with a min–max bar per year', async () => {
      const el = await harmFixture(html`<rights-civilian-harm></rights-civilian-harm>`);
      expect($$(el, '.panel-title').map((t) => t.textContent)).to.deep.equal(['Afghanistan', 'Pakistan', 'Somalia', 'Yemen']);
      expect($$(el, 'rect.hit').length).to.equal(4 * 17);
      const covered = Object.values(yearly.countries).reduce((n, s) => n + s.records.length, 0);
      expect($$(el, 'svg.plot rect.range').length).to.equal(covered);
      const label = $(el, '#b-PAK-2009')!.getAttribute('aria-label')!;
      expect(label).to.contain(`${at('PAK', 'minCivilians', 2009)}–${at('PAK', 'maxCivilians', 2009)}`);
      expect(label).to.contain(`${at('PAK', 'records', 2009)} strikes`);
      expect($(el, '#b-AFG-2010')!.getAttribute('aria-label')).to.contain('not covered');
    });

    it('keeps the unit clear of the first title and every year label inside the drawing at 320, 360 and 1000 px', async () => {
      for (const measure of ['civilians', 'children', 'killed']) {
        const el = await harmFixture(html`<rights-civilian-harm measure=${measure}></rights-civilian-harm>`);
        const wrapper = el.parentElement!;
        for (const width of [320, 360, 1000]) {
          wrapper.style.width = `${width}px`;
          const svg = $(el, 'svg.plot') as SVGSVGElement;
          // Laid out at the drawing's own width, so text is drawn at the size the layout measured.
          await until(() => svg.viewBox.baseVal.width === svg.clientWidth, `${width} px: redrawn at the new width`);
          await afterLayout(el);
          const at = `${measure}, ${width} px`;
          const box = svg.getBoundingClientRect();
          const unit = $(el, '.unit')!.getBoundingClientRect();
          const title = $(el, '.panel-title')!.getBoundingClientRect();
          const apart = Math.max(unit.left - title.right, title.left - unit.right, unit.top - title.bottom, title.top - unit.bottom);
          expect(apart, `${at}: unit and first title apart`).to.be.at.least(0);
          for (const label of $$(el, 'svg.plot text.tick')) {
            const r = label.getBoundingClientRect();
            expect(r.left, `${at}: "${text(label)}"`).to.be.at.least(box.left - 0.5);
            expect(r.right, `${at}: "${text(label)}"`).to.be.at.most(box.right + 0.5);
          }
        }
      }
    });

    it('shows TBIJ\'s published Pakistan totals (430 strikes, 424–969 civilians) over its full range', async () => {
      const el = await harmFixture(html`<rights-civilian-harm countries="PAK"></rights-civilian-harm>`);
      expect($(el, '.summary')!.textContent).to.contain('Pakistan 2004–2018: 430 strikes, 424–969 civilians killed');
      el.display = 'table';
      await el.updateComplete;
      const total = $(el, 'tr.total')!.textContent!.replace(/\s+/g, ' ');
      expect(total).to.contain('430').and.contain('424–969');
    });

    it('filters by countries, from and to, and by measure', async () => {
      const el = await harmFixture(html`<rights-civilian-harm countries="yem som" from="2010" to="2012" measure="children"></rights-civilian-harm>`);
      expect($$(el, '.panel-title').map((t) => t.textContent)).to.deep.equal(['Yemen', 'Somalia']);
      expect($$(el, 'rect.hit').length).to.equal(2 * 3);
      expect($(el, 'h2')!.textContent).to.contain('Children killed');
      expect($(el, 'caption, .summary')!.textContent).to.contain('2010–2012');
      let min = 0;
      let max = 0;
      for (const y of [2010, 2011, 2012]) {
        min += at('YEM', 'minChildren', y);
        max += at('YEM', 'maxChildren', y);
      }
      expect($(el, '.summary')!.textContent).to.contain(`Yemen 2010–2012: `).and.contain(`${min}–${max} children killed`);
    });

    it('adds UCDP conflict deaths as context, with its source in the footer', async () => {
      const el = await harmFixture(html`<rights-civilian-harm countries="AFG" context="ucdp"></rights-civilian-harm>`);
      expect($$(el, 'rect.conflict').length).to.be.greaterThan(10);
      expect($(el, 'footer')!.textContent).to.contain('UCDP').and.contain('not attributable to the US');
      el.display = 'table';
      await el.updateComplete;
      expect($(el, 'thead')!.textContent).to.contain('Conflict deaths, all sides (UCDP)');
    });

    for (const theme of ['light', 'dark']) {
      it(`draws strike and conflict strips at 3:1 or more against the background (${theme})`, async () => {
        const el = await harmFixture(html`<rights-civilian-harm context="ucdp" theme=${theme} countries="AFG"></rights-civilian-harm>`);
        const background = getComputedStyle($(el, '.chart')!).backgroundColor;
        for (const selector of ['rect.strike', 'rect.conflict']) {
          const mark = $(el, selector)!;
          expect(getComputedStyle(mark).fillOpacity, selector).to.equal('1');
          expect(contrast(getComputedStyle(mark).fill, background), `${selector} on ${background}`).to.be.at.least(3);
        }
      });
    }

    it('shows the same tooltip on hover and focus; arrows step through years and countries', async () => {
      const el = await harmFixture(html`<rights-civilian-harm countries="PAK YEM"></rights-civilian-harm>`);
      $(el, '#b-PAK-2010')!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
      await el.updateComplete;
      const tip = $(el, '.tooltip') as HTMLElement;
      expect(tip.hidden).to.equal(false);
      expect(tip.textContent).to.contain('Pakistan, 2010').and.contain(`${at('PAK', 'minCivilians', 2010)}–${at('PAK', 'maxCivilians', 2010)}`);
      expect(tip.style.transform).to.match(/translate\(\d+px, \d+px\)/);
      $(el, 'svg.plot')!.dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(tip.hidden).to.equal(true);

      ($$(el, '.toolbar button').at(-1) as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      const plot = $(el, 'svg.plot')!;
      expect(el.shadowRoot!.activeElement).to.equal(plot);
      await el.updateComplete;
      expect(plot.getAttribute('aria-activedescendant')).to.equal('b-PAK-2004');
      expect(tip.hidden).to.equal(false);
      expect($(el, '[aria-live="polite"]')!.textContent).to.contain('Pakistan, 2004');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(plot.getAttribute('aria-activedescendant')).to.equal('b-PAK-2005');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(plot.getAttribute('aria-activedescendant')).to.equal('b-YEM-2005');
      expect($(el, '[aria-live="polite"]')!.textContent).to.contain('Yemen, 2005');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(plot.getAttribute('aria-activedescendant')).to.equal('b-YEM-2018');
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const event = (await oneEvent(el, 'rights-select')) as CustomEvent;
      expect(event.detail).to.deep.equal({ code: 'YEM', year: 2018 });
    });
  });

  it('loads the comparison table and UCDP only when a view asks for them', async () => {
    const { civcas, ucdp } = civilianHarmLoaders;
    const asked: string[] = [];
    civilianHarmLoaders.civcas = () => (asked.push('civcas'), civcas());
    civilianHarmLoaders.ucdp = () => (asked.push('ucdp'), ucdp());
    try {
      const el = await harmFixture(html`<rights-civilian-harm></rights-civilian-harm>`);
      expect(asked).to.deep.equal([]);
      let ready = nextReady(el);
      el.context = 'ucdp';
      await ready;
      expect(asked).to.deep.equal(['ucdp']);
      expect($$(el, 'rect.conflict').length).to.be.greaterThan(0);
      ready = nextReady(el);
      el.view = 'official-vs-independent';
      await ready;
      expect(asked).to.deep.equal(['ucdp', 'civcas']);
      expect($(el, '#r-1')).to.exist;
    } finally {
      Object.assign(civilianHarmLoaders, { civcas, ucdp });
    }
  });

  describe('official vs independent', () => {
    it('sets each independent estimate beside its official figure with the scope difference stated', async () => {
      const el = await harmFixture(html`<rights-civilian-harm view="official-vs-independent"></rights-civilian-harm>`);
      const options = $$(el, '[role="option"]');
      const independent = civcas.rows.estimateType.filter((t) => t === 'independent').length;
      expect($$(el, '.entry.independent').length).to.equal(independent);
      expect(options.length).to.be.greaterThan(independent);
      const odni = $(el, '#r-1')!;
      expect(odni.textContent).to.contain('Director of National Intelligence').and.contain('64–116');
      // The TBIJ figures come right after the ODNI row; what each side covers is said once, under the pair.
      const tbij = odni.nextElementSibling!;
      expect(tbij.textContent).to.contain('492–1,183');
      const pairScopes = [odni, tbij, tbij.nextElementSibling!].map((row) => row.querySelector('.scope')?.textContent ?? '');
      expect(pairScopes.filter(Boolean).length, 'one scope line for the pair').to.equal(1);
      expect(pairScopes[2]).to.contain('Libya').and.contain('Pakistan');
      expect($(el, '#r-20')!.textContent).to.contain('at least 805');
      const flagged = [...options].filter((o) => o.textContent!.includes('†')).length;
      expect(flagged).to.be.greaterThan(0);
      expect($(el, 'footer')!.textContent).to.contain(`† ${flagged} of the rows shown are hand-transcribed`);
    });

    it('shows every period without an inner scroll, on one labelled axis, and says what the pairs show (#14.1)', async () => {
      for (const width of [320, 360, 1000]) {
        const wrapper = document.createElement('div');
        wrapper.style.width = `${width}px`;
        document.body.append(wrapper);
        try {
          const el = await harmFixture(html`<rights-civilian-harm view="official-vs-independent"></rights-civilian-harm>`);
          wrapper.append(el);
          await el.updateComplete;
          const list = $(el, '.comparison') as HTMLElement;
          const stage = $(el, '.stage') as HTMLElement;
          expect(list.scrollHeight, `${width} px: list not cut`).to.be.at.most(list.clientHeight + 1);
          expect(stage.scrollHeight, `${width} px: stage not cut`).to.be.at.most(stage.clientHeight + 1);
          const periods = new Set(civcas.rows.periodStart.map((start, i) => `${start}/${civcas.rows.periodEnd[i]}`));
          expect($$(el, '.period').length).to.equal(periods.size);
          for (const period of $$(el, '.period')) expect(period.querySelector('.axis-labels text')!.textContent).to.equal('0');
          expect(text($(el, '.units'))).to.contain('Civilians killed');
          expect(el.scrollWidth, `${width} px: no sideways overflow`).to.be.at.most(width);
          expect(text($(el, '.summary'))).to.match(/In all \d periods with both kinds of figure/).and.not.match(/pairings/);
        } finally {
          wrapper.remove();
        }
      }
    });

    it('moves between figures with the arrow keys and shows the document in the tooltip', async () => {
      const el = await harmFixture(html`<rights-civilian-harm view="official-vs-independent"></rights-civilian-harm>`);
      const list = $(el, '.comparison') as HTMLElement;
      list.focus();
      await el.updateComplete;
      expect(list.getAttribute('aria-activedescendant')).to.equal('r-1');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(list.getAttribute('aria-activedescendant')).to.equal('r-2');
      expect($(el, '.tooltip')!.textContent).to.contain('TBIJ drone-war tallies');
      expect($(el, '[aria-live="polite"]')!.textContent).to.contain('Independent');
    });

    it('has a table with the same figures', async () => {
      const el = await harmFixture(html`<rights-civilian-harm view="official-vs-independent" display="table"></rights-civilian-harm>`);
      const text = $(el, 'table')!.textContent!;
      expect(text).to.contain('64–116').and.contain('at least 102').and.contain('465–1,113');
    });
  });

  describe('bad input', () => {
    it('reports unknown view, measure, context, display, countries and years, and still draws', async () => {
      await withWarnings(async (warnings) => {
        const el = await harmFixture(
          html`<rights-civilian-harm view="pie" measure="goats" context="acled" display="grid" countries="PAK IRQ" from="1990" to="banana"></rights-civilian-harm>`,
        );
        const notice = $(el, '.notice')!.textContent!;
        for (const fragment of ['"pie"', '"goats"', '"acled"', '"grid"', '"IRQ"', '2002', '"banana"']) expect(notice).to.contain(fragment);
        expect($$(el, '.panel-title').map((t) => t.textContent)).to.deep.equal(['Pakistan']);
        expect(warnings.some((w) => w.includes('IRQ'))).to.equal(true);
      });
    });

    it('swaps from and to when reversed, and shows all countries when none is usable', async () => {
      const el = await quiet(() => harmFixture(html`<rights-civilian-harm from="2015" to="2010" countries="zz"></rights-civilian-harm>`));
      expect($(el, '.notice')!.textContent).to.contain('2010–2015').and.contain('showing all covered countries');
      expect($$(el, '.panel-title').length).to.equal(4);
      expect($$(el, 'rect.hit').length).to.equal(4 * 6);
    });

    it('renders markup in attributes as text', async () => {
      const el = await quiet(() => harmFixture(html`<rights-civilian-harm heading="<img src=x onerror=window.__xss=1>" countries="<b>x</b>"></rights-civilian-harm>`));
      expect($(el, 'h2')!.textContent).to.equal('<img src=x onerror=window.__xss=1>');
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    });
  });

  // Loaded, table, notice and error states: test/conformance.
  describe('accessibility (axe)', () => {
    const states: [string, ReturnType<typeof html>][] = [
      ['annual, ucdp, dark', html`<rights-civilian-harm context="ucdp" theme="dark" countries="PAK"></rights-civilian-harm>`],
      ['official vs independent', html`<rights-civilian-harm view="official-vs-independent"></rights-civilian-harm>`],
      ['official vs independent, dark', html`<rights-civilian-harm view="official-vs-independent" theme="dark"></rights-civilian-harm>`],
      ['official vs independent table', html`<rights-civilian-harm view="official-vs-independent" display="table"></rights-civilian-harm>`],
    ];
    itPassesAxe(states, harmFixture);

    it('passes axe with a bar focused', async () => {
      const el = await harmFixture(html`<rights-civilian-harm countries="PAK"></rights-civilian-harm>`);
      ($(el, 'svg.plot') as SVGElement).focus();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
