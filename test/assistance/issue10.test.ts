// Issue #10 on the assistance model: provisional years are never the default
// and are labelled; military-aid gaps are "not reported", never $0.
import { expect } from '@open-wc/testing';
import { measureSource } from '../../src/assistance/measures.js';
import { rankRecipients } from '../../src/assistance/ranking.js';
import { parsePeriod, periodLabel } from '../../src/assistance/period.js';
import { absentLines, rankingSummary, recipientLines } from '../../src/assistance/describe.js';
import type { ForeignAssistance, MilitaryAid, SipriUsArms } from '../../src/data/assistance.js';
import type { VdemV14, VdemV15 } from '../../src/data/democracy.js';
import aidJson from '../../data/foreignassistance.json';
import militaryJson from '../../data/military-aid.json';
import armsJson from '../../data/sipri-us-arms.json';
import v15Json from '../../data/vdem-v15.json';
import v14Json from '../../data/vdem-v14.json';

const aid = aidJson as ForeignAssistance;
const militaryAid = militaryJson as MilitaryAid;
const arms = armsJson as SipriUsArms;
const democracy = { v15: v15Json as VdemV15, v14: v14Json as VdemV14 };
const options = { flow: 'obligations', dollars: 'constant' } as const;
const words = { lang: 'en', name: (code: string) => code };

/** Recipients with a military-aid series but no value in `year` (straight from the file). */
const nullIn = (year: number): string[] =>
  Object.entries(militaryAid.countries)
    .filter(([, s]) => year >= s.start && year < s.start + s.military.length && s.military[year - s.start] === null)
    .map(([code]) => code);

describe('assistance: the default year is the latest complete one', () => {
  it('aid defaults to FY2023, not the provisional FY2024; arms and military aid to their last year', () => {
    const o = measureSource('aid', { aid }, options)!;
    expect([o.last, o.latest, [...o.provisional]]).to.deep.equal([2024, 2023, [2024]]);
    expect(parsePeriod('', '', '', o.first, o.last, o.latest).value).to.deep.equal({ from: 2023, to: 2023 });
    const d = measureSource('aid', { aid }, { flow: 'disbursements', dollars: 'current' })!;
    expect(d.latest).to.equal(2023);
    expect(measureSource('arms', { arms }, options)!.latest).to.equal(2021);
    expect(measureSource('military-aid', { militaryAid }, options)!.latest).to.equal(2015);
    // A lone `from` runs to the default year, not into the provisional one.
    expect(parsePeriod('', '2020', '', o.first, o.last, o.latest).value).to.deep.equal({ from: 2020, to: 2023 });
  });

  it('labels a provisional year wherever it is written', () => {
    const o = measureSource('aid', { aid }, options)!;
    expect(periodLabel({ from: 2024, to: 2024 }, o)).to.equal('FY2024 (provisional)');
    expect(periodLabel({ from: 2020, to: 2024 }, o)).to.equal('FY2020–FY2024 (FY2024 provisional)');
    expect(periodLabel({ from: 2020, to: 2023 }, o)).to.equal('FY2020–FY2023');
    const ranking = rankRecipients(o, { from: 2024, to: 2024 }, democracy, 'polyarchy', 'all');
    expect(rankingSummary(o, { from: 2024, to: 2024 }, ranking, words)).to.contain('FY2024 (provisional)');
    expect(recipientLines(o, { from: 2024, to: 2024 }, ranking.rows[0]!, 'polyarchy', words)[0]!.label).to.contain('FY2024 (provisional)');
  });
});

describe('assistance: military-aid gaps are not reported, never $0', () => {
  it('leaves recipient-years without a value out of the ranking and lists them as not reported', () => {
    const source = measureSource('military-aid', { militaryAid }, options)!;
    expect(source.gaps).to.equal(true);
    const missing = nullIn(2015);
    expect(missing.length).to.be.greaterThan(5);
    const ranking = rankRecipients(source, { from: 2015, to: 2015 }, democracy, 'polyarchy', 'all');
    for (const code of missing) expect(ranking.rows.some((r) => r.code === code), code).to.equal(false);
    expect(ranking.notReported.map((r) => r.code)).to.have.members(missing);
    expect(rankingSummary(source, { from: 2015, to: 2015 }, ranking, words)).to.contain(`${missing.length} recipients have no value reported for FY2015`);
    const lines = absentLines(source, { from: 2015, to: 2015 }, missing[0]!, democracy, 'polyarchy', 'en');
    expect(lines[0]!.value).to.equal('not reported');
    // Outside a recipient's series nothing is recorded at all (no aid of any kind that year).
    const ended = Object.keys(militaryAid.countries).find((c) => militaryAid.countries[c]!.start + militaryAid.countries[c]!.military.length - 1 < 2015)!;
    expect(absentLines(source, { from: 2015, to: 2015 }, ended, democracy, 'polyarchy', 'en')[0]!.value).to.equal('none recorded');
    expect(lines.map((l) => l.value).join(' ')).not.to.contain('$0');
  });

  it('says so when a period total leaves out years not reported, and averages over reported years', () => {
    const source = measureSource('military-aid', { militaryAid }, options)!;
    const code = Object.keys(militaryAid.countries).find((c) => {
      const s = militaryAid.countries[c]!;
      return s.start === 2002 && s.military.length === 14 && s.military.some((v) => v === null) && s.military.some((v) => v !== null && v > 0);
    })!;
    const s = militaryAid.countries[code]!;
    const reported = s.military.filter((v): v is number => v !== null);
    const ranking = rankRecipients(source, { from: 2002, to: 2015 }, democracy, 'polyarchy', 'all');
    const r = ranking.rows.find((row) => row.code === code)!;
    expect(r.missing).to.equal(14 - reported.length);
    expect(r.perYear).to.be.closeTo(reported.reduce((a, b) => a + b, 0) / reported.length, 1e-6);
    const text = recipientLines(source, { from: 2002, to: 2015 }, r, 'polyarchy', words)
      .map((l) => `${l.label} ${l.value}`)
      .join('; ');
    expect(text).to.contain(`${14 - reported.length} of 14 years not reported (left out of the total)`).and.contain('Average per reported year');
    expect(rankingSummary(source, { from: 2002, to: 2015 }, ranking, words)).to.match(/leave out years not reported/);
  });

  it('keeps "none recorded" for measures whose gaps are no deliveries (arms)', () => {
    const source = measureSource('arms', { arms }, options)!;
    expect(source.gaps).to.equal(false);
    const none = Object.keys(democracy.v15.countries).find((code) => code !== 'USA' && !source.amount(code, 2019))!;
    expect(absentLines(source, { from: 2019, to: 2019 }, none, democracy, 'polyarchy', 'en')[0]!.value).to.equal('none recorded');
    // The United States gives the assistance: the donor, not "none recorded" (#14).
    expect(absentLines(source, { from: 2019, to: 2019 }, 'USA', democracy, 'polyarchy', 'en')[0]!.value).to.match(/^donor/);
  });
});
