// Direct labels and episode-row names stay inside the SVG at every width: the
// right margin is reserved from the longest label shown, whose width is
// estimated (bold, since the active country's label is bold).
import { expect } from '@open-wc/testing';
import { LABEL_GAP, LABEL_LEAD, ROW_LEAD, fitLines, layoutTrend, type LabelText } from '../../../src/charts/democracy-trend/trend-layout.js';
import { textWidth } from '../../../src/core/text-width.js';
import { averageSeries, countrySeries, episodesOf, type TrendData } from '../../../src/democracy/trend-data.js';
import { trendWording, shortName } from '../../../src/charts/democracy-trend/describe.js';
import type { CountryRegistry } from '../../../src/data/countries.js';
import type { VdemV14, VdemV15 } from '../../../src/data/democracy.js';
import countriesJson from '../../../data/countries.json';
import v14Json from '../../../data/vdem-v14.json';
import v15Json from '../../../data/vdem-v15.json';

const registry = countriesJson as CountryRegistry;
const data: TrendData = { registry, v14: v14Json as VdemV14, v15: v15Json as VdemV15 };
const words = trendWording(data, 'polyarchy', 'en');
const text: LabelText = { name: words.name, short: (id) => shortName(id, registry.regions) };

/** The chart's own font, as the element sets it (core/styles.ts), in bold. */
function measured(line: string, size: number): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `700 ${size}px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;
  return context.measureText(line).width;
}

/** Story settings that clipped "Hungary" at 320 and 360 px, and the default set. */
const CASES = [
  { countries: ['HUN', 'POL', 'CZE'], regions: [null, 1] as (number | null)[], from: 1900 },
  { countries: ['HUN'], regions: [], from: 1900 },
  { countries: ['USA', 'HUN', 'IND', 'TUR'], regions: [], from: 1900 },
  { countries: ['USA', 'HUN', 'IND', 'TUR', 'BRA', 'POL', 'SRB', 'VEN', 'NIC'], regions: [], from: 1900 },
];
/** Layout widths: a 320 px phone (less the chart's 24 px padding), 360 px, the narrowest layout, tablet and desktop. */
const WIDTHS = [240, 296, 336, 500, 976];

describe('trend labels: room on the right (layout check, #layout)', () => {
  it('estimates label widths at or above what Chromium draws, for every country name', () => {
    const names = Object.keys(registry.countries).map((code) => words.name(code));
    names.push('World average', ...Object.values(registry.regions).map((r) => `${r} average`));
    for (const size of [10, 11.5]) {
      for (const name of names) {
        const real = measured(name, size);
        expect(textWidth(name, size), `${name} at ${size}px`).to.be.at.least(real - 0.5);
      }
    }
    // Not wildly generous either, or the plot would lose room for nothing.
    expect(textWidth('Hungary', 11.5)).to.be.below(measured('Hungary', 11.5) * 1.1 + 1);
  });

  for (const width of WIDTHS) {
    it(`keeps every label and row name inside the SVG and apart at ${width} px`, () => {
      for (const c of CASES) {
        const series = [...c.countries.map((code) => countrySeries(data, 'polyarchy', code, c.from, 2024)), ...c.regions.map((r) => averageSeries(data, 'polyarchy', r, c.from, 2024))];
        const episodes = c.countries.map((id) => ({ id, episodes: episodesOf(data, id, c.from, 2024) }));
        const layout = layoutTrend(series, episodes, c.from, 2024, width, text);
        const f = layout.frame;
        const what = `${c.countries.join(' ')} at ${width}`;
        const labels = layout.series.filter((m) => m.label);
        expect(labels.length, what).to.equal(series.length);
        for (const m of labels) {
          for (const line of m.label!.lines) {
            expect(f.right + LABEL_LEAD + measured(line, 11.5), `${m.id} "${line}", ${what}`).to.be.at.most(f.width);
          }
        }
        for (const row of layout.rows) {
          for (const line of row.lines) expect(f.right + ROW_LEAD + measured(line, 10), `row ${row.id} "${line}", ${what}`).to.be.at.most(f.width);
        }
        // Every line of every label keeps its own slot: none closer than a line
        // apart, wherever the plot is tall enough for one line per label.
        const ys = labels.flatMap((m) => m.label!.lines.map((_, k) => m.label!.y + k * LABEL_GAP)).sort((a, b) => a - b);
        if ((ys.length - 1) * LABEL_GAP > f.bottom - f.top) {
          expect(labels.every((m) => m.label!.lines.length === 1), `one line each when the plot is short, ${what}`).to.equal(true);
          expect((labels.length - 1) * LABEL_GAP, `too many labels for the plot, ${what}`).to.be.above(f.bottom - f.top);
          continue;
        }
        for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!, `label lines ${i - 1} and ${i}, ${what}`).to.be.at.least(LABEL_GAP - 0.01);
      }
    });
  }

  it('gives "Hungary" its full name on a 320 px phone, and the plot the room short labels leave', () => {
    const hun = countrySeries(data, 'polyarchy', 'HUN', 1900, 2024);
    const narrow = layoutTrend([hun], [], 1900, 2024, 296, text);
    expect(narrow.series[0]!.label!.lines).to.deep.equal(['Hungary']);
    const usa = countrySeries(data, 'polyarchy', 'USA', 1900, 2024);
    const wide = layoutTrend([hun, usa], [], 1900, 2024, 976, text);
    const short = layoutTrend([hun], [], 1900, 2024, 976, text);
    expect(wide.series[1]!.label!.lines).to.deep.equal(['United States']);
    // The margin follows the longest label: wider for "United States" than for "Hungary" alone.
    expect(wide.frame.right).to.be.lessThan(short.frame.right);
    expect(short.frame.width - short.frame.right).to.be.at.least(LABEL_LEAD + measured('Hungary', 11.5));
  });

  it('breaks a name into two lines, else uses its short form, by width', () => {
    expect(fitLines('Hungary', 'HUN', 60, 11.5)).to.deep.equal(['Hungary']);
    expect(fitLines('United States', 'USA', 60, 11.5)).to.deep.equal(['United', 'States']);
    expect(fitLines('Bosnia and Herzegovina', 'BIH', 60, 11.5)).to.deep.equal(['BIH']);
    expect(fitLines('Eastern Europe and Central Asia average', 'EECA', 57, 11.5)).to.deep.equal(['EECA']);
    const cut = fitLines('Nowhere', 'ABCDEFG', 30, 11.5);
    expect(cut).to.have.length(1);
    expect(cut[0]).to.match(/…$/);
    expect(measured(cut[0]!, 11.5)).to.be.at.most(30);
  });
});
