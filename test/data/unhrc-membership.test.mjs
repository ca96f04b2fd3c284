// UN Human Rights Council membership against the published lists and counts named in
// the raw folder's SOURCE.md (OHCHR 2023 membership page, UN spokesman July 2018).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, rawTest } from './helpers.mjs';

const d = readData('unhrc-membership.json');
const { cycles } = d;
const members = (id) => cycles.members[cycles.id.indexOf(id)];

test('19 cycles, 47 members each; 48 in 2018 (USA and Iceland) and 2022 (Russia and Czechia)', () => {
  assert.equal(cycles.id.length, 19);
  assert.equal(cycles.id[0], '2006-07');
  assert.equal(cycles.id.at(-1), '2025');
  cycles.id.forEach((id, i) => assert.equal(cycles.members[i].length, ['2018', '2022'].includes(id) ? 48 : 47, id));
  for (const code of ['USA', 'ISL']) assert.ok(members('2018').includes(code));
  for (const code of ['RUS', 'CZE']) assert.ok(members('2022').includes(code));
});

test('108 states had served by July 2018 (UN spokesman, when Iceland joined); 126 by 2025', () => {
  const served = new Set();
  cycles.id.forEach((id, i) => {
    cycles.members[i].forEach((code) => served.add(code));
    if (id === '2018') assert.equal(served.size, 108);
  });
  assert.equal(served.size, 126);
});

test('cycle convention: June to June before 2013 (2011-12 runs 18 months), calendar years after; stated in the caveats', () => {
  assert.equal(cycles.start[0], '2006-06-19');
  assert.equal(cycles.end[0], '2007-06-18');
  assert.equal(cycles.end[cycles.id.indexOf('2011-12')], '2012-12-31');
  assert.equal(cycles.start[cycles.id.indexOf('2013')], '2013-01-01');
  assert.ok(d.meta.caveats.some((c) => /before 2013 ran from 19 June to 18 June/.test(c) && /18 months/.test(c)));
});

test('U.S. a member 2009-10 to 2011-12, 2013-2015, 2017-2018 and 2022-2024; withdrew 19 June 2018; returned after the October 2021 election', () => {
  const us = cycles.id.filter((_, i) => cycles.members[i].includes('USA'));
  assert.deepEqual(us, ['2009-10', '2010-11', '2011-12', '2013', '2014', '2015', '2017', '2018', '2022', '2023', '2024']);
  const withdrawal = d.usEvents.date.indexOf('2018-06-19');
  assert.equal(d.usEvents.statusAfter[withdrawal], 'withdrawn');
  const elected = d.usEvents.date.indexOf('2021-10-14');
  assert.equal(d.usEvents.statusAfter[elected], 'member');
  d.usEvents.url.forEach((url) => assert.match(url, /^https?:\/\//));
  // The year-by-year status agrees with the cycles (June-June cycles by the year they start).
  d.us.year.forEach((year, i) => {
    const cycle = cycles.id.find((id) => id.startsWith(String(year)));
    if (cycle) assert.equal(d.us.member[i] === 1, members(cycle).includes('USA'), `${year}`);
  });
});

test('every member has a regional group; the five UN groups', () => {
  assert.equal(d.groups.length, 5);
  for (const list of cycles.members) for (const code of list) assert.ok(d.groups[d.regions[code]], code);
  assert.equal(d.groups[d.regions.USA], 'Western European and Others Group');
  const { countries } = readData('countries.json');
  for (const code of Object.keys(d.regions)) assert.ok(countries[code], code);
});

test('OHCHR 2023 membership: 47 members, 13 African, 13 Asia-Pacific, 6 Eastern European, 8 Latin American, 7 WEOG; terms expiring 2023-2025', () => {
  const list = members('2023');
  const expires = cycles.expires[cycles.id.indexOf('2023')];
  const perGroup = d.groups.map((_, g) => list.filter((code) => d.regions[code] === g).length);
  assert.deepEqual(perGroup, [13, 13, 6, 8, 7]);
  assert.deepEqual([...new Set(expires)].sort(), [2023, 2024, 2025]);
});

rawTest('each cycle lists exactly the raw table\'s members and expiry years', () => {
  const raw = readRawCsv('unhrc-membership/unhrc_members_by_cycle_2006_2025.csv').rows;
  cycles.id.forEach((id, i) => {
    const rows = raw.filter((r) => r.cycle === id);
    assert.deepEqual([...cycles.members[i]].sort(), rows.map((r) => r.iso3).sort(), id);
    for (const r of rows) assert.equal(cycles.expires[i][cycles.members[i].indexOf(r.iso3)], Number(r.term_expires_year), `${id} ${r.iso3}`);
  });
});
