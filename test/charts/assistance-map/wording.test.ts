// Issue #10 on the map: default year, provisional label, military-aid note, gaps as "not reported" with the no-data fill.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsAssistanceMap } from '../../../src/index.js';
import type { MilitaryAid } from '../../../src/data/assistance.js';
import militaryJson from '../../../data/military-aid.json';
import { $ } from '../../helpers/dom.js';
import { chartFixture, settled } from '../../helpers/wait.js';

const militaryAid = militaryJson as MilitaryAid;
const fixture = (template: ReturnType<typeof html>) => chartFixture<RightsAssistanceMap>(template, 'rights-assistance-map', 'svg.map path.country, table, .error');
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<rights-assistance-map> wording (#10)', () => {
  it('opens aid on FY2023 and labels FY2024 provisional on the slider and in the heading', async () => {
    const el = await fixture(html`<rights-assistance-map measure="aid"></rights-assistance-map>`);
    expect(text(el, 'h2')).to.contain('FY2023').and.not.contain('FY2024');
    el.year = 2024;
    await settled(el);
    expect(text(el, 'h2')).to.contain('FY2024 (provisional)');
    expect(text(el, '.timeline output')).to.equal('FY2024 (provisional)');
    expect(text(el, '[aria-live="polite"]')).to.contain('FY2024 (provisional)');
  });

  it('shows a military-aid gap as "not reported" with the no-data fill, never the lowest colour or $0', async () => {
    const code = Object.keys(militaryAid.countries).find((c) => {
      const s = militaryAid.countries[c]!;
      return ['SYR', 'VEN', 'ZWE', 'RUS', 'CUB'].includes(c) && s.military[2015 - s.start] === null;
    })!;
    const el = await fixture(html`<rights-assistance-map measure="military-aid" year="2015"></rights-assistance-map>`);
    expect(text(el, '.reader-note')).to.equal(militaryAid.meta.readerNote);
    const path = $(el, `path.country[data-code="${code}"]`)!;
    expect(path.getAttribute('fill')).to.equal('url(#none)');
    expect(path.getAttribute('aria-label')).to.contain('not reported').and.not.contain('$0');
    path.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text(el, '.tooltip')).to.contain('not reported');
    expect(text(el, '.legend')).to.contain('not reported');
  });
});
