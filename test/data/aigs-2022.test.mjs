// Carnegie AI Global Surveillance Index 2022 against the counts of its Mendeley
// description (quoted in the raw folder's SOURCE.md) and the joins the chart needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, rawTest } from './helpers.mjs';

const d = readData('aigs-2022.json');
const { countries: c } = d;
const sum = (values) => values.reduce((a, b) => a + b, 0);
const named = (company, lists) => lists.filter((list) => list.includes(company)).length;

test('97 countries; safe city 64, facial recognition 78, smart policing 69, social-media surveillance 38 (Mendeley description)', () => {
  assert.equal(c.code.length, 97);
  assert.deepEqual(d.technologies, ['safeCity', 'facialRecognition', 'smartPolicing', 'socialMedia']);
  assert.deepEqual(d.technologies.map((t) => sum(c[t])), [64, 78, 69, 38]);
  assert.deepEqual(d.technologies.map((t) => d.counts[t]), [64, 78, 69, 38]);
  // Every listed country has at least one technology.
  c.code.forEach((code, i) => assert.ok(sum(d.technologies.map((t) => c[t][i])) > 0, code));
});

test('Chinese technology in 68 countries, U.S. technology in 31; Huawei named for 51 countries in Company 1-5, 52 with the extra cells; NEC 14 (SOURCE.md)', () => {
  assert.equal(sum(c.china), 68);
  assert.equal(sum(c.us), 31);
  assert.equal(named('Huawei', c.companies), 51);
  assert.equal(named('Huawei', c.code.map((_, i) => [...c.companies[i], ...c.moreCompanies[i]])), 52);
  assert.equal(named('NEC', c.companies), 14);
});

test('codes are the project\'s ISO3 and join V-Dem v15; supplier countries are ISO3 too', () => {
  const { countries } = readData('countries.json');
  const vdem = readData('vdem-v15.json').countries;
  for (const code of c.code) {
    assert.ok(countries[code], code);
    assert.ok(vdem[code], `${code} in V-Dem`);
  }
  for (const list of c.otherSuppliers) for (const code of list) assert.ok(countries[code], code);
  const usa = c.code.indexOf('USA');
  assert.equal(c.name[usa], 'United States of America');
  assert.ok(c.otherSuppliers[c.code.indexOf('CHN')].includes('GBR'));
});

test('the provenance says it is the 2022 update, not the 2019 index', () => {
  assert.equal(d.meta.edition, 'AIGS 2022');
  assert.ok(d.meta.caveats.some((c2) => /2022 update of the index, not the September 2019 index/.test(c2)));
});

rawTest('every company cell of the raw long table is shipped, in order', () => {
  const raw = readRawCsv('carnegie-aigs-2022/aigs_2022_country_companies.csv').rows;
  assert.equal(sum(c.code.map((_, i) => c.companies[i].length + c.moreCompanies[i].length)), raw.length);
  const bhr = c.code.indexOf('BHR');
  assert.deepEqual(c.companies[bhr], raw.filter((r) => r.iso3 === 'BHR').map((r) => r.company));
});
