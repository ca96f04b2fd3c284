// DoD 1033 holdings by state (31 Mar 2020) against the totals in the LESO SOURCE.md
// and the 2020 Census figures in the census SOURCE.md (Census Bureau release of 26 Apr 2021).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, rawTest } from './helpers.mjs';

const d = readData('leso-1033.json');
const { states } = d;
const sum = (values) => values.reduce((a, b) => a + (b ?? 0), 0);
const state = (code) => states.code.indexOf(code);

test('1,099 MRAPs, 66,708 rifles, $1.82 bn, 390 aircraft held on 31 Mar 2020 (LESO SOURCE.md)', () => {
  assert.equal(sum(states.mraps), 1099);
  assert.equal(sum(states.rifles), 66708);
  assert.equal(Math.round(sum(states.value) / 1e7) / 100, 1.82);
  assert.equal(sum(states.aircraft), 390);
  assert.equal(sum(states.items), 581034);
  assert.equal(d.totals.lineItems, 141068);
  // Dollar totals are summed before rounding: within a dollar per state of the rounded state values.
  for (const m of d.measures) assert.ok(Math.abs(d.totals[m] - sum(states[m])) <= states.code.length / 2, m);
});

test('2020 Census: 50 states + DC = 331,449,281; California 39,538,223; Wyoming 576,851; Puerto Rico 3,285,874 (census SOURCE.md)', () => {
  const fifty = states.population.filter((_, i) => states.type[i] !== 'territory');
  assert.equal(fifty.length, 51);
  assert.equal(sum(fifty), 331449281);
  assert.equal(states.population[state('CA')], 39538223);
  assert.equal(states.population[state('WY')], 576851);
  assert.equal(states.population[state('PR')], 3285874);
});

test('$5.46 of 1033 holdings per resident of the states and territories in the list (census SOURCE.md)', () => {
  const listed = states.population.filter((_, i) => states.value[i] !== null);
  assert.equal(listed.length, 53);
  assert.equal(d.totals.population, sum(listed));
  assert.equal(Math.round((sum(states.value) / sum(listed)) * 100) / 100, 5.46);
  assert.equal(Math.round(d.totalsPer100k.value / 1000) / 100, 5.46);
});

test('per 100,000 residents is each state total over its 2020 Census count', () => {
  states.code.forEach((code, i) => {
    for (const m of d.measures) {
      if (states[m][i] === null) {
        assert.equal(d.per100k[m][i], null, `${code} ${m}`);
        continue;
      }
      // Rounding: half a unit of the rate, plus half a dollar of the state total for dollar values.
      const slack = 0.5 + (['value', 'controlledValue'].includes(m) ? 0.5e5 / states.population[i] : 0.005);
      assert.ok(Math.abs(d.per100k[m][i] - (states[m][i] / states.population[i]) * 1e5) <= slack, `${code} ${m}`);
    }
  });
});

test('Hawaii, DC and American Samoa have no entries: no data, not zero', () => {
  for (const code of ['HI', 'DC', 'AS']) {
    assert.equal(states.value[state(code)], null, code);
    assert.equal(d.byYear.value[code], undefined, code);
  }
  assert.ok(d.meta.caveats.some((c) => /Holdings, not transfers/.test(c)));
});

test('ship-year breakdown adds up to each state total', () => {
  assert.equal(d.byYear.years[0], 1980);
  assert.equal(d.byYear.years.at(-1), 2020);
  for (const m of d.measures) {
    for (const [code, values] of Object.entries(d.byYear[m])) {
      assert.ok(Math.abs(sum(values) - states[m][state(code)]) <= d.byYear.years.length, `${code} ${m}`);
    }
  }
  assert.equal(sum(Object.values(d.byYear.mraps).flat()), 1099);
});

rawTest('state totals equal the raw table summed by state', () => {
  const raw = readRawCsv('leso-1033-transfers/leso_1033_holdings_2020q1_by_state_shipyear.csv').rows;
  const rifles = new Map();
  for (const r of raw) rifles.set(r.state, (rifles.get(r.state) ?? 0) + Number(r.rifles));
  assert.equal(rifles.size, 53);
  for (const [code, n] of rifles) assert.equal(states.rifles[state(code)], n, code);
});
