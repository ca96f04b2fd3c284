import { expect } from '@open-wc/testing';
import { measureSource } from '../../../src/assistance/measures.js';
import { rankRecipients } from '../../../src/assistance/ranking.js';
import { parsePeriod, periodLabel } from '../../../src/assistance/period.js';
import { layoutBars, layoutHeight, ROW_HEIGHT } from '../../../src/charts/assistance-ranking/bar-layout.js';
import { formatLong, formatShort } from '../../../src/assistance/amounts.js';
import type { MilitaryAid, SipriUsArms, ForeignAssistance } from '../../../src/data/assistance.js';
import type { VdemV14, VdemV15 } from '../../../src/data/democracy.js';
import militaryJson from '../../../data/military-aid.json';
import armsJson from '../../../data/sipri-us-arms.json';
import aidJson from '../../../data/foreignassistance.json';
import v15Json from '../../../data/vdem-v15.json';
import v14Json from '../../../data/vdem-v14.json';

const militaryAid = militaryJson as MilitaryAid;
const arms = armsJson as SipriUsArms;
const aid = aidJson as ForeignAssistance;
const democracy = { v15: v15Json as VdemV15, v14: v14Json as VdemV14 };
const options = { flow: 'obligations', dollars: 'constant' } as const;

/** V-Dem v15 regime straight from the file. */
const regime = (code: string, year: number): number | null => {
  const s = democracy.v15.countries[code];
  return s ? (s.regime[year - s.start] ?? null) : null;
};

describe('measureSource', () => {
  it('reads each measure over its documented range', () => {
    const a = measureSource('arms', { arms }, options)!;
    expect([a.first, a.last, a.unit, a.fiscal]).to.deep.equal([1950, 2021, 'tiv', false]);
    expect(a.unitNote).to.contain('TIV is not dollars');
    const m = measureSource('military-aid', { militaryAid }, options)!;
    expect([m.first, m.last, m.fiscal]).to.deep.equal([2002, 2015, true]);
    expect(m.amount('EGY', 2002)).to.equal(militaryAid.countries.EGY!.military[0]);
    const o = measureSource('aid', { aid }, options)!;
    expect([o.first, o.last]).to.deep.equal([1946, 2024]);
    expect(o.unitNote).to.contain('constant US dollars').and.contain('fiscal years');
    const d = measureSource('aid', { aid }, { flow: 'disbursements', dollars: 'current' })!;
    expect(d.first).to.equal(2001);
    const egy = aid.countries.EGY!.disbursements!;
    expect(d.amount('EGY', 2010)).to.equal(egy.current[2010 - egy.start]);
    expect(measureSource('arms', {}, options)).to.equal(undefined);
  });
});

describe('rankRecipients', () => {
  it('ranks FY2005 military aid with Egypt near $1.3 bn and shares by regime in the year received', () => {
    const source = measureSource('military-aid', { militaryAid }, options)!;
    const ranking = rankRecipients(source, { from: 2005, to: 2005 }, democracy, 'polyarchy', 'all');
    const egypt = ranking.rows.find((r) => r.code === 'EGY')!;
    expect(egypt.total / 1e9).to.be.closeTo(1.3, 0.065);
    // Independent: every positive amount in 2005, split by that year's regime.
    let total = 0;
    let autocracy = 0;
    const positive: [string, number][] = [];
    for (const [code, s] of Object.entries(militaryAid.countries)) {
      const v = s.military[2005 - s.start];
      if (v == null || v <= 0) continue;
      positive.push([code, v]);
      total += v;
      const r = regime(code, 2005);
      if (r === 0 || r === 1) autocracy += v;
    }
    expect(ranking.recipients).to.equal(positive.length);
    expect(ranking.total).to.equal(total);
    expect(ranking.share.autocracy).to.be.closeTo(autocracy / total, 1e-12);
    const top = positive.sort((a, b) => b[1] - a[1])[0]!;
    expect(ranking.rows[0]!.code).to.equal(top[0]);
    expect(egypt.rank).to.equal(positive.findIndex(([c]) => c === 'EGY') + 1);
    expect(egypt.regime).to.equal(regime('EGY', 2005));
  });

  it('sums a period, averages per year and filters to autocracies without changing ranks', () => {
    const source = measureSource('military-aid', { militaryAid }, options)!;
    const all = rankRecipients(source, { from: 2002, to: 2013 }, democracy, 'libdem', 'all');
    const egypt = all.rows.find((r) => r.code === 'EGY')!;
    const expected = militaryAid.countries.EGY!.military.slice(0, 12).reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(egypt.total).to.equal(expected);
    expect(egypt.perYear).to.equal(expected / 12);
    expect(egypt.perYear / 1e9).to.be.within(1.25, 1.35);
    const s14 = democracy.v14.countries.EGY!;
    expect(egypt.index).to.equal(s14.libdem[2013 - s14.start]);
    const autocracies = rankRecipients(source, { from: 2002, to: 2013 }, democracy, 'libdem', 'autocracy');
    expect(autocracies.rows.length).to.be.lessThan(all.rows.length);
    for (const r of autocracies.rows) expect(r.regime).to.be.oneOf([0, 1]);
    expect(autocracies.rows.find((r) => r.code === 'EGY')!.rank).to.equal(egypt.rank);
    expect(autocracies.share).to.deep.equal(all.share);
  });

  it('ranks SIPRI arms 1950–2021 with the sum of the yearly TIV', () => {
    const source = measureSource('arms', { arms }, options)!;
    const ranking = rankRecipients(source, { from: 1950, to: 2021 }, democracy, 'polyarchy', 'all');
    const sau = ranking.rows.find((r) => r.code === 'SAU')!;
    const sum = arms.countries.SAU!.tiv.reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(sau.total).to.equal(sum);
    // SIPRI's own total differs from the sum of rounded years by a few units at most.
    expect(Math.abs(sau.total - arms.countries.SAU!.total)).to.be.lessThan(20);
  });
});

describe('parsePeriod', () => {
  it('takes a year, a period, clamps and swaps with messages', () => {
    expect(parsePeriod('', '', '', 2002, 2015)).to.deep.equal({ value: { from: 2015, to: 2015 }, problems: [] });
    expect(parsePeriod('2005', null, null, 2002, 2015).value).to.deep.equal({ from: 2005, to: 2005 });
    expect(parsePeriod('', '2002', '2013', 2002, 2015).value).to.deep.equal({ from: 2002, to: 2013 });
    const swapped = parsePeriod('', '2013', '2002', 2002, 2015);
    expect(swapped.value).to.deep.equal({ from: 2002, to: 2013 });
    expect(swapped.problems[0]).to.contain('after');
    const clamped = parsePeriod('', '1990', '', 2002, 2015);
    expect(clamped.value).to.deep.equal({ from: 2002, to: 2015 });
    expect(clamped.problems[0]).to.contain('2002');
    expect(parsePeriod('2005', '2003', '', 2002, 2015).problems[0]).to.contain('ignored');
    expect(parsePeriod('soon', '', '', 2002, 2015).problems[0]).to.contain('"soon"');
    expect(periodLabel({ from: 2002, to: 2013 }, true)).to.equal('FY2002–FY2013');
    expect(periodLabel({ from: 2019, to: 2019 }, false)).to.equal('2019');
  });
});

describe('layoutBars and amounts', () => {
  it('scales bars to the largest, inside the width, with rows at fixed steps', () => {
    const rows = [1000, 500, 10].map((total, i) => ({ code: `C${i}`, total, name: `Country ${i}`, value: formatShort('tiv', total, 'en'), index: '0.300' }));
    const layout = layoutBars(rows, 360, 15);
    expect(layout.height).to.equal(layoutHeight(15));
    expect(layout.bars.length).to.equal(3);
    const [a, b, c] = layout.bars;
    expect(b!.width / a!.width).to.be.closeTo(0.5, 0.01);
    expect(c!.y - b!.y).to.equal(ROW_HEIGHT);
    expect(layout.barX + a!.width).to.be.at.most(layout.barEnd);
    expect(layout.barEnd).to.be.lessThan(layout.indexX);
    expect(a!.labelInside).to.equal(true);
    expect(c!.labelInside).to.equal(false);
    expect(layoutBars(rows, 360, 2).bars.length).to.equal(2);
  });

  it('never writes TIV with a dollar sign', () => {
    expect(formatShort('tiv', 1234, 'en')).to.equal('1,234 TIV m');
    expect(formatShort('tiv', 1234, 'en')).not.to.contain('$');
    // One dollar convention (#14): sentences say "$1.301 billion", marks "$1.3B".
    expect(formatLong('usd', 1301367000, 'en')).to.equal('$1.301 billion');
    expect(formatLong('usd', 432100000, 'en')).to.equal('$432.1 million');
    expect(formatShort('usd', 1301367000, 'en')).to.equal('$1.3B');
  });
});
