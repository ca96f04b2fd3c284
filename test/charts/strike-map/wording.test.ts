// Issue #10 on the strike map: a dot is a TBIJ record, which can stand for
// several strikes; numbers of strikes are TBIJ's minimum–maximum; every record
// is kept (null counts add nothing); 2018 is labelled partial.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsStrikeMap } from '../../../src/index.js';
import type { TbijStrikes } from '../../../src/data/strikes.js';
import type { TbijYearly } from '../../../src/data/civilian-harm.js';
import { strikeRows, sumRange } from '../../../src/charts/strike-map/strikes.js';
import { binStrikes } from '../../../src/charts/strike-map/bins.js';
import { mapSummary, recordsAndStrikes, strikeSentence } from '../../../src/charts/strike-map/describe.js';
import { binLines, strikeLines } from '../../../src/charts/strike-map/tooltip.js';
import { $, $$ } from '../../helpers/dom.js';
import { chartFixture } from '../../helpers/wait.js';
import strikesJson from '../../../data/tbij-strikes.json';
import yearlyJson from '../../../data/tbij-yearly.json';

const data = strikesJson as TbijStrikes;
const yearly = yearlyJson as TbijYearly;
const rows = strikeRows(data);
const of = (code: string) => rows.filter((r) => r.country === code);
const byId = (id: string) => rows.find((r) => r.id === id)!;
const text = (el: Element, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

const mapFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsStrikeMap>(template, 'rights-strike-map', 'svg.map, table, .error');

describe('strike map: records and strikes (#10)', () => {
  it('keeps all 1,691 TBIJ records, SOM108 and YEM008 among them with unknown counts', () => {
    expect(rows.length).to.equal(1691);
    for (const id of ['SOM108', 'YEM008']) {
      const row = byId(id);
      expect(row, id).to.exist;
      expect(row.strikes).to.deep.equal([null, null]);
      expect(row.killed).to.deep.equal([null, null]);
    }
    expect(byId('SOM108').lat).to.be.a('number');
  });

  it('sums TBIJ minimum–maximum strikes per country, matching the yearly totals; unknown counts add nothing', () => {
    for (const code of ['AFG', 'PAK', 'SOM', 'YEM']) {
      const total = yearly.totals[code]!;
      expect(sumRange(of(code), (s) => s.strikes), code).to.deep.equal({ min: total.minStrikes, max: total.maxStrikes });
      expect(of(code).length, code).to.equal(total.records);
    }
    expect(recordsAndStrikes(of('AFG'), 'en')).to.equal('5,433–5,437 strikes (827 TBIJ records)');
    expect(recordsAndStrikes(of('YEM'), 'en')).to.equal('453–493 strikes (318 TBIJ records)');
    expect(recordsAndStrikes(of('SOM'), 'en')).to.equal('122 strikes (116 TBIJ records)');
    expect(recordsAndStrikes(of('PAK'), 'en')).to.equal('430 strikes');
  });

  it('words the summary in records, never counting records as strikes', () => {
    const summary = mapSummary(of('AFG'), 0, 'Afghanistan', 'en', yearly.years);
    expect(summary).to.match(/^5,433–5,437 strikes \(827 TBIJ records\) in Afghanistan, /);
    expect(summary).to.match(/civilian deaths reported in \d+ TBIJ records\./);
    expect(summary).not.to.match(/\b827 strikes\b/);
    expect(summary).to.contain('2018 is partial: data end November 2018.');
    expect(mapSummary([], 0, 'Somalia', 'en')).to.equal('No TBIJ records in Somalia for these dates.');
  });

  it('shows a record\'s strikes (AFG501 alone is 455) and a cluster\'s records and strikes apart', () => {
    const afg501 = byId('AFG501');
    expect(strikeLines(afg501, 'en')).to.deep.include({ label: 'Strikes', value: '455' });
    expect(strikeSentence(afg501, 3, 9, 'en')).to.match(/^Record 3 of 9: .*Strikes 455;/);
    const other = of('AFG').find((r) => r.strikes[0] === 1 && r.strikes[1] === 1)!;
    const [bin] = binStrikes([{ strike: afg501, x: 0, y: 0 }, { strike: other, x: 1, y: 1 }], 1, 16);
    const lines = binLines(bin!, 'en');
    expect(lines).to.deep.include({ label: 'TBIJ records', value: '2' });
    expect(lines).to.deep.include({ label: 'Strikes', value: '456' });
  });

  it('says records and strikes on screen, and labels 2018 partial on the timeline', async () => {
    const el = await mapFixture(html`<rights-strike-map country="AFG"></rights-strike-map>`);
    expect(text(el, '.summary')).to.contain('5,433–5,437 strikes (827 TBIJ records) in Afghanistan');
    expect(text(el, '.summary')).to.contain('2018 is partial');
    expect(text(el, '.timeline output')).to.equal('Up to 2018 (partial)');
    expect($(el, 'svg.map')!.getAttribute('aria-label')).to.contain('5,433–5,437 strikes (827 TBIJ records)');
    expect(text(el, '.caveats')).to.contain('not numbers of records').and.contain('approximate');
    expect(text(el, '.legend')).to.contain('TBIJ record');
    const cluster = $(el, 'g.cluster circle')!;
    cluster.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text(el, '.tooltip')).to.match(/^\d+ TBIJ records near here/);
  });

  it('does not call a complete year partial', async () => {
    const el = await mapFixture(html`<rights-strike-map country="AFG" to="2017"></rights-strike-map>`);
    expect(text(el, '.timeline output')).to.equal('Up to 2017');
    expect(text(el, '.summary')).not.to.contain('partial');
  });

  it('lists every record in the table, with its strikes, and a record without a place', async () => {
    const el = await mapFixture(html`<rights-strike-map country="YEM" from="2010-01" to="2010-02" display="table"></rights-strike-map>`);
    expect(text(el, 'caption')).to.match(/TBIJ records?\)? in Yemen/);
    const yem008 = $$(el, 'tbody tr').find((tr) => tr.textContent!.includes('YEM008'))!;
    expect(yem008, 'YEM008 listed').to.exist;
    expect([...yem008.querySelectorAll('th span')].map((span) => span.textContent)).to.include('place not given').and.include('strikes not given');
    const afg = await mapFixture(html`<rights-strike-map country="AFG" from="2018-09-30" to="2018-09-30" display="table"></rights-strike-map>`);
    const row = $$(afg, 'tbody tr').find((tr) => tr.textContent!.includes('AFG501'))!;
    expect([...row.querySelectorAll('th span')].map((span) => span.textContent)).to.include('455 strikes');
  });

  it('has no "verify", field name, path or hash on screen', async () => {
    for (const display of ['map', 'table']) {
      const el = await mapFixture(html`<rights-strike-map display=${display}></rights-strike-map>`);
      $(el, 'footer details')?.setAttribute('open', '');
      expect(el.shadowRoot!.textContent).not.to.match(/\bverify\b|minStrikes|maxStrikes|shared\/datasets|\/raw\/|@[0-9a-f]{7}\b/i);
    }
  });
});
