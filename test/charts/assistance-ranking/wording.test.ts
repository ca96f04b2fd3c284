// Issue #10 on screen, ranking: default year, provisional label, the military-aid
// note beside the numbers, "not reported" rows, SIPRI's credit line verbatim.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsAssistanceRanking } from '../../../src/index.js';
import type { MilitaryAid, SipriUsArms } from '../../../src/data/assistance.js';
import militaryJson from '../../../data/military-aid.json';
import armsJson from '../../../data/sipri-us-arms.json';
import { $, $$ } from '../../helpers/dom.js';
import { afterPlayInterval, chartFixture, settled, until } from '../../helpers/wait.js';

const militaryAid = militaryJson as MilitaryAid;
const arms = armsJson as SipriUsArms;
const fixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsAssistanceRanking>(template, 'rights-assistance-ranking', 'svg.bars, table, .error, .empty');
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<rights-assistance-ranking> wording (#10)', () => {
  it('opens aid on FY2023, the latest complete year, not the provisional FY2024', async () => {
    const el = await fixture(html`<rights-assistance-ranking measure="aid"></rights-assistance-ranking>`);
    expect(text(el, 'h2')).to.contain('FY2023').and.not.contain('FY2024');
    expect(($(el, 'input[type="range"]') as HTMLInputElement).value).to.equal('2023');
    expect(($(el, 'input[type="range"]') as HTMLInputElement).max).to.equal('2024');
  });

  it('labels FY2024 "(provisional)" in the heading, slider, table, tooltip, summary and announcement', async () => {
    const el = await fixture(html`<rights-assistance-ranking measure="aid" year="2024"></rights-assistance-ranking>`);
    expect(text(el, 'h2')).to.contain('FY2024 (provisional)');
    expect(text(el, '.timeline output')).to.equal('FY2024 (provisional)');
    expect(text(el, '.summary')).to.contain('FY2024 (provisional)');
    const first = $(el, 'g.row [role=option]')!;
    expect(first.getAttribute('aria-label')).to.contain('FY2024 (provisional)');
    first.querySelector('.bar')!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text(el, '.tooltip')).to.contain('FY2024 (provisional)');
    el.year = 2023;
    await settled(el);
    el.year = 2024;
    await settled(el);
    expect(text(el, '[aria-live="polite"]')).to.contain('FY2024 (provisional)');
    el.view = 'table';
    await settled(el);
    expect(text(el, 'caption')).to.contain('FY2024 (provisional)');
    el.view = 'chart';
    el.from = 2020;
    el.to = 2024;
    await settled(el);
    expect(text(el, 'h2')).to.contain('FY2020–FY2024 (FY2024 provisional)');
  });

  it('shows the military-aid note beside the numbers, and only for that measure', async () => {
    const el = await fixture(html`<rights-assistance-ranking measure="military-aid" year="2010"></rights-assistance-ranking>`);
    expect(text(el, '.reader-note')).to.equal(militaryAid.meta.readerNote);
    expect(text(el, '.reader-note')).to.contain('it is a floor, not the total of U.S. security assistance');
    // Above the chart, not only in the footer.
    const note = $(el, '.reader-note')!;
    expect(note.compareDocumentPosition($(el, '.stage')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    el.measure = 'arms';
    await until(() => $(el, 'svg.bars') && !$(el, '.reader-note'), 'arms drawn without the note');
  });

  it('lists military-aid recipients without a value as "not reported", unranked, never $0', async () => {
    const missing = Object.entries(militaryAid.countries)
      .filter(([, s]) => s.start <= 2015 && s.military[2015 - s.start] === null)
      .map(([code]) => code);
    const el = await fixture(html`<rights-assistance-ranking measure="military-aid" year="2015" view="table"></rights-assistance-ranking>`);
    const rows = $$(el, 'tbody tr');
    const unranked = rows.filter((r) => r.querySelector('th .rank')!.textContent!.trim() === '–');
    expect(unranked.length).to.equal(missing.length);
    for (const row of unranked) {
      expect(row.textContent).to.contain('not reported');
      expect(row.querySelectorAll('td.number')[0]!.textContent!.trim()).to.equal('not reported');
    }
    expect(text(el, 'caption')).to.contain(`${missing.length} not reported`);
    expect(text(el, '.summary')).to.contain('not counted as $0');
    el.view = 'chart';
    el.limit = 40;
    await until(() => $(el, 'svg.bars'), 'bars');
    for (const code of missing) expect($(el, `g.row[data-code="${code}"]`), code).to.equal(null);
  });

  it('credits SIPRI with its prescribed line, verbatim', async () => {
    const el = await fixture(html`<rights-assistance-ranking year="2019"></rights-assistance-ranking>`);
    expect(text(el, 'footer .credit')).to.contain(
      "Information from the SIPRI Arms Transfers Database, https://www.sipri.org/databases/armstransfers (data generated 28 July 2022). Totals and rankings are our calculations, not SIPRI's.",
    );
    expect(arms.meta.credit).to.contain('Information from the SIPRI Arms Transfers Database');
  });

  it('pauses playback when the reader drags the slider', async () => {
    const el = await fixture(html`<rights-assistance-ranking measure="military-aid" year="2003"></rights-assistance-ranking>`);
    const play = $(el, '.timeline button') as HTMLButtonElement;
    play.click();
    await until(() => play.getAttribute('aria-label') === 'Pause', 'playing');
    const slider = $(el, 'input[type="range"]') as HTMLInputElement;
    slider.focus();
    await sendKeys({ press: 'Home' });
    await until(() => play.getAttribute('aria-label') === 'Play through the years', 'paused by the slider');
    await until(() => String(el.year) === '2002', 'on the first year');
    await afterPlayInterval(600);
    expect(String(el.year)).to.equal('2002');
  });
});
