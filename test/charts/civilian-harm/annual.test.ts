import { expect } from '@open-wc/testing';
import { cellsFor, totalOf, yearSpan } from '../../../src/charts/civilian-harm/annual.js';
import { layoutAnnual } from '../../../src/charts/civilian-harm/annual-layout.js';
import { textWidth as estimateWidth } from '../../../src/core/text-width.js';
import { unitLabel } from '../../../src/charts/civilian-harm/describe.js';
import { MEASURES } from '../../../src/charts/civilian-harm/annual.js';
import type { TbijYearly, UcdpConflictDeaths } from '../../../src/data/civilian-harm.js';
import yearlyJson from '../../../data/tbij-yearly.json';
import ucdpJson from '../../../data/ucdp-conflict-deaths.json';
import strikesJson from '../../../data/tbij-strikes.json';

const yearly = yearlyJson as TbijYearly;
const ucdp = ucdpJson as UcdpConflictDeaths;
const strikes = (strikesJson as { strikes: Record<string, (string | number | null)[]> }).strikes;

/** Sums a field over the strike table itself (unknown = 0), independent of the yearly file. */
function strikeSum(code: string, field: string, from = 0, to = 9999): number {
  let sum = 0;
  strikes.country!.forEach((c, i) => {
    const year = Number(String(strikes.date![i]).slice(0, 4));
    if (c === code && year >= from && year <= to) sum += Number(strikes[field]![i] ?? 0);
  });
  return sum;
}

describe('civilian-harm annual data', () => {
  it('spans the years TBIJ covers for any country (2002–2018)', () => {
    expect(yearSpan(yearly)).to.deep.equal({ first: 2002, last: 2018 });
  });

  it('reproduces TBIJ\'s published Pakistan totals: 430 strikes, 424–969 civilians', () => {
    const total = totalOf(cellsFor(yearly, 'PAK', 2002, 2018, 'civilians'), 'civilians')!;
    expect(total.strikes).to.deep.equal({ min: 430, max: 430 });
    expect(total.value).to.deep.equal({ min: 424, max: 969 });
    expect([total.first, total.last]).to.deep.equal([2004, 2018]);
  });

  it('agrees with sums over the strike table for every country and measure', () => {
    for (const code of ['PAK', 'YEM', 'SOM', 'AFG']) {
      const total = totalOf(cellsFor(yearly, code, 2002, 2018, 'killed'), 'killed')!;
      expect(total.records, code).to.equal(strikes.country!.filter((c) => c === code).length);
      expect(total.all.killed.min, code).to.equal(strikeSum(code, 'minKilled'));
      expect(total.all.civilians.max, code).to.equal(strikeSum(code, 'maxCivilians'));
      expect(total.all.children.min, code).to.equal(strikeSum(code, 'minChildren'));
      expect(total.all.injured.max, code).to.equal(strikeSum(code, 'maxInjured'));
    }
  });

  it('marks years outside a country\'s coverage as not covered, and limits totals to the range', () => {
    const cells = cellsFor(yearly, 'AFG', 2010, 2016, 'civilians');
    expect(cells.map((c) => c.covered)).to.deep.equal([false, false, false, false, false, true, true]);
    const total = totalOf(cells, 'civilians')!;
    expect(total.value.min).to.equal(strikeSum('AFG', 'minCivilians', 2015, 2016));
    expect(totalOf(cellsFor(yearly, 'AFG', 2002, 2010, 'civilians'), 'civilians')).to.equal(null);
  });

  it('adds UCDP conflict deaths for the same country and year when asked', () => {
    const [cell] = cellsFor(yearly, 'PAK', 2009, 2009, 'civilians', ucdp);
    const s = ucdp.countries.PAK!;
    expect(cell!.conflictDeaths).to.equal(s.deaths[2009 - s.start]);
    expect(cellsFor(yearly, 'PAK', 2009, 2009, 'civilians')[0]!.conflictDeaths).to.equal(null);
  });
});

describe('civilian-harm annual layout', () => {
  const series = ['PAK', 'YEM'].map((code) => cellsFor(yearly, code, 2002, 2018, 'civilians'));

  it('draws each year from its minimum to its maximum on one shared scale', () => {
    const layout = layoutAnnual(series, 600, 400, false);
    expect(layout.panels.length).to.equal(2);
    const bars = layout.panels.flatMap((p) => p.bars);
    expect(bars.length).to.equal(2 * 17);
    for (const bar of bars) expect(bar.yMax).to.be.at.most(bar.yMin);
    // Same value, same height in every panel: heights measured from each panel's baseline.
    const pak = layout.panels[0]!;
    const yem = layout.panels[1]!;
    const scale = (panel: typeof pak, value: number, bar: (typeof bars)[number]) => (panel.baseline - bar.yMax) / value;
    const pakBar = pak.bars.find((b) => b.cell.value.max > 0)!;
    const yemBar = yem.bars.find((b) => b.cell.value.max > 0)!;
    expect(scale(pak, pakBar.cell.value.max, pakBar)).to.be.closeTo(scale(yem, yemBar.cell.value.max, yemBar), 1e-6);
  });

  it('stays inside its box at 320 px and marks uncovered years as one gap', () => {
    const layout = layoutAnnual(series, 320, 420, true);
    for (const bar of layout.panels.flatMap((p) => p.bars)) {
      expect(bar.x).to.be.at.least(0);
      expect(bar.x + bar.width).to.be.at.most(320);
      expect(bar.conflictY).to.be.at.least(0);
    }
    expect(layout.panels[0]!.gaps.length).to.equal(1); // Pakistan: 2002–2003
    expect(layout.panels[1]!.gaps.length).to.equal(0);
    expect(layout.xTicks.length).to.be.lessThan(10);
  });

  it('draws the strike and conflict strips above the range area, on baselines of their own (#14.2)', () => {
    for (const withContext of [false, true]) {
      const layout = layoutAnnual(series, 336, 600, withContext);
      for (const panel of layout.panels) {
        expect(panel.strikeBottom, 'strip ends above the range area').to.be.lessThan(panel.ceiling);
        expect(panel.conflictBottom).to.be.lessThan(panel.ceiling);
        for (const bar of panel.bars) {
          // A strike bar rises from the strip's baseline and never reaches below it, into the range area.
          expect(bar.strikeY + bar.strikeHeight).to.be.closeTo(panel.strikeBottom, 1e-9);
          expect(bar.strikeY).to.be.at.least(panel.strikeTop - 1e-9);
          if (withContext) expect(bar.conflictY + bar.conflictHeight).to.be.closeTo(panel.conflictBottom, 1e-9);
        }
      }
    }
  });

  it('gives each of four panels at least 80 px of range in the 600 px a phone gets, unit line included', () => {
    const four = ['AFG', 'PAK', 'SOM', 'YEM'].map((code) => cellsFor(yearly, code, 2002, 2018, 'civilians'));
    const layout = layoutAnnual(four, 336, 600, false, [2018], { unit: unitLabel('civilians'), title: 'Afghanistan' });
    expect(layout.unit!.ownLine).to.equal(true);
    for (const panel of layout.panels) expect(panel.baseline - panel.ceiling).to.be.at.least(80);
    expect(layout.panels.at(-1)!.baseline).to.be.at.most(600);
  });
});

describe('civilian-harm annual labels', () => {
  const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

  /** The width this browser draws `text` at, in the chart's font. */
  function rendered(text: string, size: number, weight = 400, style = 'normal'): number {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const node = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    node.setAttribute('style', `font-family: ${FONT}; font-size: ${size}px; font-weight: ${weight}; font-style: ${style}`);
    node.textContent = text;
    svg.append(node);
    document.body.append(svg);
    try {
      return node.getComputedTextLength();
    } finally {
      svg.remove();
    }
  }

  it('never estimates a label narrower than the browser draws it', () => {
    for (const title of ['Afghanistan', 'Pakistan', 'Somalia', 'Yemen']) expect(estimateWidth(title, 14), title).to.be.at.least(rendered(title, 14, 600));
    for (const measure of MEASURES) expect(estimateWidth(unitLabel(measure), 11), measure).to.be.at.least(rendered(unitLabel(measure), 11));
    for (let year = 2002; year <= 2018; year++) expect(estimateWidth(String(year), 11)).to.be.at.least(rendered(String(year), 11));
    expect(estimateWidth('partial', 10)).to.be.at.least(rendered('partial', 10, 400, 'italic'));
  });

  const four = ['AFG', 'PAK', 'SOM', 'YEM'].map((code) => cellsFor(yearly, code, 2002, 2018, 'civilians'));

  it('puts the unit on a line of its own above the first title where both do not fit side by side', () => {
    for (const measure of MEASURES) {
      for (const title of ['Afghanistan', 'Pakistan', 'Yemen']) {
        const text = { unit: unitLabel(measure), title };
        for (const width of [240, 296, 320, 336, 360, 400, 480, 600, 976]) {
          const layout = layoutAnnual(four, width, 600, false, [2018], text);
          const unit = layout.unit!;
          const unitWidth = estimateWidth(unit.text, 11);
          const unitLeft = unit.anchor === 'end' ? unit.x - unitWidth : unit.x;
          const titleRight = layout.left + estimateWidth(title, 14);
          const first = layout.panels[0]!;
          const at = `${measure}, ${title}, ${width} px`;
          expect(unitLeft, at).to.be.at.least(0);
          expect(unitLeft + unitWidth, at).to.be.at.most(width);
          if (unit.ownLine) {
            // 11 px text on its baseline, a 14 px title's cap height below it: their boxes never meet.
            expect(first.top + 13 - 14 - (unit.y + 3), at).to.be.at.least(0);
          } else {
            expect(unit.y, at).to.equal(first.top + 13);
            expect(unitLeft - titleRight, at).to.be.at.least(8);
          }
        }
      }
    }
    // Phones get the unit above the panel; a wide chart keeps it beside the title.
    const text = { unit: unitLabel('civilians'), title: 'Afghanistan' };
    expect(layoutAnnual(four, 336, 600, false, [2018], text).unit!.ownLine).to.equal(true);
    expect(layoutAnnual(four, 976, 520, false, [2018], text).unit!.ownLine).to.equal(false);
    expect(layoutAnnual(four, 976, 520, false, [2018], text).panels[0]!.top).to.equal(0);
  });

  it('keeps every year label, "partial" included, inside the drawing and clear of its neighbours', () => {
    for (let width = 240; width <= 1000; width += 8) {
      for (const [from, partial] of [[2002, [2018]], [2010, [2018]], [2002, []]] as const) {
        const series = ['PAK', 'YEM'].map((code) => cellsFor(yearly, code, from, 2018, 'civilians'));
        const layout = layoutAnnual(series, width, 420, false, partial);
        const boxes = layout.xTicks.map((tick) => {
          const half = Math.max(estimateWidth(String(tick.year), 11), tick.partial ? estimateWidth('partial', 10) : 0) / 2;
          return [tick.labelX - half, tick.labelX + half] as const;
        });
        boxes.forEach(([l, r], i) => {
          expect(l, `${width} px, ${layout.xTicks[i]!.year}`).to.be.at.least(0);
          expect(r, `${width} px, ${layout.xTicks[i]!.year}`).to.be.at.most(width);
          if (i) expect(l - boxes[i - 1]![1], `${width} px: ${layout.xTicks[i]!.year} clear of the label before`).to.be.at.least(2);
        });
        // A label moved in from the edge still sits under its own bar.
        for (const tick of layout.xTicks) expect(Math.abs(tick.labelX - tick.x)).to.be.at.most(layout.bandwidth / 2 + 12);
      }
    }
  });
});

