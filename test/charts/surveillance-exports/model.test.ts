// The model of the surveillance map, without the DOM: rows from the index and
// V-Dem, the reader's choice, and the counts the summary reads.
import { expect } from '@open-wc/testing';
import { companiesOf, countRows, matches, matching, surveillanceModel, validateAigs, TECHNOLOGY_IDS, TECHNOLOGY_OF } from '../../../src/charts/surveillance-exports/model.js';
import type { Aigs2022 } from '../../../src/data/surveillance-exports.js';
import type { VdemV15 } from '../../../src/data/democracy.js';
import aigsJson from '../../../data/aigs-2022.json';
import vdemJson from '../../../data/vdem-v15.json';

const aigs = aigsJson as unknown as Aigs2022;
const vdem = vdemJson as unknown as VdemV15;
const model = surveillanceModel(aigs, vdem);
const byCode = new Map(model.rows.map((r) => [r.code, r]));

describe('surveillance-exports: model', () => {
  it('one row per country of the index, with its flags as written in the file', () => {
    expect(model.rows.map((r) => r.code)).to.deep.equal(aigs.countries.code);
    const i = aigs.countries.code.indexOf('ARE');
    const are = byCode.get('ARE')!;
    expect(are.china).to.equal(aigs.countries.china[i] === 1);
    expect(are.us).to.equal(aigs.countries.us[i] === 1);
    expect(are.companies.slice(0, aigs.countries.companies[i]!.length)).to.deep.equal(aigs.countries.companies[i]);
    expect(are.otherSuppliers).to.deep.equal(aigs.countries.otherSuppliers[i]);
  });

  it('companies: a cell naming several is split, each name once', () => {
    expect(companiesOf(['Huawei', 'SenseTime', 'Huawei, ZTE, Face++, and Yixin'])).to.deep.equal(['Huawei', 'SenseTime', 'ZTE', 'Face++', 'Yixin']);
    const ind = byCode.get('IND')!;
    expect(ind.companies.filter((name) => name === 'Huawei')).to.have.length(1);
    expect(ind.companies.some((name) => / and /.test(name) || name.includes(','))).to.equal(false);
  });

  it('supply classes: both, Chinese only, U.S. only, neither', () => {
    for (const row of model.rows) {
      const expected = row.china && row.us ? 'both' : row.china ? 'china' : row.us ? 'us' : 'other';
      expect(row.supply, row.code).to.equal(expected);
    }
    expect(new Set(model.rows.map((r) => r.supply)).size, 'all four classes occur').to.equal(4);
  });

  it('regimes come from V-Dem v15 in its latest year; a country V-Dem does not code has none', () => {
    expect(model.regimeYear).to.equal(vdem.last);
    const chn = vdem.countries['CHN']!;
    expect(byCode.get('CHN')!.regime).to.equal(chn.regime[vdem.last - chn.start]);
    const uncoded = model.rows.find((r) => !(r.code in vdem.countries));
    if (uncoded) expect(uncoded.regime).to.equal(null);
    const hkg = byCode.get('HKG');
    if (hkg) expect(hkg.regime).to.equal(vdem.countries['HKG'] ? hkg.regime : null);
  });

  it('matching: supplier and technology both hold', () => {
    const row = { ...model.rows[0]!, china: true, us: false, technologies: ['safeCity' as const] };
    expect(matches(row, 'any', 'any')).to.equal(true);
    expect(matches(row, 'china', 'safe-city')).to.equal(true);
    expect(matches(row, 'us', 'any')).to.equal(false);
    expect(matches(row, 'china', 'social-media')).to.equal(false);
    for (const id of TECHNOLOGY_IDS) {
      if (id === 'any') continue;
      const t = TECHNOLOGY_OF[id];
      expect(matching(model.rows, 'any', id).length, id).to.equal(aigs.countries[t].filter((f) => f === 1).length);
    }
  });

  it('counts: technologies, suppliers, autocracies and democracies add up', () => {
    const all = countRows(model.rows, aigs.technologies);
    expect(all.countries).to.equal(aigs.countries.code.length);
    expect(all.china).to.equal(aigs.counts.china);
    expect(all.us).to.equal(aigs.counts.us);
    for (const t of aigs.technologies) expect(all.technologies[t], t).to.equal(aigs.counts[t]);
    const coded = model.rows.filter((r) => r.regime !== null).length;
    expect(all.autocracies + all.democracies).to.equal(coded);
    expect(all.autocracies).to.equal(model.rows.filter((r) => r.regime === 0 || r.regime === 1).length);
    expect(countRows([], aigs.technologies).countries).to.equal(0);
  });

  it('validateAigs rejects a file of the wrong shape', () => {
    expect(() => validateAigs(aigs)).to.not.throw();
    expect(() => validateAigs({} as Aigs2022)).to.throw(TypeError);
    const short = { ...aigs, countries: { ...aigs.countries, china: aigs.countries.china.slice(1) } };
    expect(() => validateAigs(short)).to.throw(/china/);
  });
});
