// "Get the data": each chart's dataTable() through toCsv and back through a
// CSV reader written for the test, compared with what the chart's own table
// view shows on screen (read from the rendered cells after switching to it).
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { RightsAssistanceRanking, RightsCivilianHarm, RightsDemocracyMap } from '../../src/index.js';
import { toCsv } from '../../src/core/export/csv.js';
import { isWithheld, type DataTable, type DataTableResult } from '../../src/core/export/data-table.js';
import { $, $$ } from '../helpers/dom.js';
import { EVERY_CHART, drawnChart } from '../helpers/charts.js';
import { chartFixture, nextReady, settled, until } from '../helpers/wait.js';
import { column, numberCell, parseCsv, type ParsedCsv } from '../helpers/csv.js';

type WithData = HTMLElement & { dataTable?: () => Promise<DataTableResult>; updateComplete: Promise<boolean> };

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A cell's own text, without the interval printed under its value. */
const ownText = (cell: Element): string => {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.interval').forEach((span) => span.remove());
  return text(copy);
};

/** A number as a table shows it ("1,234.5", "+0.045", "−0.201", "54.0%") read back; null for words such as "no data". */
const shown = (cell: string): number | null => {
  const plain = cell.replace(/\u2212/g, '-').replace(/[,%]/g, '').trim();
  return /^[+-]?\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
};

/** Every whole number in a cell ("at least 64", "512–532"). */
const counts = (cell: string): number[] => (cell.replace(/,/g, '').match(/\d+/g) ?? []).map(Number);

async function csvOf(el: WithData): Promise<ParsedCsv> {
  const result = await el.dataTable!();
  expect(result, `${el.localName} has a table`).to.be.an('object');
  expect(isWithheld(result), `${el.localName} not withheld`).to.equal(false);
  return parseCsv(toCsv(result as DataTable));
}

/** Switches the chart to its table view (view or display) and waits for the table. */
async function showTable(el: WithData, attribute: 'view' | 'display' = 'view'): Promise<void> {
  el.setAttribute(attribute, 'table');
  await until(() => $(el, 'table tbody tr'), `<${el.localName}> shows its table`);
  await settled(el);
}

const cells = (row: string[], header: string[], name: string | RegExp): string => {
  const i = header.findIndex((h) => (typeof name === 'string' ? h === name : name.test(h)));
  if (i < 0) throw new Error(`no column ${String(name)} in ${header.join(' | ')}`);
  return row[i]!;
};

/** The map's CSV against its table view, row by row. */
async function expectMapMatches(el: RightsDemocracyMap): Promise<ParsedCsv> {
  el.view = 'map';
  await settled(el);
  const csv = await csvOf(el);
  await showTable(el);
  const rows = $$(el, 'table.map-table tbody tr');
  expect(csv.rows.length).to.equal(rows.length);
  expect(csv.comments[0]).to.equal(`Title: ${text($(el, 'h2'))}`);
  csv.rows.forEach((row, i) => {
    const tr = rows[i]!;
    const [value, ...rest] = [...tr.querySelectorAll('td.number')];
    const change = rest[rest.length - 1]!;
    const name = cells(row, csv.header, 'Country');
    expect(text(tr.querySelector('th')), `row ${i}`).to.equal(name);
    const index = numberCell(cells(row, csv.header, /Democracy Index \d{4} \(0–1\)$/));
    expect(shown(ownText(value!)), name).to.equal(index === null ? null : Number(index.toFixed(3)));
    const interval = value!.querySelector('.interval');
    if (interval) {
      const [low, high] = text(interval).split('–').map(Number);
      expect(numberCell(cells(row, csv.header, /interval low/))!.toFixed(3), name).to.equal(low!.toFixed(3));
      expect(numberCell(cells(row, csv.header, /interval high/))!.toFixed(3), name).to.equal(high!.toFixed(3));
    }
    const regime = cells(row, csv.header, /^Regime type/);
    expect(text(tr.querySelector('td:not(.number)')), name).to.equal(regime || 'not classified');
    expect(shown(text(change)), name).to.equal(numberCell(cells(row, csv.header, /^Change since/)));
  });
  return csv;
}

/** The assistance charts' CSV against their shared table view. */
async function expectAssistanceMatches(el: WithData, chartView = 'chart'): Promise<ParsedCsv> {
  el.setAttribute('view', chartView);
  await settled(el);
  const csv = await csvOf(el);
  await showTable(el);
  const rows = $$(el, 'table tbody tr');
  expect(csv.rows.length).to.equal(rows.length);
  const heads = $$(el, 'table thead th').map(text);
  const perYear = heads.some((h) => h.startsWith('Per '));
  csv.rows.forEach((row, i) => {
    const tr = rows[i]!;
    const name = cells(row, csv.header, 'Recipient');
    expect(text(tr.querySelector('th .name')), `row ${i}`).to.equal(name);
    const rank = numberCell(cells(row, csv.header, 'Rank'));
    expect(text(tr.querySelector('th .rank'))).to.equal(rank === null ? '–' : String(rank));
    const tds = [...tr.querySelectorAll('td')];
    const tiv = csv.header.some((h) => h.includes('TIV'));
    const amount = (cell: string, csvCell: string): void => {
      const value = numberCell(csvCell);
      if (value === null) return void expect(cell, name).to.equal('not reported');
      // The table shows US$ millions to one decimal, or whole millions of TIV.
      expect(shown(cell), name).to.be.closeTo(tiv ? value : value / 1e6, tiv ? 0.5 : 0.05 + 1e-9);
    };
    amount(text(tds[0]), cells(row, csv.header, /^(Total, )?(FY)?\d{4}.* \(/));
    if (perYear) amount(text(tds[1]), cells(row, csv.header, /^Per (reported )?year/));
    const regimeCell = tds.find((td) => td.querySelector('.index'))!;
    const index = numberCell(cells(row, csv.header, /Democracy Index \d{4} \(0–1\)$/));
    expect(text(regimeCell.querySelector('.index'))).to.equal(`(${index === null ? 'no data' : index.toFixed(3)})`);
    expect(ownText(regimeCell).replace(/\s*\(.*\)$/, '')).to.equal(cells(row, csv.header, /^Regime type/));
  });
  return csv;
}

describe('dataTable() and CSV, read back against the table on screen', () => {
  describe('<rights-democracy-map>', () => {
    it('gives every country of the year with its index, interval, regime and change; a new year and measure change the file', async () => {
      const el = await chartFixture<RightsDemocracyMap>(html`<rights-democracy-map year="2019"></rights-democracy-map>`, 'rights-democracy-map', 'svg.map path.country');
      const first = await expectMapMatches(el);
      expect(first.rows.length).to.be.greaterThan(170);
      expect(first.header).to.deep.equal([
        'Country',
        'ISO 3166-1 alpha-3 code',
        'Electoral Democracy Index 2019 (0–1)',
        'Electoral Democracy Index 2019, 68% interval low (0–1)',
        'Electoral Democracy Index 2019, 68% interval high (0–1)',
        'Regime type 2019 (Regimes of the World)',
        'Change since 2009 (index points)',
      ]);
      expect(first.comments.join('\n')).to.contain('Licence: ').and.contain('CC BY-SA 4.0').and.contain('V-Dem');
      const hungary = (csv: ParsedCsv) => csv.rows.find((r) => r[1] === 'HUN')!;

      el.year = 2000;
      await settled(el);
      const earlier = await expectMapMatches(el);
      expect(earlier.header[2]).to.equal('Electoral Democracy Index 2000 (0–1)');
      expect(hungary(earlier)[2]).not.to.equal(hungary(first)[2]);

      el.view = 'map';
      const ready = nextReady(el);
      el.metric = 'libdem';
      await ready;
      const libdem = await expectMapMatches(el);
      expect(libdem.header).to.include('Liberal Democracy Index 2000 (0–1)');
      expect(libdem.header.some((h) => h.includes('interval'))).to.equal(false);
      expect(libdem.comments.join('\n')).to.contain('V-Dem Country-Year v14');
    });
  });

  describe('<rights-civilian-harm>', () => {
    it('withholds TBIJ’s annual figures with a reason, and gives the official-vs-independent table as shown', async () => {
      const el = await chartFixture<RightsCivilianHarm>(html`<rights-civilian-harm></rights-civilian-harm>`, 'rights-civilian-harm', 'svg.plot rect.hit');
      const annual = await el.dataTable();
      expect(isWithheld(annual)).to.equal(true);
      expect((annual as { withheld: string }).withheld).to.contain('Bureau of Investigative Journalism').and.contain('https://');

      const ready = nextReady(el);
      el.view = 'official-vs-independent';
      await ready;
      const csv = await csvOf(el);
      await showTable(el, 'display');
      const rows = $$(el, 'table.comparison-table tbody tr');
      expect(rows.length).to.be.greaterThan(5);
      expect(csv.rows.length).to.equal(rows.length);
      csv.rows.forEach((row, i) => {
        const [source, period, covers, killed, strikes, notes] = [...rows[i]!.children].map(text);
        const mark = cells(row, csv.header, 'Hand-transcribed') === 'yes' ? '†' : '';
        expect(source, `row ${i}`).to.equal(`${cells(row, csv.header, 'Type')}: ${cells(row, csv.header, 'Source')}${mark}`);
        expect(period).to.equal(cells(row, csv.header, 'Period'));
        expect(covers).to.equal(cells(row, csv.header, 'Covers'));
        expect(notes).to.equal(cells(row, csv.header, 'Notes'));
        const low = numberCell(cells(row, csv.header, /^Civilians killed, lowest/));
        const high = numberCell(cells(row, csv.header, /^Civilians killed, highest/));
        if (high === null) expect(killed, source).to.match(/^at least /);
        expect(counts(killed), source).to.deep.equal(high === null || high === low ? [low] : [low, high]);
        const sLow = numberCell(cells(row, csv.header, 'Strikes, lowest'));
        const sHigh = numberCell(cells(row, csv.header, 'Strikes, highest'));
        expect(counts(strikes), source).to.deep.equal(sLow === null ? [] : sHigh === sLow ? [sLow] : [sLow, sHigh]);
      });
      expect(csv.comments.join('\n')).to.contain('public domain');
    });
  });

  describe('<rights-assistance-ranking>', () => {
    it('withholds SIPRI’s arms figures with a reason; gives aid as on screen, for the year, filter and period chosen', async () => {
      const el = await chartFixture<RightsAssistanceRanking>(html`<rights-assistance-ranking year="2019"></rights-assistance-ranking>`, 'rights-assistance-ranking', 'svg.bars g.row');
      const arms = await el.dataTable();
      expect(isWithheld(arms)).to.equal(true);
      expect((arms as { withheld: string }).withheld).to.contain('SIPRI').and.contain('non-commercial');

      const ready = nextReady(el);
      el.measure = 'aid';
      el.year = 2019;
      await ready;
      const fy2019 = await expectAssistanceMatches(el);
      expect(fy2019.header.slice(0, 4)).to.deep.equal(['Rank', 'Recipient', 'ISO 3166-1 alpha-3 code', 'FY2019 (US dollars, constant FY2022 prices)']);
      expect(fy2019.rows.length).to.be.greaterThan(100);
      // Whole dollars, unformatted.
      expect(column(fy2019, /^FY2019/).every((c) => /^\d+$/.test(c))).to.equal(true);
      const totalOf = (csv: ParsedCsv, code: string) => csv.rows.find((r) => r[2] === code)?.[3];

      el.year = 2010;
      await settled(el);
      const fy2010 = await expectAssistanceMatches(el);
      expect(fy2010.header[3]).to.equal('FY2010 (US dollars, constant FY2022 prices)');
      expect(totalOf(fy2010, 'AFG')).not.to.equal(totalOf(fy2019, 'AFG'));

      el.regime = 'autocracy';
      await settled(el);
      const autocracies = await expectAssistanceMatches(el);
      expect(autocracies.rows.length).to.be.within(1, fy2010.rows.length - 1);
      expect(column(autocracies, /^Regime type/).every((r) => /autocracy/.test(r))).to.equal(true);
      expect(autocracies.comments.join('\n')).to.contain('only autocracies');
    });

    it('a period of military aid: total, per reported year, years not reported, and the unranked recipients', async () => {
      const el = await chartFixture<RightsAssistanceRanking>(
        html`<rights-assistance-ranking measure="military-aid" from="2002" to="2013"></rights-assistance-ranking>`,
        'rights-assistance-ranking',
        'svg.bars g.row',
      );
      const csv = await expectAssistanceMatches(el);
      expect(csv.header).to.include('Per reported year, FY2002–FY2013 (US dollars, current prices)');
      expect(csv.header).to.include('Years not reported (of 12)');
      const rows = $$(el, 'table tbody tr');
      csv.rows.forEach((row, i) => {
        const gap = text(rows[i]!.querySelectorAll('td')[2]);
        const missing = numberCell(cells(row, csv.header, /^Years not reported/));
        expect(gap).to.equal(missing ? `${missing} of 12` : 'none');
      });
    });
  });

  describe('the other charts', () => {
    it('<rights-assistance-map> and <rights-assistance-vs-democracy> give their table, population in persons', async () => {
      const map = (await drawnChart('rights-assistance-map', 'svg.map path.country', { measure: 'aid', year: '2018' })) as WithData;
      await expectAssistanceMatches(map, 'map');
      const scatter = (await drawnChart('rights-assistance-vs-democracy', 'svg.scatter .dot', { measure: 'aid', year: '2018' })) as WithData;
      const csv = await expectAssistanceMatches(scatter);
      const population = column(csv, /^Population 2018 \(persons\)$/);
      const rows = $$(scatter, 'table tbody tr');
      population.forEach((cell, i) => {
        const value = numberCell(cell);
        const screen = text([...rows[i]!.querySelectorAll('td')].at(-1));
        if (value === null) expect(screen).to.equal('no data');
        else expect(shown(screen)).to.be.closeTo(value / 1e6, 0.05 + 1e-9);
      });
      expect(csv.comments.join('\n')).to.contain('World Bank');
    });

    it('<rights-democracy-trend>: one row per year, newest first, a column per line and its interval', async () => {
      const el = (await drawnChart('rights-democracy-trend', 'svg.plot path.line', { countries: 'USA HUN', from: '2010', to: '2020' })) as WithData;
      const csv = await csvOf(el);
      await showTable(el);
      expect(csv.header).to.deep.equal([
        'Year',
        'United States: Electoral Democracy Index (V-Dem v15) (0–1)',
        'United States: 68% interval low (0–1)',
        'United States: 68% interval high (0–1)',
        'Hungary: Electoral Democracy Index (V-Dem v15) (0–1)',
        'Hungary: 68% interval low (0–1)',
        'Hungary: 68% interval high (0–1)',
      ]);
      const rows = $$(el, 'table tbody tr');
      expect(csv.rows.map((r) => r[0])).to.deep.equal(rows.map((tr) => text(tr.querySelector('th'))));
      csv.rows.forEach((row, i) => {
        const tds = [...rows[i]!.querySelectorAll('td')];
        [1, 4].forEach((at, k) => {
          const value = numberCell(row[at]);
          expect(ownText(tds[k]!)).to.equal(value === null ? 'no data' : value.toFixed(3));
          expect(text(tds[k]!.querySelector('.interval'))).to.equal(`${numberCell(row[at + 1])!.toFixed(3)}–${numberCell(row[at + 2])!.toFixed(3)}`);
        });
      });
    });

    it('<rights-democracy-change>: declines then advances, values, intervals and changes as shown', async () => {
      const el = (await drawnChart('rights-democracy-change', 'svg.plot g.row', { from: '2014', to: '2024', limit: '5' })) as WithData;
      const csv = await csvOf(el);
      await showTable(el);
      const rows = $$(el, 'table tbody tr');
      expect(csv.rows.length).to.equal(rows.length);
      expect(column(csv, 'Direction')).to.deep.equal([...Array(5).fill('decline'), ...Array(5).fill('advance')]);
      csv.rows.forEach((row, i) => {
        const [from, fromInterval, to, toInterval, change, episode] = [...rows[i]!.querySelectorAll('td')].slice(1).map(text);
        const n = (name: RegExp) => numberCell(cells(row, csv.header, name))!;
        expect(text(rows[i]!.querySelector('th'))).to.equal(cells(row, csv.header, 'Country'));
        expect(from).to.equal(n(/2014 \(0–1\)$/).toFixed(3));
        expect(fromInterval).to.equal(`${n(/^2014, 68% interval low/).toFixed(3)}–${n(/^2014, 68% interval high/).toFixed(3)}`);
        expect(to).to.equal(n(/2024 \(0–1\)$/).toFixed(3));
        expect(toInterval).to.equal(`${n(/^2024, 68% interval low/).toFixed(3)}–${n(/^2024, 68% interval high/).toFixed(3)}`);
        expect(shown(change!)).to.equal(n(/^Change/));
        expect(episode).to.equal(cells(row, csv.header, 'Autocratization episode'));
      });
    });

    it('<rights-regime-share>: shares as fractions behind the percentages shown, and the counts', async () => {
      const el = (await drawnChart('rights-regime-share', 'svg.plot path.band', { measure: 'countries', from: '2000', to: '2020' })) as WithData;
      const csv = await csvOf(el);
      await showTable(el);
      const rows = $$(el, 'table tbody tr');
      expect(csv.rows.map((r) => r[0])).to.deep.equal(rows.map((tr) => text(tr.querySelector('th'))));
      csv.rows.forEach((row, i) => {
        const tds = [...rows[i]!.querySelectorAll('td')].map(text);
        for (let k = 0; k < 4; k++) {
          const [count, share] = [numberCell(row[1 + 2 * k])!, numberCell(row[2 + 2 * k])!];
          const [, screenCount, screenPercent] = /^(\d+) \(([\d.]+)%\)$/.exec(tds[k]!)!;
          expect(Number(screenCount)).to.equal(count);
          expect(Number(screenPercent)).to.be.closeTo(share * 100, 0.05 + 1e-9);
        }
      });
    });

    it('<rights-strike-map> withholds TBIJ’s records with a reason; <rights-timeline> has no data to give', async () => {
      const strikes = (await drawnChart('rights-strike-map', 'svg.map path.land', {})) as WithData;
      const result = await strikes.dataTable!();
      expect(isWithheld(result)).to.equal(true);
      expect((result as { withheld: string }).withheld).to.contain('https://beta.airwars.org/');
      const timeline = (await drawnChart('rights-timeline', 'input[type="range"]', {})) as WithData;
      expect(timeline.dataTable).to.equal(undefined);
    });

    it('every chart with data gives a table or a reason once drawn, and each table reads back as CSV', async () => {
      for (const [tag, drawn, attributes] of EVERY_CHART) {
        if (tag === 'rights-timeline') continue;
        const el = (await drawnChart(tag, drawn, attributes)) as WithData;
        const result = await el.dataTable!();
        expect(result, tag).to.be.an('object');
        if (isWithheld(result)) continue;
        const csv = parseCsv(toCsv(result!));
        expect(csv.rows.length, tag).to.be.greaterThan(0);
        expect(csv.header.every(Boolean), tag).to.equal(true);
        expect(csv.comments.filter((c) => c.startsWith('  Licence: ')).length, tag).to.be.at.least(1);
        el.remove();
      }
    });
  });
});
