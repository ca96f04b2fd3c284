import { expect } from '@open-wc/testing';
import { csvCell, csvFileName, csvNumber, toCsv } from '../../src/core/export/csv.js';
import { isWithheld, mayPassOn, passOn, withheldBy, withheldFor, type DataTable } from '../../src/core/export/data-table.js';
import type { SourceMeta } from '../../src/data/types.js';
import { numberCell, parseCsv } from '../helpers/csv.js';
import sourcesJson from '../../data/sources.json';

const sources = sourcesJson as unknown as Record<string, SourceMeta & { id: string }>;

const table = (over: Partial<DataTable> = {}): DataTable => ({
  title: 'Electoral democracy around the world, 2024',
  sources: [
    {
      title: 'V-Dem Electoral Democracy Index',
      publisher: 'V-Dem Institute',
      version: 'v15 (March 2025)',
      licence: 'CC BY-SA 4.0',
      url: 'https://v-dem.net/',
      citation: 'Coppedge, M., et al. 2025. "V-Dem Country-Year Dataset v15."',
      credit: 'Source: V-Dem v15.',
    },
  ],
  notes: ['Index values are point estimates.', 'An empty cell means no data.'],
  columns: [{ name: 'Country' }, { name: 'Electoral Democracy Index (0–1)' }, { name: 'Population (persons)' }],
  rows: [
    ['Hungary', 0.456, 9_589_872],
    ['Côte d’Ivoire', 0.5, null],
  ],
  ...over,
});

describe('toCsv', () => {
  it('writes header lines, one header row and the rows, CRLF line ends, a byte-order mark first', () => {
    const csv = toCsv(table());
    expect(csv.startsWith('\uFEFF# Title: Electoral democracy around the world, 2024\r\n')).to.equal(true);
    expect(csv.endsWith('\r\n')).to.equal(true);
    expect(csv.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(csv).not.to.contain('\r\n\r\n');
    const parsed = parseCsv(csv);
    expect(parsed.comments).to.deep.equal([
      'Title: Electoral democracy around the world, 2024',
      'Source: V-Dem Electoral Democracy Index (V-Dem Institute)',
      '  Version: v15 (March 2025)',
      '  Licence: CC BY-SA 4.0',
      '  Link: https://v-dem.net/',
      '  Credit: Source: V-Dem v15.',
      '  Cite as: Coppedge, M., et al. 2025. "V-Dem Country-Year Dataset v15."',
      'Note: Index values are point estimates.',
      'Note: An empty cell means no data.',
    ]);
    expect(parsed.header).to.deep.equal(['Country', 'Electoral Democracy Index (0–1)', 'Population (persons)']);
    expect(parsed.rows).to.deep.equal([
      ['Hungary', '0.456', '9589872'],
      ['Côte d’Ivoire', '0.5', ''],
    ]);
    expect(toCsv(table(), { bom: false }).startsWith('# Title:')).to.equal(true);
  });

  it('round-trips numbers at full precision, unformatted, and text with commas, quotes, line breaks and any script', () => {
    const numbers = [0, 1, -1, 0.923, 0.1 + 0.2, 1 / 3, 123_456_789_012, -0.5, 2 ** 53, 1e21, 1.5e-7, 123.456e25, -7e-10, Number.MAX_VALUE, Number.MIN_VALUE];
    const texts = ['plain', 'a, b', 'say "hi"', 'line one\nline two', 'cr\r\nlf', '  padded  ', '北京', 'ﺍﻟﻌﺮﺑﻴﺔ', '🇺🇸 flag', 'Zoë, “quoted”', '#not a header line', ''];
    const rows = [...numbers.map((n, i) => [texts[i % texts.length]!, n]), ...texts.map((t) => [t, null])];
    const parsed = parseCsv(toCsv(table({ columns: [{ name: 'Text' }, { name: 'Number' }], rows })));
    expect(parsed.rows.length).to.equal(rows.length);
    parsed.rows.forEach(([text, number], i) => {
      expect(text, `row ${i}`).to.equal(rows[i]![0]);
      expect(numberCell(number), `row ${i}`).to.equal(rows[i]![1]);
    });
    // No thousands separators, no exponent, "." as the decimal point.
    expect(csvNumber(1234567.5)).to.equal('1234567.5');
    expect(csvNumber(1e21)).to.equal('1000000000000000000000');
    expect(csvNumber(1.5e-7)).to.equal('0.00000015');
    expect(csvNumber(-7.25e-8)).to.equal('-0.0000000725');
    expect(csvNumber(1.2345e22)).to.equal('12345000000000000000000');
    expect(csvNumber(-0)).to.equal('0');
  });

  it('writes nothing for garbage cells: NaN, infinities, undefined, objects; pads short rows; names unnamed columns', () => {
    const garbage = [NaN, Infinity, -Infinity, undefined, {}, [], () => 1, Symbol('x')] as unknown[];
    expect(garbage.map((g) => csvCell(g))).to.deep.equal(['', '', '', '', '', '', '', '']);
    expect(csvCell(true as unknown)).to.equal('yes');
    const parsed = parseCsv(
      toCsv(table({ columns: [{ name: 'A' }, { name: '' }, { name: ' \n ' }], rows: [['x'], garbage.slice(0, 3) as (number | null)[], [1, 2, 3]] })),
    );
    expect(parsed.header).to.deep.equal(['A', 'Column 2', 'Column 3']);
    expect(parsed.rows).to.deep.equal([
      ['x', '', ''],
      ['', '', ''],
      ['1', '2', '3'],
    ]);
  });

  it('keeps header lines on one line each and never breaks the table with odd provenance', () => {
    const csv = toCsv(
      table({
        title: 'Two\nlines, and a "quote"',
        sources: [{ title: 'T', licence: 'L\r\nM' }, null as never],
        notes: ['', 'note\nwith break', 42 as never],
      }),
    );
    const parsed = parseCsv(csv);
    expect(parsed.comments).to.deep.equal(['Title: Two lines, and a "quote"', 'Source: T', '  Licence: L M', 'Note: note with break', 'Note: 42']);
    expect(parsed.rows.length).to.equal(2);
  });

  it('disarms text a spreadsheet would run as a formula, never numbers', () => {
    const attacks = ['=HYPERLINK("http://x.example","click")', '+1+2', '-2+3', '@SUM(A1)', '\tindent', '\rreturn', '  =1+1', '＝1+1', '＠A1'];
    const parsed = parseCsv(toCsv(table({ columns: [{ name: 'Text' }, { name: 'Number' }], rows: attacks.map((a) => [a, -5]) })));
    parsed.rows.forEach(([text, number], i) => {
      expect(text, attacks[i]).to.equal(`'${attacks[i]}`);
      expect(number).to.equal('-5');
    });
    // Ordinary text is left alone, a minus inside text too.
    expect(csvCell('Guinea-Bissau')).to.equal('Guinea-Bissau');
    expect(csvCell('1990–2000')).to.equal('1990–2000');
    // A header line a spreadsheet splits at its commas cannot start a formula either.
    const comment = toCsv(table({ title: 'A,=cmd|x' })).split('\r\n')[0]!;
    expect(comment).to.contain(', =cmd');
  });
});

describe('csvFileName', () => {
  it('names the file by the tag and its settings, in safe characters', () => {
    expect(csvFileName('rights-democracy-map', { metric: 'polyarchy', year: 2024 })).to.equal('democracy-map-polyarchy-2024.csv');
    expect(csvFileName('rights-assistance-ranking', { measure: 'aid', from: '', to: undefined, flow: 'Disbursements' })).to.equal('assistance-ranking-aid-disbursements.csv');
    expect(csvFileName('rights-civilian-harm', ['../../etc/passwd', 'Côte d’Ivoire', NaN, {}])).to.equal('civilian-harm-etc-passwd-cote-d-ivoire.csv');
    expect(csvFileName('', {})).to.equal('data.csv');
    expect(csvFileName('rights-x', ['a'.repeat(500)]).length).to.be.at.most(124);
  });
});

describe('which datasets give a file', () => {
  it('every dataset any publisher may pass on gives one; the rest are withheld with a plain reason', () => {
    for (const [id, meta] of Object.entries(sources)) {
      expect(mayPassOn(meta), id).to.equal(meta.commercialUse === 'allowed');
      const reason = withheldBy([meta]);
      if (meta.commercialUse === 'allowed') {
        expect(reason, id).to.equal(null);
        continue;
      }
      expect(reason?.withheld, id).to.match(/so this chart offers no data file/);
      // For readers: a link to the data, no field names, file names or commit hashes.
      expect(reason!.withheld, id).to.match(/https:\/\/\S+[a-z/]\.?$/);
      expect(reason!.withheld, id).not.to.match(/\.json|\.csv|commercialUse|licenceName|\b[0-9a-f]{7,40}\b/);
    }
    expect(['sipri-us-arms', 'tbij-strikes', 'airwars-somalia', 'freedom-house'].every((id) => !mayPassOn(sources[id]!))).to.equal(true);
  });

  it('passOn builds the table only when every dataset behind it may be passed on', () => {
    let built = 0;
    const build = (): DataTable => (built++, table());
    expect(isWithheld(passOn([sources['vdem-v15']!, sources.population!], build))).to.equal(false);
    const arms = passOn([sources.foreignassistance!, sources['sipri-us-arms']!], build);
    expect(built).to.equal(1);
    expect(arms).to.deep.equal(withheldFor('sipri-us-arms'));
    expect(isWithheld(arms)).to.equal(true);
    expect(isWithheld(null)).to.equal(false);
    // A dataset added later without a decision here is withheld by default.
    const unknown = withheldBy([{ id: 'new', commercialUse: 'unknown', url: 'https://example.org/data', creditShort: 'Example', publisher: 'Ex' }]);
    expect(unknown?.withheld).to.equal('Example has not allowed these figures to be passed on, so this chart offers no data file; get the data from https://example.org/data.');
  });
});
