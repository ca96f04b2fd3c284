// The country registry's English names: what English pages show without ICU.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir, rawTest } from './helpers.mjs';
import { rawRoot } from '../../scripts/data/lib/raw.mjs';
import { readerName } from '../../scripts/data/countries.mjs';

const registry = JSON.parse(readFileSync(resolve(dataDir, 'countries.json'), 'utf8'));
const name = (a3) => registry.countries[a3][2];

test('English names are the forms readers know, not the formal ones', () => {
  const expected = {
    CHN: 'China', IRN: 'Iran', RUS: 'Russia', TWN: 'Taiwan', TZA: 'Tanzania', SYR: 'Syria', LAO: 'Laos', MDA: 'Moldova',
    BRN: 'Brunei', KOR: 'South Korea', PRK: 'North Korea', USA: 'United States', GMB: 'The Gambia', MKD: 'North Macedonia',
    CIV: "Côte d'Ivoire", VGB: 'British Virgin Islands', FSM: 'Federated States of Micronesia', BOL: 'Bolivia', VEN: 'Venezuela',
  };
  for (const [a3, want] of Object.entries(expected)) assert.equal(name(a3), want, a3);
});

test('English names tell the two Congos apart and are unique', () => {
  assert.equal(name('COD'), 'Democratic Republic of the Congo');
  assert.equal(name('COG'), 'Republic of the Congo');
  // Among ISO codes (V-Dem's own XKX is the same Kosovo as ISO's user-assigned XK).
  const names = Object.values(registry.countries).filter((entry) => entry[0]).map((entry) => entry[2]);
  assert.equal(new Set(names).size, names.length);
});

test('readerName: formal, inverted, acronym and shared names lose to a plain one; accents win', () => {
  const none = () => false;
  assert.equal(readerName(['Islamic Republic of Iran', 'Iran'], none), 'Iran');
  assert.equal(readerName(['United States of America', 'United States', 'USA'], none), 'United States');
  assert.equal(readerName(['Republic of the Congo', 'Congo'], (n) => n === 'Congo'), 'Republic of the Congo');
  assert.equal(readerName(["Cote d'Ivoire", "Côte d'Ivoire"], none), "Côte d'Ivoire");
  assert.equal(readerName(['Virgin Islands, U.S.', '', 'Virgin Islands (U.S.)'], none), 'U.S. Virgin Islands');
  assert.equal(readerName(['Bonaire, Sint Eustatius and Saba'], none), 'Bonaire, Sint Eustatius and Saba');
});

rawTest('every English name is one of the raw files\' names for that code (or its inverted form turned round)', () => {
  const crosswalk = readFileSync(resolve(rawRoot, 'iso-country-codes/country_crosswalk.csv'), 'utf8');
  const packageNames = JSON.parse(readFileSync(resolve(rawRoot, 'iso-country-codes/i18n-iso-countries-en.json'), 'utf8')).countries;
  const lines = crosswalk.trim().split('\n');
  const header = lines[0].split(',');
  let checked = 0;
  for (const line of lines.slice(1)) {
    // Names with commas are quoted; a minimal CSV split is enough for the columns used here.
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    const row = Object.fromEntries(header.map((key, i) => [key, cells[i] ?? '']));
    const shipped = registry.countries[row.iso_a3]?.[2];
    if (!shipped) continue;
    const candidates = [...[packageNames[row.iso_a2] ?? row.name_en].flat(), row.vdem_v15_name, row.fh_name, row.wb_pop_name].filter(Boolean);
    const turned = candidates.map((c) => c.replace(/^(.+), (.+)$/, '$2 $1'));
    assert.ok(candidates.includes(shipped) || turned.includes(shipped), `${row.iso_a3}: "${shipped}" not among ${JSON.stringify(candidates)}`);
    checked++;
  }
  assert.ok(checked > 240, `${checked} codes checked`);
});
