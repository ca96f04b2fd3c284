// The pure ranking functions: editions, rows as published, sorting, search,
// the edition a year asks for, the shape check. No DOM.
import { expect } from '@open-wc/testing';
import { editionFor, editions, fold, hasDetail, naturalDirection, rowsFor, scoreIn, searchRows, sortRows, validateCpi, type CpiRow } from '../../../src/charts/corruption/ranking.js';
import { nextDirection } from '../../../src/charts/corruption/table.js';
import type { TiCpi } from '../../../src/data/corruption.js';
import json from '../../../data/ti-cpi.json';

const data = json as unknown as TiCpi;
const collator = new Intl.Collator('en');
const names: Record<string, string> = { AAA: 'Zeta', BBB: 'Alpha', CCC: 'Côte Beta', DDD: 'Delta' };
const nameOf = (code: string): string => names[code] ?? code;
const row = (code: string, score: number, rank: number | null = null, se: number | null = null): CpiRow => ({ code, score, rank, se, sources: null, lower: null, upper: null });

describe('corruption: ranking', () => {
  it('lists the editions the data hold, without the missing years', () => {
    const years = editions(data);
    for (const y of data.missingYears) expect(years).to.not.include(y);
    expect(years[0]).to.equal(data.first);
    expect(years[years.length - 1]).to.equal(data.last);
    expect(years.length).to.equal(data.last - data.first + 1 - data.missingYears.length);
  });

  it('a year without an edition asks for the next one; an edition is itself', () => {
    const missing = data.missingYears[0]!;
    expect(editionFor(data, missing)).to.equal(editions(data).find((y) => y > missing));
    expect(editionFor(data, data.first)).to.equal(data.first);
  });

  it('rows carry TI\'s detail only in the detail edition, and every score as published', () => {
    const detailed = rowsFor(data, data.detail.year);
    expect(hasDetail(data, data.detail.year)).to.equal(true);
    expect(detailed.length).to.equal(Object.keys(data.detail.countries).length);
    for (const r of detailed) {
      const d = data.detail.countries[r.code]!;
      expect([r.rank, r.se, r.sources, r.lower, r.upper]).to.deep.equal(d);
      expect(r.score).to.equal(scoreIn(data, r.code, data.detail.year));
    }
    const early = rowsFor(data, data.first);
    expect(hasDetail(data, data.first)).to.equal(false);
    expect(early.length).to.be.greaterThan(100);
    expect(early.every((r) => r.rank === null && r.se === null && r.lower === null)).to.equal(true);
  });

  it('sorts by rank (else score, highest first), name, score and error, empty cells last, ties by name', () => {
    const rows = [row('AAA', 50, 2, 1.5), row('BBB', 50, 2, null), row('CCC', 70, 1, 2.5), row('DDD', 10, 3, 0.5)];
    const codes = (sorted: CpiRow[]): string[] => sorted.map((r) => r.code);
    expect(codes(sortRows(rows, 'rank', 'ascending', nameOf, collator))).to.deep.equal(['CCC', 'BBB', 'AAA', 'DDD']);
    expect(codes(sortRows(rows, 'rank', 'descending', nameOf, collator))).to.deep.equal(['DDD', 'BBB', 'AAA', 'CCC']);
    expect(codes(sortRows(rows, 'name', 'ascending', nameOf, collator))).to.deep.equal(['BBB', 'CCC', 'DDD', 'AAA']);
    expect(codes(sortRows(rows, 'score', 'ascending', nameOf, collator))).to.deep.equal(['DDD', 'BBB', 'AAA', 'CCC']);
    expect(codes(sortRows(rows, 'error', 'descending', nameOf, collator))).to.deep.equal(['CCC', 'AAA', 'DDD', 'BBB']);
    expect(codes(sortRows(rows, 'error', 'ascending', nameOf, collator))).to.deep.equal(['DDD', 'AAA', 'CCC', 'BBB']);
    // Without ranks, rank order is by score, highest first.
    const unranked = rows.map((r) => ({ ...r, rank: null }));
    expect(codes(sortRows(unranked, 'rank', 'ascending', nameOf, collator))).to.deep.equal(['CCC', 'BBB', 'AAA', 'DDD']);
  });

  it('natural directions and the header click that flips them', () => {
    expect(naturalDirection('rank')).to.equal('ascending');
    expect(naturalDirection('name')).to.equal('ascending');
    expect(naturalDirection('score')).to.equal('descending');
    expect(nextDirection('rank', 'ascending', 'rank')).to.equal('descending');
    expect(nextDirection('rank', 'ascending', 'score')).to.equal('descending');
    expect(nextDirection('score', 'descending', 'score')).to.equal('ascending');
  });

  it('search folds case and accents and matches a code exactly', () => {
    expect(fold('  Côte D’Ivoire ')).to.equal('cote d’ivoire');
    expect(fold('\u2068Türkiye\u2069')).to.equal('turkiye');
    const rows = [row('AAA', 1), row('BBB', 2), row('CCC', 3)];
    expect(searchRows(rows, 'cote', nameOf).map((r) => r.code)).to.deep.equal(['CCC']);
    expect(searchRows(rows, 'ALP', nameOf).map((r) => r.code)).to.deep.equal(['BBB']);
    expect(searchRows(rows, 'aaa', nameOf).map((r) => r.code)).to.deep.equal(['AAA']);
    expect(searchRows(rows, '', nameOf)).to.have.length(3);
    expect(searchRows(rows, 'nowhere', nameOf)).to.have.length(0);
  });

  it('the shape check throws on a wrong file and passes the shipped one', () => {
    expect(() => validateCpi(data)).to.not.throw();
    expect(() => validateCpi({})).to.throw();
    expect(() => validateCpi({ ...data, countries: { X: { start: 'a' } } })).to.throw();
    expect(() => validateCpi({ ...data, detail: null })).to.throw();
  });
});
