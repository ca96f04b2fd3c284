// The words of <rights-police-equipment>, without the DOM: values as readers
// read them, a place's line, the summary and the notes beside the map.
import { expect } from '@open-wc/testing';
import json from '../../../data/leso-1033.json';
import type { Leso1033 } from '../../../src/data/police-equipment.js';
import { stateRows } from '../../../src/charts/police-equipment/equipment.js';
import { defaultHeading, dollars, equipmentNotes, equipmentSummary, rowLine, valueText } from '../../../src/charts/police-equipment/describe.js';
import { inLanguage } from '../../../src/core/i18n.js';
import { stateName } from '../../../src/charts/police-equipment/state-names.js';
import { useCatalogues } from '../../helpers/languages.js';

useCatalogues();
const data = json as unknown as Leso1033;
const STATES = new Set(data.states.fips.filter((_, i) => data.states.type[i] !== 'territory'));

describe('police equipment: words', () => {
  it('values: dollars in words, counts with their noun, rates per 100,000 residents', () => {
    expect(dollars(1817381970)).to.equal('$1.82 billion');
    expect(dollars(690)).to.equal('$690');
    expect(valueText('mraps', 'total', 1)).to.equal('1 MRAP');
    expect(valueText('rifles', 'total', 66708)).to.equal('66,708 rifles');
    expect(valueText('rifles', '100k', 20.04)).to.equal('20.04 rifles per 100,000 residents');
    expect(valueText('value', '100k', 545959)).to.equal('$546 thousand per 100,000 residents');
  });

  it('a place\'s line: rank among the ranked; a territory per 100,000 unranked; no entries as no data', () => {
    const rows = stateRows(data, 'rifles', '100k');
    const ranked = rows.filter((r) => r.status === 'ranked').length;
    expect(rowLine(rows[0]!, 'rifles', '100k', ranked)).to.equal(`North Dakota: 79.71 rifles per 100,000 residents; 1 of ${ranked}`);
    const guam = rows.find((r) => r.code === 'GU')!;
    expect(rowLine(guam, 'rifles', '100k', ranked)).to.equal('Guam: 59.15 rifles per 100,000 residents; a territory, not ranked per 100,000 residents');
    expect(rowLine(rows.find((r) => r.code === 'DC')!, 'rifles', '100k', ranked)).to.equal('District of Columbia: no entries in the list (no data, not zero)');
  });

  it('summary: the national figure, the top three, how many held none', () => {
    const rows = stateRows(data, 'aircraft', 'total');
    const text = equipmentSummary(data, rows, 'aircraft', 'total');
    expect(text).to.match(/^On 31 March 2020, U\.S\. state and local law enforcement held 390 aircraft from the Pentagon’s 1033 program\. Most: Florida \(67 aircraft\), Alabama \(60 aircraft\) and /);
    expect(text).to.match(/\d+ states and territories in the list held none\.$/);
  });

  it('notes: holdings, not flows, always first; territories named per 100,000 only; places without entries', () => {
    const total = equipmentNotes(stateRows(data, 'value', 'total'), 'total', STATES);
    expect(total[0]).to.equal('Holdings on hand on 31 March 2020, not yearly transfers: items returned, sold or destroyed before then are not counted.');
    expect(total.join(' ')).to.not.contain('Not ranked');
    expect(total.join(' ')).to.contain('Not on the map: ');
    const rate = equipmentNotes(stateRows(data, 'value', '100k'), '100k', STATES);
    expect(rate[1]).to.contain('Commonwealth of the Northern Mariana Islands: 47,329 residents');
    expect(rate.join(' ')).to.contain('No entries in the list for American Samoa, District of Columbia and Hawaii');
  });

  it('state names: English as the data writes them; the language\'s own in French, Spanish and Arabic', () => {
    data.states.code.forEach((code, i) => expect(stateName(code, 'not this'), code).to.equal(data.states.name[i]));
    expect(stateName('ZZ', 'as given')).to.equal('as given');
    expect(inLanguage('fr', () => stateName('CA', 'California'))).to.equal('Californie');
    expect(inLanguage('es', () => stateName('NY', 'New York'))).to.equal('Nueva York');
    expect(inLanguage('ar', () => stateName('TX', 'Texas'))).to.equal('تكساس');
  });

  it('speaks French, Spanish and Arabic', () => {
    for (const lang of ['fr', 'es', 'ar']) {
      const heading = inLanguage(lang, () => defaultHeading('rifles', '100k'));
      expect(heading, lang).to.not.equal(defaultHeading('rifles', '100k'));
    }
  });
});
