// Issue #14 on the trend chart: a country keeps its colour whatever else is
// shown, and each episode is drawn in its own country's row, not across the plot.
import { expect } from '@open-wc/testing';
import { REPEAT_DASH, SERIES_COLORS, preferredColor, seriesStyles } from '../../../src/core/series-palette.js';
import { DEFAULT_COUNTRIES } from '../../../src/charts/democracy-trend/countries.js';
import { fitLines, layoutTrend, type LabelText } from '../../../src/charts/democracy-trend/trend-layout.js';
import type { Episode, TrendSeries } from '../../../src/democracy/trend-data.js';
import type { VdemV15 } from '../../../src/data/democracy.js';
import v15Json from '../../../data/vdem-v15.json';

const v15 = v15Json as VdemV15;

const colorOf = (codes: string[], code: string) => seriesStyles(codes, DEFAULT_COUNTRIES).get(code)!.color;

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('series colours (#14)', () => {
  it('do not depend on the order countries are listed in', () => {
    for (const set of [['USA', 'HUN', 'IND', 'TUR'], ['BRA', 'IND', 'POL', 'SRB'], ['VEN', 'NIC', 'GEO']]) {
      const reference = seriesStyles(set, DEFAULT_COUNTRIES);
      for (const order of permutations(set)) {
        const styles = seriesStyles(order, DEFAULT_COUNTRIES);
        for (const code of set) expect(styles.get(code), `${code} in ${order.join(' ')}`).to.deep.equal(reference.get(code));
      }
    }
  });

  it('keep a country its colour when others are added or removed, unless two ask for the same', () => {
    const codes = ['USA', 'HUN', 'IND', 'TUR', 'BRA', 'POL', 'SRB', 'GEO', 'VEN', 'NIC', 'MEX', 'PHL', 'TUN', 'BEN', 'CHN', 'RUS'];
    for (const a of codes) {
      for (const b of codes) {
        if (a === b || preferredColor(a, DEFAULT_COUNTRIES) === preferredColor(b, DEFAULT_COUNTRIES)) continue;
        expect(colorOf([a, b], a), `${a} beside ${b}`).to.equal(colorOf([a], a));
      }
    }
  });

  it('give the default countries the palette in order, and shown countries distinct colours', () => {
    expect(DEFAULT_COUNTRIES.map((code) => colorOf([...DEFAULT_COUNTRIES].reverse(), code))).to.deep.equal(SERIES_COLORS.slice(0, DEFAULT_COUNTRIES.length));
    // A pinned country keeps its colour when a country asking for the same arrives.
    const rival = Object.keys(v15.countries).find((code) => !DEFAULT_COUNTRIES.includes(code) && preferredColor(code, DEFAULT_COUNTRIES) === 0)!;
    expect(rival, 'a country whose hash asks for the first colour').to.be.a('string');
    expect(colorOf(['USA', rival], 'USA')).to.equal(SERIES_COLORS[0]);
    expect(colorOf(['USA', rival], rival)).not.to.equal(SERIES_COLORS[0]);
    const six = ['USA', 'HUN', 'IND', 'TUR', 'BRA', 'POL'];
    expect(new Set(six.map((code) => colorOf(six, code))).size).to.equal(6);
  });

  it('repeat with a dash from the seventh country on', () => {
    const seven = ['USA', 'HUN', 'IND', 'TUR', 'BRA', 'POL', 'SRB'];
    const styles = [...seriesStyles(seven, DEFAULT_COUNTRIES).values()];
    expect(styles.filter((s) => s.dash === REPEAT_DASH)).to.have.length(1);
    expect(styles.filter((s) => !s.dash).map((s) => s.color).sort()).to.deep.equal([...SERIES_COLORS].sort());
  });
});

const series = (id: string, from: number, to: number): TrendSeries => ({
  id,
  kind: 'country',
  points: Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, value: 0.5, low: null, high: null })),
});
const text: LabelText = { name: (id) => ({ USA: 'United States', IND: 'India', HUN: 'Hungary' })[id] ?? id, short: (id) => id };
const aut = (start: number, end: number): Episode => ({ kind: 'aut', start, end, ongoing: false });

describe('episode rows (#14)', () => {
  it('put each country\'s episodes in its own row under the year axis, spanning only its years', () => {
    const layout = layoutTrend([series('USA', 1960, 2024), series('IND', 1960, 2024)], [{ id: 'USA', episodes: [] }, { id: 'IND', episodes: [aut(1971, 1975)] }], 1960, 2024, 360, text);
    expect(layout.rows.map((r) => r.id)).to.deep.equal(['IND']);
    const [row] = layout.rows;
    const f = layout.frame;
    // Under the plot and its year labels, inside the SVG.
    expect(row!.y).to.be.greaterThan(f.bottom + 16);
    expect(row!.y + row!.height).to.be.at.most(f.height);
    const bar = row!.bars[0]!;
    const x = (year: number) => f.left + ((year - 1960) / (2024 - 1960)) * (f.right - f.left);
    expect(bar.x).to.be.closeTo(x(1970.5), 0.01);
    expect(bar.x + bar.width).to.be.closeTo(x(1975.5), 0.01);
    expect(bar.width).to.be.lessThan((f.right - f.left) / 5);
    expect(row!.lines).to.deep.equal(['India']);
  });

  it('keep the chart height: rows take room from the plot, and rows that do not fit are named', () => {
    const codes = Array.from({ length: 12 }, (_, i) => `C${String(i).padStart(2, '0')}`);
    const empty = layoutTrend(codes.map((c) => series(c, 2000, 2020)), [], 2000, 2020, 360, text);
    const full = layoutTrend(codes.map((c) => series(c, 2000, 2020)), codes.map((id) => ({ id, episodes: [aut(2005, 2010)] })), 2000, 2020, 360, text);
    expect(full.frame.height).to.equal(empty.frame.height);
    expect(full.frame.bottom).to.be.lessThan(empty.frame.bottom);
    expect(full.rows.length).to.be.greaterThan(0).and.lessThan(codes.length);
    expect(full.unshownRows).to.deep.equal(codes.slice(full.rows.length));
    const last = full.rows[full.rows.length - 1]!;
    expect(last.y + last.height).to.be.at.most(full.frame.height);
  });

  it('write names, in two lines where one is too narrow, and codes only when two lines cannot hold them', () => {
    // The room a 320 px phone leaves a direct label (11.5 px bold).
    expect(fitLines('Hungary', 'HUN', 57, 11.5)).to.deep.equal(['Hungary']);
    expect(fitLines('United States', 'USA', 57, 11.5)).to.deep.equal(['United', 'States']);
    expect(fitLines('Bosnia and Herzegovina', 'BIH', 57, 11.5)).to.deep.equal(['BIH']);
  });

  it('give a two-line direct label two slots, so it does not overlap its neighbour', () => {
    const layout = layoutTrend([series('USA', 2000, 2020), series('HUN', 2000, 2020)], [], 2000, 2020, 360, text);
    const [usa, hun] = layout.series.map((m) => m.label!);
    expect(usa!.lines).to.have.length(2);
    const gap = Math.abs(hun!.y - usa!.y);
    // Either HUN sits under both of USA's lines or above its first.
    expect(hun!.y > usa!.y ? gap >= 2 * 13 - 0.01 : gap >= 13 - 0.01).to.equal(true);
  });
});
