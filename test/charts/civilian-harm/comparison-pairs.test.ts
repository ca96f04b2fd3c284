// Issue #14.1: the comparison read as pairs, each scope said once, and a
// summary that says what each pair shows. Expected figures are read from the
// shipped table by row id, never from the code under test.
import { expect } from '@open-wc/testing';
import { compare, rowsOf, type CivcasRow } from '../../../src/charts/civilian-harm/comparison.js';
import { comparisonAxis, figureMark } from '../../../src/charts/civilian-harm/comparison-layout.js';
import { comparisonSummary, formatRatio, pairsOf, readPair, scopeRelation, scopeSentence } from '../../../src/charts/civilian-harm/comparison-pairs.js';
import { rowNote, shortSourceName, sourceName } from '../../../src/charts/civilian-harm/describe.js';
import type { CivcasTable } from '../../../src/data/civilian-harm.js';
import civcasJson from '../../../data/civcas-official-vs-independent.json';

const table = civcasJson as CivcasTable;
const rows = rowsOf(table);
const groups = compare(rows);
const periods = pairsOf(groups);
const row = (id: number): CivcasRow => rows.find((r) => r.id === id)!;
const pairWith = (id: number) => periods.flatMap((p) => p.pairs.map((pair) => ({ pair, period: p }))).find(({ pair }) => pair.official?.id === id)!;

describe('comparison pairs', () => {
  it('keeps every figure once, each independent estimate in the pair of the official figure it is set against', () => {
    const shown = periods.flatMap((p) => p.pairs.flatMap((pair) => [...(pair.official ? [pair.official.id] : []), ...pair.independents.map((r) => r.id)]));
    expect(shown).to.deep.equal(groups.flatMap((g) => g.entries.map((e) => e.row.id)));
    for (const { row: r, against } of groups.flatMap((g) => g.entries).filter((e) => e.against)) {
      expect(pairWith(against!.id).pair.independents.map((x) => x.id), `row ${r.id}`).to.include(r.id);
    }
  });

  it('says once per pair what each side covers, in words rather than the table\'s codes', () => {
    const odni = scopeSentence(pairWith(1).pair, 'en');
    expect(odni).to.contain('Libya').and.contain('Pakistan');
    // Coalition vs U.S. only, where the table's notes say "Coalition actions (not US only)".
    expect(row(20).notes).to.match(/coalition/i);
    expect(scopeSentence(pairWith(7).pair, 'en')).to.match(/official covers U\.S\. actions in Iraq and Syria; independent, U\.S\.-led coalition actions/i);
    expect(scopeSentence(pairWith(15).pair, 'en')).to.equal('Both cover U.S. actions worldwide.');
    for (const p of periods) for (const pair of p.pairs) expect(scopeSentence(pair, 'en')).not.to.match(/;\s*;|\brow \d|\bUS\b|All US/);
  });

  it('tells a narrower independent scope from a wider one', () => {
    expect(scopeRelation(row(1), row(3)), 'TBIJ: no Libya, U.S. only').to.equal('narrower');
    expect(scopeRelation(row(17), row(18)), 'Airwars Syria vs DoD worldwide').to.equal('narrower');
    expect(scopeRelation(row(7), row(20)), 'coalition vs U.S.').to.equal('wider');
    expect(scopeRelation(row(12), row(14)), 'coalition in Syria vs U.S. in Iraq and Syria').to.equal('wider');
  });

  it('reads each pair against the dated independent figure (the undated tally is for comparison only)', () => {
    const { pair, period } = pairWith(1);
    const reading = readPair(pair, period.start, period.end, 'en')!;
    expect(reading.ratio).to.be.closeTo(row(3).low / row(1).high!, 1e-9);
    expect(readPair(pairWith(4).pair, '2017-01-01', '2017-12-31', 'en'), 'no partner').to.equal(undefined);
  });

  it('summarises what the pairs show, with ratios taken from the table', () => {
    const summary = comparisonSummary(periods, 'en');
    const compared = periods.filter((p) => p.pairs.some((pair) => pair.official && pair.independents.length)).length;
    expect(summary).to.contain(`all ${compared} periods`);
    expect(summary).not.to.match(/pairings/);
    // Smallest and largest gaps: 2021 (Airwars Syria 15 vs DoD 12) and 2019 (Airwars 465 vs DoD Iraq & Syria 22).
    expect(summary).to.contain(`${(row(18).low / row(17).low).toFixed(1)} times as high (2021)`);
    expect(summary).to.contain(`${Math.round(row(14).low / row(12).low)} times (2019)`);
    expect(summary).to.match(/In Jan 2009 – Dec 2015, 2020, and 2021 it counts no more places/);
    expect(summary).to.match(/In 2018 and 2019 it counts more/);
  });

  it('says so when an independent estimate is not above the official figure', () => {
    const lower = { ...row(18), low: 5, high: 9 };
    const summary = comparisonSummary([{ start: '2021-01-01', end: '2021-12-31', pairs: [{ official: row(17), independents: [lower] }] }, ...periods.filter((p) => p.start !== '2021-01-01')], 'en');
    expect(summary).to.match(/^In 4 of the 5 periods/);
    expect(comparisonSummary([], 'en')).to.match(/No independent estimate/);
  });

  it('formats ratios with one decimal under ten', () => {
    expect(formatRatio(1.25, 'en')).to.equal('1.3');
    expect(formatRatio(21.1, 'en')).to.equal('21');
    expect(formatRatio(3.35, 'fr')).to.equal('3,4');
  });
});

describe('comparison axis', () => {
  const axis = comparisonAxis(groups);
  const largest = Math.max(...rows.map((r) => r.high ?? r.low));

  it('is one scale from 0 past the largest figure, with round ticks and a sparse set for phones', () => {
    expect(axis.max).to.be.at.least(largest);
    expect(axis.ticks[0]).to.deep.equal({ value: 0, at: 0 });
    expect(axis.ticks.length).to.be.within(4, 8);
    expect(axis.sparseTicks.length).to.be.within(2, 4);
    for (const tick of [...axis.ticks, ...axis.sparseTicks]) expect(tick.at).to.be.closeTo(tick.value / axis.max, 1e-9);
    expect(axis.sparseTicks.length).to.be.lessThan(axis.ticks.length);
  });

  it('places a figure from its low to its high end; a lower bound is open', () => {
    const tbij = figureMark(row(2), axis);
    expect(tbij.low).to.be.closeTo(row(2).low / axis.max, 1e-9);
    expect(tbij.high).to.be.closeTo(row(2).high! / axis.max, 1e-9);
    expect(figureMark(row(20), axis)).to.include({ open: true });
    expect(figureMark(row(19), axis)).to.deep.equal({ low: 0, high: 0, open: false });
  });
});

describe('comparison wording', () => {
  it('names sources without ISO dates, and shortens them in the chart', () => {
    expect(sourceName('Airwars (as quoted by AFP 2020-05)', 'en')).to.equal('Airwars (as quoted by AFP, May 2020)');
    expect(sourceName(row(2).sourceOrg, 'en')).not.to.match(/\d{4}-\d{2}/);
    expect(shortSourceName('Airwars (as quoted by AFP 2020-05)')).to.equal('Airwars');
    expect(shortSourceName(row(3).sourceOrg)).to.equal(row(3).sourceOrg);
  });

  it('keeps notes for readers, dropping references to other rows and web addresses', () => {
    expect(row(7).notes).to.match(/row \d/);
    expect(rowNote(row(7))).to.equal('');
    expect(row(20).notes).to.match(/compare row 7/);
    expect(rowNote(row(20))).to.match(/^Coalition actions \(not US only\)/).and.not.match(/row 7/);
    expect(rowNote(row(2))).not.to.match(/\.gov\b/);
    expect(rowNote(row(2))).to.match(/^No period stated/);
  });
});
