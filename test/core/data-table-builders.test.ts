// The tables behind withheld downloads (TBIJ's annual sums and strike
// records), built without the DOM: what the file would hold if the terms
// allowed it, and that the terms as they stand withhold it.
import { expect } from '@open-wc/testing';
import { toCsv } from '../../src/core/export/csv.js';
import { isWithheld, type DataTable } from '../../src/core/export/data-table.js';
import { annualDataTable, harmDataTable } from '../../src/charts/civilian-harm/data-table.js';
import { annualSettings } from '../../src/charts/civilian-harm/settings.js';
import type { HarmData } from '../../src/charts/civilian-harm/data.js';
import { strikeDataTable } from '../../src/charts/strike-map/data-table.js';
import { strikeRows } from '../../src/charts/strike-map/strikes.js';
import type { TbijYearly } from '../../src/data/civilian-harm.js';
import type { TbijStrikes } from '../../src/data/strikes.js';
import type { SourceMeta } from '../../src/data/types.js';
import { column, numberCell, parseCsv } from '../helpers/csv.js';
import yearlyJson from '../../data/tbij-yearly.json';
import strikesJson from '../../data/tbij-strikes.json';

const yearly = yearlyJson as unknown as TbijYearly;
const strikes = strikesJson as unknown as TbijStrikes;
/** The same terms under another name: a dataset the policy lets through, to see the table itself. */
const allowed = (meta: SourceMeta): SourceMeta => ({ ...meta, id: 'allowed-for-test', commercialUse: 'allowed' });

function annualInput(countries: string, from: string, to: string) {
  const data = { yearly, registry: { countries: {} } } as unknown as HarmData;
  const choices = { countries, from, to, measure: 'civilians' as const, withUcdp: false, label: 'Civilians killed', name: (code: string) => `name of ${code}`, lang: 'en' };
  return { data, input: annualSettings(data, choices, (parsed) => parsed.value as never) };
}

describe('data tables of withheld datasets', () => {
  it('TBIJ annual sums: withheld as the chart offers them; the table holds every covered country-year as in the data file', () => {
    const { data, input } = annualInput('PAK YEM', '2008', '2018');
    const result = harmDataTable({ title: 'T', data, comparison: false, annual: input, groups: [], lang: 'en' });
    expect(isWithheld(result)).to.equal(true);

    const csv = parseCsv(toCsv(annualDataTable('Civilians killed in U.S. strikes', input, [allowed(yearly.meta)])));
    const covered = (code: string) => {
      const s = yearly.countries[code]!;
      return Array.from({ length: s.records.length }, (_, i) => s.start + i).filter((y) => y >= 2008 && y <= 2018);
    };
    expect(csv.rows.length).to.equal(covered('PAK').length + covered('YEM').length);
    const pak2009 = csv.rows.find((r) => r[1] === 'PAK' && r[2] === '2009')!;
    const s = yearly.countries.PAK!;
    const at = (field: keyof typeof s) => (s[field] as number[])[2009 - s.start];
    expect(pak2009[0]).to.equal('name of PAK');
    expect(numberCell(pak2009[csv.header.indexOf('Civilians killed, lowest reported (persons)')])).to.equal(at('minCivilians'));
    expect(numberCell(pak2009[csv.header.indexOf('Civilians killed, highest reported (persons)')])).to.equal(at('maxCivilians'));
    expect(numberCell(pak2009[csv.header.indexOf('TBIJ records')])).to.equal(at('records'));
    expect(numberCell(pak2009[csv.header.indexOf('Strikes, lowest reported')])).to.equal(at('minStrikes'));
    // 2018 is partial (data end November 2018).
    expect(csv.rows.filter((r) => r[2] === '2018').every((r) => r[3] === 'yes')).to.equal(true);
    expect(csv.rows.filter((r) => r[2] === '2009').every((r) => r[3] === 'no')).to.equal(true);
  });

  it('TBIJ strike records: withheld; the table holds the records shown, never the third-party positions', () => {
    const rows = strikeRows(strikes).filter((s) => s.country === 'SOM' && s.year === 2016);
    const args = ['Strikes', rows, 'TBIJ records in Somalia, 2016', strikes.meta, (code: string) => (code === 'SOM' ? 'Somalia' : code)] as const;
    expect(isWithheld(strikeDataTable(...args))).to.equal(true);
    const table = strikeDataTable(args[0], args[1], args[2], allowed(strikes.meta), args[4]) as DataTable;
    const csv = parseCsv(toCsv(table));
    expect(rows.length).to.be.greaterThan(0);
    expect(csv.rows.length).to.equal(rows.length);
    expect(column(csv, 'TBIJ record')).to.deep.equal(rows.map((r) => r.id));
    expect(column(csv, 'Country').every((c) => c === 'Somalia')).to.equal(true);
    expect(csv.header.some((h) => /lat|lon|position/i.test(h))).to.equal(false);
    const killed = column(csv, 'People killed, highest reported').map(numberCell);
    expect(killed).to.deep.equal(rows.map((r) => r.killed[1]));
  });
});
