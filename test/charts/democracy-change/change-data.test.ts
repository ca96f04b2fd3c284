import { expect } from '@open-wc/testing';
import type { VdemV14, VdemV15 } from '../../../src/data/democracy.js';
import type { CountryRegistry } from '../../../src/data/countries.js';
import type { TrendData } from '../../../src/democracy/trend-data.js';
import { changes, ranked } from '../../../src/charts/democracy-change/change-data.js';
import { changeHeight, layoutChanges } from '../../../src/charts/democracy-change/change-layout.js';
import { parseLimit } from '../../../src/charts/democracy-change/democracy-change.js';
import v15Json from '../../../data/vdem-v15.json';
import v14Json from '../../../data/vdem-v14.json';
import registryJson from '../../../data/countries.json';

const data: TrendData = { v15: v15Json as VdemV15, v14: v14Json as VdemV14, registry: registryJson as CountryRegistry };

/** Changes 2010 -> 2024 computed here straight from the file. */
function expectedChanges(): { code: string; change: number }[] {
  return Object.entries(data.v15.countries)
    .map(([code, s]) => ({ code, a: s.polyarchy[2010 - s.start], b: s.polyarchy[2024 - s.start] }))
    .filter((r): r is { code: string; a: number; b: number } => r.a != null && r.b != null)
    .map((r) => ({ code: r.code, change: Math.round((r.b - r.a) * 1000) / 1000 }));
}

describe('democracy change data', () => {
  it('ranks the biggest declines and advances 2010–2024 as the data says', () => {
    const all = changes(data, 'polyarchy', 2010, 2024);
    const expected = expectedChanges();
    expect(all.length).to.equal(expected.length);
    const { declines, advances } = ranked(all, 5);
    const byChange = [...expected].sort((a, b) => a.change - b.change || a.code.localeCompare(b.code));
    expect(declines.map((d) => d.code)).to.deep.equal(byChange.slice(0, 5).map((d) => d.code));
    const up = [...expected].sort((a, b) => b.change - a.change || a.code.localeCompare(b.code));
    expect(advances.map((d) => d.code)).to.deep.equal(up.slice(0, 5).map((d) => d.code));
    expect(declines.every((d) => d.change < 0)).to.equal(true);
  });

  it('carries both years\' intervals, the region and the ERT mark', () => {
    const hun = changes(data, 'polyarchy', 2010, 2024).find((c) => c.code === 'HUN')!;
    const s = data.v15.countries.HUN!;
    expect(hun.fromLow).to.equal(s.low[2010 - s.start]);
    expect(hun.toHigh).to.equal(s.high[2024 - s.start]);
    expect(hun.region).to.equal(data.registry.countries.HUN![3]);
    expect(hun.autocratizing).to.equal(data.v15.episodes.HUN!.aut.some(([a, b]) => b >= 2010 && a <= 2024));
    expect(hun.autocratizing).to.equal(true);
    const lib = changes(data, 'libdem', 2010, 2023).find((c) => c.code === 'HUN')!;
    expect(lib.fromLow).to.equal(null);
  });

  it('layout height depends only on limit; rows sit inside it', () => {
    expect(changeHeight(10)).to.be.greaterThan(changeHeight(5));
    const { declines, advances } = ranked(changes(data, 'polyarchy', 2010, 2024), 10);
    const layout = layoutChanges(declines, advances, 10, 700);
    expect(layout.frame.height).to.equal(changeHeight(10));
    expect(layout.rows).to.have.length(20);
    for (const row of layout.rows) expect(row.y).to.be.within(0, layout.frame.bottom);
    const hungary = layout.rows.find((r) => r.code === 'HUN')!;
    expect(hungary.x1).to.be.lessThan(hungary.x0);
  });

  it('limit: 1–40, garbage falls back to 10 with a message', () => {
    expect(parseLimit('')).to.deep.equal({ value: 10 });
    expect(parseLimit('5')).to.deep.equal({ value: 5 });
    expect(parseLimit('0').value).to.equal(1);
    expect(parseLimit('500').value).to.equal(40);
    expect(parseLimit('lots').problem).to.contain('"lots"');
  });
});
