import { expect } from '@open-wc/testing';
import type { VdemV14, VdemV15 } from '../../src/data/democracy.js';
import type { CountryRegistry } from '../../src/data/countries.js';
import { averageSeries, countrySeries, episodesOf, parseCompare, type TrendData } from '../../src/democracy/trend-data.js';
import { layoutTrend, regionInitials } from '../../src/charts/democracy-trend/trend-layout.js';
import { trendSummary, valueText } from '../../src/charts/democracy-trend/describe.js';
import v15Json from '../../data/vdem-v15.json';
import v14Json from '../../data/vdem-v14.json';
import registryJson from '../../data/countries.json';
import { fitLabel } from '../../src/core/labels.js';

const data: TrendData = { v15: v15Json as VdemV15, v14: v14Json as VdemV14, registry: registryJson as CountryRegistry };
const raw = (code: string, field: 'polyarchy' | 'low' | 'high', year: number) => {
  const s = data.v15.countries[code]!;
  return s[field][year - s.start] ?? null;
};

describe('trend data', () => {
  it('country series carry the index and its 68% interval from V-Dem v15', () => {
    const s = countrySeries(data, 'polyarchy', 'HUN', 2000, 2024);
    expect(s.points).to.have.length(25);
    expect(s.points[24]).to.deep.equal({ year: 2024, value: raw('HUN', 'polyarchy', 2024), low: raw('HUN', 'low', 2024), high: raw('HUN', 'high', 2024) });
    const lib = countrySeries(data, 'libdem', 'HUN', 2020, 2023);
    const h = data.v14.countries.HUN!;
    expect(lib.points.map((p) => p.value)).to.deep.equal([2020, 2021, 2022, 2023].map((y) => h.libdem[y - h.start]));
    expect(lib.points.every((p) => p.low === null)).to.equal(true);
  });

  it('averages are unweighted means over coded countries (world and one region)', () => {
    const world = averageSeries(data, 'polyarchy', null, 2024, 2024);
    const values = Object.values(data.v15.countries).map((s) => s.polyarchy[2024 - s.start]).filter((v): v is number => v != null);
    expect(world.points[0]!.value).to.be.closeTo(values.reduce((a, b) => a + b, 0) / values.length, 1e-12);
    expect(world.counts![0]).to.equal(values.length);
    const regionNumber = Number(Object.entries(data.registry.regions).find(([, n]) => n.startsWith('Western Europe'))![0]);
    const west = averageSeries(data, 'polyarchy', regionNumber, 2024, 2024);
    const members = Object.keys(data.v15.countries).filter((c) => data.registry.countries[c]?.[3] === regionNumber);
    expect(west.counts![0]).to.equal(members.filter((c) => raw(c, 'polyarchy', 2024) !== null).length);
    expect(west.points[0]!.value).to.be.greaterThan(world.points[0]!.value!);
  });

  it('compare accepts world, region numbers and unique name prefixes', () => {
    const regions = data.registry.regions;
    const parsed = parseCompare('world latin-america 4 europe none', regions);
    const latin = Number(Object.entries(regions).find(([, n]) => n.startsWith('Latin'))![0]);
    expect(parsed.value).to.deep.equal([null, latin, 4]);
    // "europe" matches no name from its start; unknown tokens are reported.
    expect(parsed.unknown).to.deep.equal(['europe']);
  });

  it('ERT episodes: Hungary in an ongoing autocratization episode, clipped to the range', () => {
    const episodes = episodesOf(data, 'HUN', 2000, 2024);
    const aut = data.v15.episodes.HUN!.aut.find(([, end]) => end >= 2000)!;
    expect(episodes.find((e) => e.kind === 'aut')).to.deep.equal({ kind: 'aut', start: aut[0], end: Math.min(aut[1], 2024), ongoing: aut[2] === 1 });
    expect(episodesOf(data, 'HUN', 1800, 1801)).to.deep.equal([]);
    expect(episodesOf(data, 'NOPE', 2000, 2024)).to.deep.equal([]);
  });

  it('layout: labels stay apart and inside the plot; narrow labels fall back to short names', () => {
    const series = ['USA', 'HUN', 'IND', 'TUR'].map((c) => countrySeries(data, 'polyarchy', c, 1970, 2024));
    const layout = layoutTrend(series, [], 1970, 2024, 800, { name: (id) => id, short: (id) => id });
    const ys = layout.series.map((m) => m.label!.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).to.be.at.least(12.9);
    for (const y of ys) expect(y).to.be.within(layout.frame.top, layout.frame.bottom);
    expect(layout.series[0]!.band).to.match(/^M.*Z$/);
    expect(fitLabel('United States', 'USA', 20)).to.equal('United States');
    expect(fitLabel('United States', 'USA', 6)).to.equal('USA');
    expect(regionInitials('Middle East and North Africa')).to.equal('MENA');
    expect(regionInitials('Sub-Saharan Africa')).to.equal('SSA');
  });

  it('describes values with intervals and the change over the range', () => {
    const s = countrySeries(data, 'polyarchy', 'HUN', 2010, 2024);
    expect(valueText(s, 2024, 'en')).to.equal(
      `${raw('HUN', 'polyarchy', 2024)!.toFixed(3)} (${raw('HUN', 'low', 2024)!.toFixed(3)}–${raw('HUN', 'high', 2024)!.toFixed(3)})`,
    );
    const text = trendSummary([s], { lang: 'en', indexLabel: 'EDI', name: () => 'Hungary' });
    expect(text).to.contain('Hungary: EDI fell from').and.contain('in 2010').and.contain('in 2024');
  });
});
