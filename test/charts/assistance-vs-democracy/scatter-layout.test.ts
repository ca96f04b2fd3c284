// The y axis title has its own band above the plot (#14 layout check): at no width or height does it meet a tick label.
import { expect } from '@open-wc/testing';
import { layoutScatter, Y_TITLE_BAND } from '../../../src/charts/assistance-vs-democracy/scatter-layout.js';

// Amounts from 1 to 46,134 (TIV m, the autocracies' 1970–2021 range): ticks 1 … 10,000.
const points = [1, 12, 340, 5_118, 46_134].map((amount, i) => ({ code: `C${i}`, index: i / 5, amount, population: 1e6 * (i + 1) }));

describe('layoutScatter y axis title', () => {
  for (const width of [276, 296, 336, 480, 976]) {
    it(`sits above the plot, clear of every tick label, at ${width} px`, () => {
      for (const height of [200, Math.max(240, Math.round(width * 0.6)), 600]) {
        const layout = layoutScatter(points, width, height);
        // 12px title: its box is about 11.2 px above the baseline and 2.9 px below (DejaVu Sans, the widest fallback).
        const title = { top: layout.yTitle.y - 11.2, bottom: layout.yTitle.y + 2.9 };
        expect(title.top, `${width}×${height}`).to.be.at.least(0);
        expect(layout.yTitle.x).to.be.at.least(0);
        expect(layout.margin.top).to.equal(Y_TITLE_BAND);
        expect(layout.yTicks.length).to.be.greaterThan(1);
        // 11px tick labels centred on their gridline (dy 0.32em): about 7 px either side.
        for (const t of layout.yTicks) expect(t.y - 7, `${width}×${height}: tick ${t.value}`).to.be.at.least(title.bottom);
      }
    });
  }
});
