// The element contract, run against every element: one call per element.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { democracyLoaders } from '../../src/data/democracy.js';
import { countryLoaders } from '../../src/data/countries.js';
import { regimeShareLoaders } from '../../src/data/regime-share.js';
import { civilianHarmLoaders } from '../../src/data/civilian-harm.js';
import { strikeLoaders } from '../../src/data/strikes.js';
import { assistanceLoaders } from '../../src/data/assistance.js';
import { populationLoaders } from '../../src/data/population.js';
import { projectedWorldLoaders } from '../../src/geo/projected-world.js';
import { guantanamoLoaders } from '../../src/data/guantanamo.js';
import { refugeeAdmissionsLoaders } from '../../src/data/refugee-admissions.js';
import { surveillanceExportsLoaders } from '../../src/data/surveillance-exports.js';
import { sanctionsLoaders } from '../../src/data/sanctions.js';
import { corruptionLoaders } from '../../src/data/corruption.js';
import { hrcMembershipLoaders } from '../../src/data/hrc-membership.js';
import { policeEquipmentLoaders } from '../../src/data/police-equipment.js';
import { usStatesLoaders } from '../../src/data/us-states.js';
import { runChartBaseTests } from './chart-contract.js';

// Country names a French reader expects, typed here, not read from the code.
const SAUDI = { french: ['Arabie saoudite'], english: ['Saudi Arabia'] };

runChartBaseTests('rights-democracy-map', {
  drawn: 'svg.map path.country',
  table: { view: 'table' },
  hold: { loaders: democracyLoaders, keys: ['v15', 'v14'] },
  sizeVariants: [{ metric: 'regime' }, { metric: 'libdem' }],
  failures: [
    { name: 'V-Dem v15', loaders: democracyLoaders, keys: ['v15'] },
    { name: 'world geometry', loaders: projectedWorldLoaders, keys: ['equalEarth110m'] },
    { name: 'country registry', loaders: countryLoaders, keys: ['registry'] },
  ],
  lang: { attributes: { view: 'table', year: '2019' }, french: ['Hongrie', 'Allemagne', /\b0,\d{3}\b/], english: ['Hungary', 'Germany', /\b0\.\d{3}\b/] },
  freeText: ['heading'],
});

runChartBaseTests('rights-regime-share', {
  drawn: 'svg.plot path.band',
  table: { view: 'table' },
  hold: { loaders: regimeShareLoaders, keys: ['regimeShare'] },
  sizeVariants: [{ edition: '2020', measure: 'countries' }],
  failures: [{ name: 'regime share', loaders: regimeShareLoaders, keys: ['regimeShare'] }],
  // Democracy Report 2020: 54.0% of people lived in autocracies in 2019.
  lang: { attributes: { edition: '2020', view: 'table' }, french: ['54,0'], english: ['54.0%'] },
  freeText: ['heading'],
});

runChartBaseTests('rights-democracy-trend', {
  drawn: 'svg.plot path.line',
  attributes: { countries: 'USA HUN' },
  table: { view: 'table' },
  hold: { loaders: democracyLoaders, keys: ['v15', 'v14'] },
  sizeVariants: [{ metric: 'libdem', compare: 'world' }, { countries: 'IND TUR BRA', compare: 'world eastern-europe' }],
  failures: [
    { name: 'V-Dem v15', loaders: democracyLoaders, keys: ['v15'] },
    { name: 'country registry', loaders: countryLoaders, keys: ['registry'] },
  ],
  lang: { attributes: { countries: 'HUN DEU' }, selector: '.label', french: ['Hongrie', 'Allemagne'], english: ['Hungary', 'Germany'] },
  freeText: ['heading'],
});

runChartBaseTests('rights-democracy-change', {
  drawn: 'svg.plot g.row',
  table: { view: 'table' },
  hold: { loaders: democracyLoaders, keys: ['v15', 'v14'] },
  sizeVariants: [{ metric: 'libdem' }, { limit: '5' }],
  failures: [{ name: 'V-Dem v15', loaders: democracyLoaders, keys: ['v15'] }],
  lang: { attributes: { view: 'table' }, selector: 'tbody', french: [/\b0,\d{3}\b/], english: [/\b0\.\d{3}\b/] },
  freeText: ['heading'],
});

runChartBaseTests('rights-timeline', {
  drawn: 'input[type="range"]',
  viewState: { year: '2000' },
  freeText: ['heading'],
  // No data, no table, no names: it shows years only.
});

runChartBaseTests('rights-civilian-harm', {
  drawn: 'svg.plot rect.hit, .comparison [role="option"]',
  table: { display: 'table' },
  hold: { loaders: civilianHarmLoaders, keys: ['tbijYearly', 'civcas', 'ucdp'] },
  sizeVariants: [{ context: 'ucdp' }, { view: 'official-vs-independent' }],
  failures: [{ name: 'TBIJ yearly', loaders: civilianHarmLoaders, keys: ['tbijYearly'] }],
  lang: { selector: '.panel-title', french: ['Somalie', 'Yémen'], english: ['Somalia', 'Yemen'] },
  freeText: ['heading'],
});

runChartBaseTests('rights-strike-map', {
  drawn: 'svg.map path.land',
  table: { display: 'table' },
  hold: { loaders: strikeLoaders, keys: ['tbij'] },
  sizeVariants: [{ country: 'PAK' }],
  failures: [
    { name: 'TBIJ strikes', loaders: strikeLoaders, keys: ['tbij'] },
    { name: 'world geometry', loaders: projectedWorldLoaders, keys: ['mercator110m'] },
  ],
  lang: { attributes: { country: 'YEM' }, selector: '.summary', french: ['Yémen'], english: ['Yemen'] },
  freeText: ['heading'],
});

runChartBaseTests('rights-assistance-ranking', {
  drawn: 'svg.bars g.row',
  table: { view: 'table' },
  hold: { loaders: democracyLoaders, keys: ['v15'] },
  sizeVariants: [{ measure: 'military-aid' }, { measure: 'aid' }],
  failures: [
    { name: 'SIPRI arms', loaders: assistanceLoaders, keys: ['arms'] },
    { name: 'V-Dem v15', loaders: democracyLoaders, keys: ['v15'] },
  ],
  lang: { attributes: { year: '2019', view: 'table' }, selector: 'tbody', ...SAUDI },
  freeText: ['heading'],
});

runChartBaseTests('rights-assistance-map', {
  drawn: 'svg.map path.country',
  table: { view: 'table' },
  hold: { loaders: democracyLoaders, keys: ['v15'] },
  sizeVariants: [{ measure: 'military-aid' }, { measure: 'aid' }],
  failures: [
    { name: 'military aid', loaders: assistanceLoaders, keys: ['militaryAid'], attributes: { measure: 'military-aid' } },
    { name: 'world geometry', loaders: projectedWorldLoaders, keys: ['equalEarth110m'] },
  ],
  lang: { attributes: { year: '2019', view: 'table' }, selector: 'tbody', ...SAUDI },
  freeText: ['heading'],
});

runChartBaseTests('rights-assistance-vs-democracy', {
  drawn: 'svg.scatter .dot',
  table: { view: 'table' },
  hold: { loaders: democracyLoaders, keys: ['v15'] },
  sizeVariants: [{ measure: 'military-aid' }, { measure: 'aid' }],
  failures: [
    { name: 'population', loaders: populationLoaders, keys: ['population'] },
    { name: 'SIPRI arms', loaders: assistanceLoaders, keys: ['arms'] },
  ],
  lang: { attributes: { year: '2019', view: 'table' }, selector: 'tbody', ...SAUDI },
  freeText: ['heading'],
});

runChartBaseTests('rights-guantanamo', {
  drawn: 'svg.plot g.count',
  table: { view: 'table' },
  hold: { loaders: guantanamoLoaders, keys: ['detainees'] },
  sizeVariants: [{ from: '2009', to: '2017' }],
  failures: [{ name: 'Guantánamo counts', loaders: guantanamoLoaders, keys: ['detainees'] }],
  // Dates as the sources give them: "January 20, 2009" in English, "20 janvier 2009" in French.
  lang: { attributes: { view: 'table' }, selector: 'tbody', french: ['janvier 2009'], english: ['January 20, 2009'] },
  freeText: ['heading'],
});

runChartBaseTests('rights-refugee-admissions', {
  drawn: 'svg.plot rect.hit',
  table: { view: 'table' },
  hold: { loaders: refugeeAdmissionsLoaders, keys: ['admissions'] },
  sizeVariants: [{ from: '2017' }],
  failures: [{ name: 'refugee admissions', loaders: refugeeAdmissionsLoaders, keys: ['admissions'] }],
  // The partial year's row: "FY2025 (partial year)" in English, "exercice 2025 (année partielle)" in French.
  lang: { attributes: { view: 'table' }, selector: 'tbody', french: ['année partielle'], english: ['(partial year)'] },
  freeText: ['heading'],
});

runChartBaseTests('rights-surveillance-exports', {
  drawn: 'svg.map path.country',
  table: { view: 'table' },
  hold: { loaders: surveillanceExportsLoaders, keys: ['aigs2022'] },
  sizeVariants: [{ supplier: 'china' }, { supplier: 'us', technology: 'social-media' }],
  failures: [
    { name: 'AIGS 2022', loaders: surveillanceExportsLoaders, keys: ['aigs2022'] },
    { name: 'V-Dem v15', loaders: democracyLoaders, keys: ['v15'] },
    { name: 'world geometry', loaders: projectedWorldLoaders, keys: ['equalEarth110m'] },
  ],
  lang: { attributes: { view: 'table' }, selector: 'tbody', ...SAUDI },
  freeText: ['heading'],
});

runChartBaseTests('rights-sanctions', {
  drawn: 'svg.plot g.column',
  table: { view: 'table' },
  hold: { loaders: sanctionsLoaders, keys: ['glomag'] },
  sizeVariants: [{ kind: 'vessel' }, { from: '2022', to: '2023' }],
  failures: [{ name: 'Global Magnitsky entries', loaders: sanctionsLoaders, keys: ['glomag'] }],
  // Kinds and the undated row in the reader's language: "Individuals" in English, "Personnes" in French.
  lang: { attributes: { view: 'table' }, selector: 'table', french: ['Personnes', 'Sans date'], english: ['Individuals', 'Undated'] },
  freeText: ['heading'],
});

runChartBaseTests('rights-corruption', {
  drawn: 'table.ranking tbody tr',
  table: { view: 'table' },
  hold: { loaders: corruptionLoaders, keys: ['cpi'] },
  sizeVariants: [{ year: '2015' }, { countries: 'DNK USA SOM' }],
  failures: [
    { name: 'CPI', loaders: corruptionLoaders, keys: ['cpi'] },
    { name: 'country registry', loaders: countryLoaders, keys: ['registry'] },
  ],
  // Names in the reader's language; TI's interval bounds with a decimal comma in French.
  lang: { attributes: { countries: 'USA DEU' }, selector: 'tbody', french: ['États-Unis', 'Allemagne', /\b\d{2},\d{2}\b/], english: ['United States', 'Germany', /\b\d{2}\.\d{2}\b/] },
  freeText: ['heading'],
});

runChartBaseTests('rights-hrc-membership', {
  drawn: 'svg.plot g.cycle',
  table: { view: 'table' },
  hold: { loaders: hrcMembershipLoaders, keys: ['membership'] },
  sizeVariants: [{ cycle: '2006-07' }, { cycle: '2018' }, { cycle: '2025' }],
  failures: [{ name: 'Human Rights Council membership', loaders: hrcMembershipLoaders, keys: ['membership'] }],
  // Country names and dates in the language: "États-Unis" and "19 juin 2018" in French.
  lang: { attributes: { view: 'table', cycle: '2018' }, selector: 'table.members', french: ['États-Unis', 'janvier 2018'], english: ['United States', 'January 1, 2018'] },
  badValues: { cycle: '1999', view: 'pie' },
  freeText: ['heading'],
});

runChartBaseTests('rights-police-equipment', {
  drawn: 'svg.map path.state',
  table: { view: 'table' },
  hold: { loaders: policeEquipmentLoaders, keys: ['leso1033'] },
  sizeVariants: [{ per: '100k' }],
  failures: [
    { name: '1033 holdings', loaders: policeEquipmentLoaders, keys: ['leso1033'] },
    { name: 'state outlines', loaders: usStatesLoaders, keys: ['albers'] },
  ],
  // Column headings of the table: "Residents (2020 Census)" in English, "Habitants (recensement de 2020)" in French.
  lang: { attributes: { view: 'table' }, selector: 'thead', french: ['Habitants'], english: ['Residents'] },
  freeText: ['heading'],
});

describe('chart-contract checks can fail', () => {
  it('finds a style attribute in nested template markup', async () => {
    const { html } = await import('lit');
    const { templateText } = await import('./chart-contract.js');
    const inner = html`<p style="color: red">x</p>`;
    expect(templateText(html`<div class="chart">${[inner]}</div>`)).to.match(/\sstyle\s*=/);
    expect(templateText(html`<div class="chart">${[html`<p>x</p>`]}</div>`)).not.to.match(/\sstyle\s*=/);
  });
});
