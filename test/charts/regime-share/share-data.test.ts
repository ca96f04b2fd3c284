import { expect } from '@open-wc/testing';
import type { RegimeShareData } from '../../../src/data/regime-share.js';
import { crossingYears, editionData, shareRows } from '../../../src/charts/regime-share/share-data.js';
import { crossingLabels, layoutShares } from '../../../src/charts/regime-share/share-layout.js';
import { shareSummary, cursorLines } from '../../../src/charts/regime-share/describe.js';
import json from '../../../data/regime-share.json';
import { chartHeight } from '../../../src/core/xy-frame.js';

const data = json as RegimeShareData;

/** Autocracies' share of people in a year, straight from the file's population column. */
function autocracyPeople(version: 'v10' | 'v15', year: number): number {
  const v = data.versions[version];
  const p = v.population[year - v.first]!;
  return (p[0] + p[1]) / (p[0] + p[1] + p[2] + p[3]);
}

describe('regime-share data', () => {
  it('the 2020 edition is V-Dem v10 and reproduces Democracy Report 2020: 54.0% of people in 2019', () => {
    const rows = shareRows(editionData(data, '2020'), 'population', 1960, 2019);
    const y2019 = rows.find((r) => r.year === 2019)!;
    expect((y2019.autocracyShare * 100).toFixed(1)).to.equal('54.0');
    expect(y2019.counts[0] + y2019.counts[1]).to.equal(92);
    expect(y2019.counts[2] + y2019.counts[3]).to.equal(87);
  });

  it('population shares sum to 1 and match the file column', () => {
    const rows = shareRows(editionData(data, 'v15'), 'population', 1960, 2024);
    expect(rows.length).to.equal(65);
    for (const row of rows) {
      expect(row.shares.reduce((a, b) => a + b, 0)).to.be.closeTo(1, 1e-9);
      const fileShares = data.versions.v15.share[row.year - 1960]!;
      row.shares.forEach((s, k) => expect(s).to.be.closeTo(fileShares[k]!, 0.00006));
      expect(row.autocracyShare).to.be.closeTo(autocracyPeople('v15', row.year), 1e-12);
    }
  });

  it('country shares come from counts', () => {
    const [row] = shareRows(editionData(data, 'v15'), 'countries', 2024, 2024);
    const c = data.versions.v15.count[2024 - 1960]!;
    expect(row!.shares[0]).to.equal(c[0] / (c[0] + c[1] + c[2] + c[3]));
  });

  it('crossing years: autocracies pass half of people in v10 1998 and 2019, within the range only', () => {
    const version = editionData(data, '2020');
    const all = shareRows(version, 'population', version.first, version.last);
    const expected: number[] = [];
    for (let year = 1961; year <= 2019; year++) {
      if (autocracyPeople('v10', year) > 0.5 && autocracyPeople('v10', year - 1) <= 0.5) expected.push(year);
    }
    expect(crossingYears(all, 1960, 2019)).to.deep.equal(expected);
    expect(expected).to.include(2019);
    expect(crossingYears(all, 2000, 2019)).to.deep.equal(expected.filter((y) => y >= 2000));
  });

  it('layout: bands stack inside the frame, narrow charts are taller', () => {
    const rows = shareRows(editionData(data, 'v15'), 'population', 2000, 2024);
    const layout = layoutShares(rows, [], 800);
    expect(layout.bands).to.have.length(4);
    expect(layout.xs[0]).to.equal(layout.frame.left);
    expect(layout.xs[layout.xs.length - 1]).to.equal(layout.frame.right);
    expect(layout.half).to.be.closeTo((layout.frame.top + layout.frame.bottom) / 2, 1e-9);
    expect(chartHeight(360) / 360).to.be.greaterThan(chartHeight(800) / 800);
    expect(layout.yearTicks.map((t) => t.year)).to.include(2024);
  });

  it('summary and readout name the edition, the share and the crossing years', () => {
    const words = { lang: 'en', regimes: data.regimes, edition: 'V-Dem v10' };
    const rows = shareRows(editionData(data, '2020'), 'population', 1960, 2019);
    const text = shareSummary(rows, [1998, 2019], 'population', words);
    expect(text).to.contain('V-Dem v10').and.contain('54.0%').and.contain('2019').and.contain('1998 and 2019');
    const lines = cursorLines(rows[rows.length - 1]!, 'population', words);
    expect(lines.map((l) => l.label)).to.deep.equal([...[...data.regimes].reverse(), 'People in autocracies']);
    expect(lines[4]!.value).to.equal('54.0%');
  });

  it('no band label sits on the 50% line, in any edition, measure or width', () => {
    for (const edition of ['2020', 'v15'] as const) {
      const version = editionData(data, edition);
      for (const measure of ['population', 'countries'] as const) {
        const rows = shareRows(version, measure, version.first, version.last);
        for (const width of [300, 360, 600, 1000]) {
          const layout = layoutShares(rows, crossingYears(rows, version.first, version.last), width);
          expect(layout.labels.length, `${edition} ${measure} ${width}`).to.be.greaterThan(0);
          for (const label of layout.labels) {
            // 11 px text: half its height clear of the line.
            expect(Math.abs(label.y - layout.half), `${edition} ${measure} ${width} category ${label.category}`).to.be.at.least(6);
          }
        }
      }
    }
  });

  it('crossing years close together are labelled either side of their lines, never on top of each other', () => {
    // Democracy Report 2020's edition: two crossings six years apart, 40 px apart at 320 px.
    const version = editionData(data, '2020');
    const rows = shareRows(version, 'population', version.first, version.last);
    const years = crossingYears(rows, version.first, version.last);
    expect(years.length).to.be.at.least(2);
    const labels = crossingLabels([{ year: 1998, x: 200 }, { year: 2004, x: 224 }, { year: 2017, x: 300 }], 40, 310);
    expect(labels.map((l) => l.anchor)).to.deep.equal(['middle', 'start', 'end']);
    // Three labels in 60 px: the middle one has no room whatever the anchors, so it goes unlabelled.
    const crowded = crossingLabels([{ year: 1998, x: 200 }, { year: 2000, x: 210 }, { year: 2002, x: 220 }], 40, 310);
    expect(crowded.filter((l) => l.anchor === null).length).to.be.at.least(1);
    // Each label's horizontal extent (four digits, about 28 px) from its anchor.
    const extent = (l: (typeof labels)[number]) =>
      l.anchor === 'end' ? [l.x - 2 - 28, l.x - 2] : l.anchor === 'start' ? [l.x + 2, l.x + 2 + 28] : [l.x - 14, l.x + 14];
    // The whole edition, and the story's 1960–2019 (1998, 2004 and 2019: 22 and 54 px apart at 320 px).
    for (const from of [version.first, 1960]) {
      const shown = shareRows(version, 'population', from, version.last);
      const crossings = crossingYears(rows, from, version.last);
      for (const width of [300, 320, 360]) {
        const layout = layoutShares(shown, crossings, width);
        const drawn = layout.crossings.filter((l) => l.anchor !== null);
        if (width >= 320) expect(drawn.length, `every year labelled at ${width} px from ${from}`).to.equal(crossings.length);
        const spans = drawn.map(extent);
        for (let i = 1; i < spans.length; i++) expect(spans[i]![0], `${width} px from ${from}`).to.be.at.least(spans[i - 1]![1]);
        for (const [a, b] of spans) {
          expect(a).to.be.at.least(0);
          expect(b).to.be.at.most(width);
        }
      }
    }
  });
});
