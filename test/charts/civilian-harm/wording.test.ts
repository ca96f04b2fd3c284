// Issue #10 on the civilian-harm chart: strikes are TBIJ's minimum–maximum,
// records are called records, 2018 is labelled partial, UCDP gaps read
// "no data" (never 0), and the official-vs-independent rows say what they are.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsCivilianHarm } from '../../../src/index.js';
import { civilianHarmLoaders, type CivcasTable, type TbijYearly, type UcdpConflictDeaths } from '../../../src/data/civilian-harm.js';
import { cellsFor, conflictTotal, totalOf } from '../../../src/charts/civilian-harm/annual.js';
import { layoutAnnual } from '../../../src/charts/civilian-harm/annual-layout.js';
import { compare, rowStrikes, rowsOf } from '../../../src/charts/civilian-harm/comparison.js';
import { cellLines, formatConflict } from '../../../src/charts/civilian-harm/describe.js';
import { $, $$ } from '../../helpers/dom.js';
import { chartFixture } from '../../helpers/wait.js';
import yearlyJson from '../../../data/tbij-yearly.json';
import ucdpJson from '../../../data/ucdp-conflict-deaths.json';
import civcasJson from '../../../data/civcas-official-vs-independent.json';

const yearly = yearlyJson as TbijYearly;
const ucdp = ucdpJson as UcdpConflictDeaths;
const civcas = civcasJson as CivcasTable;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const harmFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsCivilianHarm>(template, 'rights-civilian-harm', 'svg.plot rect.hit, table, .comparison [role="option"], .error');

describe('civilian harm: strikes, not records (#10.1)', () => {
  it('reads strikes from TBIJ minimum–maximum strikes and records apart (Afghanistan 2017: 2,609–2,611 strikes, 132 records)', () => {
    const [cell] = cellsFor(yearly, 'AFG', 2017, 2017, 'civilians');
    expect(cell!.strikes).to.deep.equal({ min: 2609, max: 2611 });
    expect(cell!.records).to.equal(132);
    const totals = Object.fromEntries(['AFG', 'PAK', 'SOM', 'YEM'].map((code) => [code, totalOf(cellsFor(yearly, code, 2002, 2018, 'civilians'), 'civilians')!]));
    expect([totals.AFG!.strikes, totals.AFG!.records]).to.deep.equal([{ min: 5433, max: 5437 }, 827]);
    expect([totals.YEM!.strikes, totals.YEM!.records]).to.deep.equal([{ min: 453, max: 493 }, 318]);
    expect([totals.SOM!.strikes, totals.SOM!.records]).to.deep.equal([{ min: 122, max: 122 }, 116]);
    expect([totals.PAK!.strikes, totals.PAK!.records]).to.deep.equal([{ min: 430, max: 430 }, 430]);
  });

  it('draws the strike strip from minimum strikes: Afghanistan rises from 2016 to 2017', () => {
    const layout = layoutAnnual([cellsFor(yearly, 'AFG', 2015, 2018, 'civilians')], 600, 300, false);
    const [y2015, y2016, y2017] = layout.panels[0]!.bars;
    expect(y2017!.strikeHeight).to.be.greaterThan(y2016!.strikeHeight * 2);
    expect(layout.maxStrikes).to.equal(2611);
    expect(y2015!.strikeMaxY, 'max 236 above min 235').to.be.a('number');
    expect(layout.panels[0]!.bars[1]!.strikeMaxY, '2016: min = max').to.equal(null);
  });

  it('shows strikes and records on screen: summary, bar labels, tooltip, strip and table', async () => {
    const el = await harmFixture(html`<rights-civilian-harm></rights-civilian-harm>`);
    const summary = text($(el, '.summary'));
    expect(summary).to.contain('Afghanistan 2015–2018: 5,433–5,437 strikes (827 TBIJ records), 150–384 civilians killed.');
    expect(summary).to.contain('Pakistan 2004–2018: 430 strikes, 424–969 civilians killed.');
    expect(summary).to.contain('Yemen 2002–2018: 453–493 strikes (318 TBIJ records)');
    expect(summary).to.contain('Somalia 2007–2018: 122 strikes (116 TBIJ records)');
    expect($(el, '#b-AFG-2017')!.getAttribute('aria-label')).to.contain('2,609–2,611 strikes (132 TBIJ records)');
    expect($$(el, '.strip-label').map((t) => t.textContent)).to.include('strikes');
    expect(text($(el, '.legend'))).to.contain('TBIJ minimum');
    $(el, '#b-AFG-2017')!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tip = text($(el, '.tooltip'));
    expect(tip).to.contain('Strikes (min–max)2,609–2,611').and.contain('TBIJ records132');
    expect(text($(el, 'footer'))).to.contain('not numbers of records');
    el.display = 'table';
    await el.updateComplete;
    // The same names in the table's headers as in the tooltip.
    expect($$(el, 'thead th').map((th) => th.textContent)).to.include.members(['Strikes (min–max)', 'TBIJ records']);
    const row2017 = $$(el, 'tbody tr').find((tr) => text(tr).startsWith('Afghanistan 2017'))!;
    expect([...row2017.querySelectorAll('td')].map((td) => td.textContent)).to.include.members(['2,609–2,611', '132']);
  });
});

describe('civilian harm: 2018 is partial', () => {
  it('labels 2018 on the axis, in the tooltip, the table and the summary', async () => {
    const el = await harmFixture(html`<rights-civilian-harm countries="AFG"></rights-civilian-harm>`);
    const tick = $$(el, 'text.tick.partial')[0];
    expect(text(tick)).to.equal('2018partial');
    expect(text($(el, '.summary'))).to.contain('2018 is partial: data end November 2018.');
    expect($(el, '#b-AFG-2018')!.getAttribute('aria-label')).to.contain('2018 (partial: data end November 2018)');
    el.display = 'table';
    await el.updateComplete;
    expect($$(el, 'tbody td').map((td) => td.textContent)).to.include('2018 (partial: data end November 2018)');
  });

  it('says nothing of it when 2018 is not shown', async () => {
    const el = await harmFixture(html`<rights-civilian-harm countries="AFG" to="2017"></rights-civilian-harm>`);
    expect($$(el, 'text.tick.partial').length).to.equal(0);
    expect(text($(el, '.summary'))).not.to.contain('partial');
  });
});

describe('civilian harm: UCDP gaps read "no data", never 0 (#10.7)', () => {
  it('keeps Syria after 2010 as no data in the series', () => {
    const cells = cellsFor(yearly, 'SYR', 2009, 2012, 'civilians', ucdp);
    expect(cells.map((c) => c.conflictDeaths)).to.deep.equal([0, 0, null, null]);
    expect(cells.map((c) => formatConflict(c.conflictDeaths, 'en'))).to.deep.equal(['0', '0', 'no data', 'no data']);
  });

  it('draws no bar, says "no data" and calls the total incomplete where a year has no data', async () => {
    const afg = ucdp.countries.AFG!;
    const deaths = afg.deaths.map((d, i) => (afg.start + i === 2017 ? null : d));
    const gappy: UcdpConflictDeaths = { ...ucdp, countries: { ...ucdp.countries, AFG: { ...afg, deaths } } };
    const cells = cellsFor(yearly, 'AFG', 2015, 2018, 'civilians', gappy);
    expect(cellLines(cells[2]!, 'en', true)).to.deep.include({ label: 'Conflict deaths, all sides (UCDP)', value: 'no data' });
    expect(conflictTotal(cells)).to.deep.equal({ deaths: 17987 + 18714 + 26888, missing: [2017] });
    const { ucdp: original } = civilianHarmLoaders;
    civilianHarmLoaders.ucdp = () => Promise.resolve(gappy);
    try {
      const el = await harmFixture(html`<rights-civilian-harm countries="AFG" context="ucdp"></rights-civilian-harm>`);
      // UCDP bars for 2002–2018 except 2017, which has no data.
      expect($$(el, 'svg.plot rect.conflict').length).to.equal(16);
      el.display = 'table';
      await el.updateComplete;
      const row2017 = $$(el, 'tbody tr').find((tr) => text(tr).startsWith('Afghanistan 2017'))!;
      expect(row2017.lastElementChild!.textContent).to.equal('no data');
      expect(text($(el, 'tr.total'))).to.contain('(incomplete: no data for 2017)');
    } finally {
      civilianHarmLoaders.ucdp = original;
    }
  });
});

describe('official vs independent: period and strikes as published (#10.5)', () => {
  const entries = compare(rowsOf(civcas)).flatMap((g) => g.entries);
  const row = (id: number) => entries.find((e) => e.row.id === id)!.row;

  it('reads strikes, records and the stated period from the table', () => {
    expect(row(2).periodStated).to.equal(false);
    expect(rowStrikes(row(3), 'en')).to.equal('512–532 strikes (496 TBIJ records)');
    expect(rowStrikes(row(1), 'en')).to.equal('473 strikes');
    expect(rowStrikes(row(2), 'en')).to.equal('');
  });

  it('says "period not stated" beside row 2, and gives row 3\'s strikes and records in its tooltip and the table', async () => {
    const el = await harmFixture(html`<rights-civilian-harm view="official-vs-independent"></rights-civilian-harm>`);
    const r2 = $(el, '#r-2')!;
    expect(text(r2.querySelector('.entry-text'))).to.contain('period not stated');
    expect(text(r2.querySelector('.reader-note'))).to.match(/^No period stated: The Hill quoted/);
    const r3 = $(el, '#r-3')!;
    expect(text(r3)).not.to.match(/\b496 strikes\b/);
    r3.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text($(el, '.tooltip'))).to.contain('512–532 strikes (496 TBIJ records)');
    r2.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text($(el, '.tooltip'))).to.contain('Periodnot stated');
    el.display = 'table';
    await el.updateComplete;
    const rows = $$(el, 'tbody tr');
    const tableRow2 = rows.find((tr) => text(tr).includes('as quoted by The Hill'))!;
    expect(tableRow2.querySelector('td')!.textContent).to.equal('period not stated');
    const tableRow3 = rows.find((tr) => text(tr).includes('recomputed here'))!;
    expect($$(el, 'thead th').map((th) => th.textContent)).to.include('Strikes (min–max)');
    expect([...tableRow3.querySelectorAll('td')].map((td) => td.textContent)).to.include('512–532');
    expect(text(tableRow3)).to.contain('496 TBIJ records, which stand for 512–532 strikes');
  });
});

describe('civilian harm: reader-facing text', () => {
  const INTERNAL = /\bverify\b|minStrikes|maxStrikes|\brecords\[|shared\/datasets|\/raw\/|@[0-9a-f]{7}\b/i;
  for (const view of ['annual', 'official-vs-independent'] as const) {
    for (const display of ['chart', 'table'] as const) {
      it(`has no "verify", field name, path or hash on screen (${view}, ${display})`, async () => {
        const el = await harmFixture(html`<rights-civilian-harm view=${view} display=${display} context="ucdp"></rights-civilian-harm>`);
        $(el, 'footer details')?.setAttribute('open', '');
        expect(el.shadowRoot!.textContent).not.to.match(INTERNAL);
      });
    }
  }
});

