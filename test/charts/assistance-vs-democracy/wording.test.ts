// Issue #10 on the scatter: default year, provisional label, military-aid note, "not reported" rows.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsAssistanceVsDemocracy } from '../../../src/index.js';
import type { MilitaryAid } from '../../../src/data/assistance.js';
import militaryJson from '../../../data/military-aid.json';
import { $, $$ } from '../../helpers/dom.js';
import { chartFixture, settled } from '../../helpers/wait.js';

const militaryAid = militaryJson as MilitaryAid;
const fixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsAssistanceVsDemocracy>(template, 'rights-assistance-vs-democracy', 'svg.scatter, table, .error, .empty');
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<rights-assistance-vs-democracy> wording (#10)', () => {
  it('opens aid on FY2023 and labels FY2024 provisional in heading, summary and table', async () => {
    const el = await fixture(html`<rights-assistance-vs-democracy measure="aid"></rights-assistance-vs-democracy>`);
    expect(text(el, 'h2')).to.contain('FY2023').and.not.contain('FY2024');
    el.year = '2024';
    el.view = 'table';
    await settled(el);
    expect(text(el, 'h2')).to.contain('FY2024 (provisional)');
    expect(text(el, '.summary')).to.contain('FY2024 (provisional)');
    expect(text(el, 'caption')).to.contain('FY2024 (provisional)');
  });

  it('shows the military-aid note and lists gaps as not reported, not as dots at $0', async () => {
    const missing = Object.entries(militaryAid.countries)
      .filter(([, s]) => s.start <= 2015 && s.military[2015 - s.start] === null)
      .map(([code]) => code);
    const el = await fixture(html`<rights-assistance-vs-democracy measure="military-aid" year="2015"></rights-assistance-vs-democracy>`);
    expect(text(el, '.reader-note')).to.equal(militaryAid.meta.readerNote);
    for (const code of missing) expect($(el, `.dot[data-code="${code}"]`), code).to.equal(null);
    el.view = 'table';
    await settled(el);
    const notReported = $$(el, 'tbody tr').filter((r) => r.textContent!.includes('not reported'));
    expect(notReported.length).to.equal(missing.length);
  });
});
