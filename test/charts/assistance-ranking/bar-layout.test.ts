// The ranking's layout (#14 layout check): names fit their column (one line, else two), value labels
// never run into the names, the symbols or the index column, and the width estimate is on the safe side.
import { expect } from '@open-wc/testing';
import { measureSource, type Measure } from '../../../src/assistance/measures.js';
import { rankRecipients } from '../../../src/assistance/ranking.js';
import type { IndexId, RegimeFilter } from '../../../src/assistance/regimes.js';
import { formatShort } from '../../../src/assistance/amounts.js';
import { formatIndex } from '../../../src/core/format.js';
import { countryNames } from '../../../src/core/country-names.js';
import { FONT_SIZE, layoutBars, ROW_HEIGHT, textPx, TWO_LINE_SIZE, type BarInput } from '../../../src/charts/assistance-ranking/bar-layout.js';
import type { MilitaryAid, SipriUsArms, ForeignAssistance } from '../../../src/data/assistance.js';
import type { VdemV14, VdemV15 } from '../../../src/data/democracy.js';
import type { CountryRegistry } from '../../../src/data/countries.js';
import militaryJson from '../../../data/military-aid.json';
import armsJson from '../../../data/sipri-us-arms.json';
import aidJson from '../../../data/foreignassistance.json';
import v15Json from '../../../data/vdem-v15.json';
import v14Json from '../../../data/vdem-v14.json';
import registryJson from '../../../data/countries.json';

const data = { militaryAid: militaryJson as MilitaryAid, arms: armsJson as SipriUsArms, aid: aidJson as ForeignAssistance };
const democracy = { v15: v15Json as VdemV15, v14: v14Json as VdemV14 };
const registry = registryJson as CountryRegistry;

interface Case {
  measure: Measure;
  from: number;
  to: number;
  regime?: RegimeFilter;
  index?: IndexId;
  highlight?: string[];
  lang?: string;
  limit?: number;
}

/** The rows the element hands the layout, from the real data (as in assistance-ranking.ts). */
function rowsFor(c: Case): BarInput[] {
  const source = measureSource(c.measure, data, { flow: 'obligations', dollars: 'constant' })!;
  const lang = c.lang ?? 'en';
  const names = countryNames(registry, lang);
  const ranking = rankRecipients(source, { from: c.from, to: c.to }, democracy, c.index ?? 'polyarchy', c.regime ?? 'all');
  return ranking.rows.slice(0, c.limit ?? 15).map((r) => {
    const value = formatShort(source.unit, r.total, lang);
    return {
      code: r.code,
      total: r.total,
      name: names.name(r.code),
      value,
      shortValue: value.replace(/ TIV m$/, ''),
      index: r.index === null ? '–' : formatIndex(r.index, lang),
      bold: (c.highlight ?? []).includes(r.code),
    };
  });
}

// The stories of the layout check; stage widths are the window's less the 12 px padding each side.
const cases: Record<string, Case> = {
  autocracies: { measure: 'arms', from: 1970, to: 2021, regime: 'autocracy', index: 'libdem' },
  dark: { measure: 'arms', from: 2021, to: 2021, highlight: ['SAU'] },
  military: { measure: 'military-aid', from: 2002, to: 2013, highlight: ['EGY'] },
  aid: { measure: 'aid', from: 2020, to: 2020 },
  narrow: { measure: 'military-aid', from: 2005, to: 2005, highlight: ['EGY'] },
  french: { measure: 'arms', from: 2021, to: 2021, lang: 'fr' },
  forty: { measure: 'aid', from: 1946, to: 2024, limit: 40 },
};
const widths = [276, 296, 336, 480, 976];

describe('layoutBars', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(`keeps every label of "${name}" in its own room at ${widths.join(', ')} px`, () => {
      const rows = rowsFor(c);
      expect(rows.length).to.be.greaterThan(0);
      for (const width of widths) {
        const layout = layoutBars(rows, width, c.limit ?? 15);
        const indexLeft = layout.indexX - Math.max(...rows.map((r) => textPx(r.index)));
        const at = `${name} at ${width} px`;
        expect(layout.barEnd, at).to.be.at.most(indexLeft - 4);
        layout.bars.forEach((bar, i) => {
          const row = rows[i]!;
          expect(bar.y, at).to.equal(20 + i * ROW_HEIGHT);
          // Names: within the drawing, before the symbol; two lines only where one does not fit.
          const size = bar.name.length === 2 ? TWO_LINE_SIZE : FONT_SIZE;
          for (const line of bar.name) expect(layout.nameRight - textPx(line, size, row.bold), `${at}: ${line}`).to.be.at.least(0);
          expect(layout.symbolX - 6, at).to.be.at.least(layout.nameRight);
          if (bar.name.length === 2) expect(textPx(row.name, FONT_SIZE, row.bold), at).to.be.greaterThan(layout.nameRight - 4);
          // A name is cut (with its full form in the option's label and tooltip) only below a 320 px window, where two lines of 11px cannot hold it.
          if (width >= 296) expect(bar.name.join(' ').includes('…'), `${at}: ${row.name} is cut`).to.equal(false);
          // Bars never reach the index column.
          expect(layout.barX + bar.width, at).to.be.at.most(layout.barEnd);
          if (!bar.showLabel) return;
          const w = textPx(bar.value);
          const [x0, x1] = bar.labelInside ? [bar.labelX - w, bar.labelX] : [bar.labelX, bar.labelX + w];
          if (bar.labelInside) expect(x0, `${at}: ${bar.value} inside`).to.be.at.least(layout.barX + 2);
          else expect(x0, `${at}: ${bar.value} after`).to.be.at.least(layout.barX + bar.width);
          expect(x1, `${at}: ${bar.value} runs into the index column`).to.be.at.most(layout.barEnd);
        });
        // Every bar keeps its value label in these real settings, one form (with or without the unit) for all.
        expect(layout.bars.every((b) => b.showLabel), at).to.equal(true);
        expect(new Set(layout.bars.map((b, i) => b.value === rows[i]!.value)).size, at).to.equal(1);
        if (width >= 976) expect(layout.bars.map((b) => b.value), at).to.deep.equal(rows.map((r) => r.value));
      }
    });
  }

  it('gives "Saudi Arabia" in bold its whole name at 296 px, and breaks "United Arab Emirates" in two lines there', () => {
    const layout = layoutBars(rowsFor({ measure: 'arms', from: 1970, to: 2021, regime: 'autocracy', index: 'libdem', highlight: ['SAU'] }), 296, 15);
    const name = (code: string) => layout.bars.find((b) => b.code === code)!.name;
    expect(name('SAU')).to.deep.equal(['Saudi Arabia']);
    expect(name('ARE')).to.deep.equal(['United Arab', 'Emirates']);
    const wide = layoutBars(rowsFor({ measure: 'arms', from: 1970, to: 2021, regime: 'autocracy' }), 976, 15);
    expect(wide.bars.find((b) => b.code === 'ARE')!.name).to.deep.equal(['United Arab Emirates']);
  });

  it('drops a value label that has no room rather than draw it over other text', () => {
    const rows = [1000, 600, 550].map((total, i) => ({ code: `C${i}`, total, name: 'Name', value: `${total} long label text`, index: '0.5' }));
    const layout = layoutBars(rows, 200, 15);
    expect(layout.bars.some((b) => !b.showLabel)).to.equal(true);
  });
});

describe('textPx, the width estimate', () => {
  it('is never less than what Chromium draws, for every country name (en, fr, bold) and value label', () => {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.style.fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    const text = document.createElementNS(ns, 'text');
    svg.append(text);
    document.body.append(svg);
    const labels = [
      ...['en', 'fr'].flatMap((lang) => Object.keys(registry.countries).map((code) => countryNames(registry, lang).name(code))),
      ...rowsFor({ measure: 'arms', from: 1950, to: 2021, limit: 40 }).flatMap((r) => [r.value, r.index]),
      ...rowsFor({ measure: 'aid', from: 1946, to: 2024, limit: 40 }).map((r) => r.value),
    ].filter(Boolean);
    expect(labels.length).to.be.greaterThan(300);
    try {
      for (const bold of [false, true]) {
        text.style.fontWeight = bold ? '700' : '400';
        for (const size of [FONT_SIZE, TWO_LINE_SIZE]) {
          text.style.fontSize = `${size}px`;
          for (const label of labels) {
            text.textContent = label;
            expect(textPx(label, size, bold), `${label} at ${size}px${bold ? ' bold' : ''}`).to.be.at.least(text.getComputedTextLength());
          }
        }
      }
    } finally {
      svg.remove();
    }
  });
});
