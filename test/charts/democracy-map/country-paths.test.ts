import { expect } from '@open-wc/testing';
import { CountryPaths, type CountryLook } from '../../../src/charts/democracy-map/country-paths.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const shapes = [
  { code: 'HUN', d: 'M0,0L1,1Z' },
  { code: 'IND', d: 'M2,2L3,3Z' },
];

function newGroup(): SVGGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  const group = document.createElementNS(SVG_NS, 'g');
  svg.append(group);
  return group;
}

/** Attribute writes on the group's paths, recorded as "CODE attribute". */
function recordWrites(group: SVGGElement): () => string[] {
  const writes: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) writes.push(`${(record.target as Element).getAttribute('data-code')} ${record.attributeName}`);
  });
  observer.observe(group, { subtree: true, attributes: true });
  return () => {
    writes.push(...observer.takeRecords().map((r) => `${(r.target as Element).getAttribute('data-code')} ${r.attributeName}`));
    observer.disconnect();
    return writes;
  };
}

describe('CountryPaths', () => {
  it('draws one listbox option per shape, with its id, code, outline and look', () => {
    const group = newGroup();
    const looks: Record<string, CountryLook> = {
      HUN: { fill: '#41b6c4', label: 'Hungary: 0.45', selected: true },
      IND: { fill: 'url(#no-data)', label: 'India: no data', selected: false },
    };
    new CountryPaths().sync(group, shapes, 'k1', (code) => looks[code]!);
    const paths = [...group.querySelectorAll('path')];
    expect(paths.map((p) => [p.id, p.getAttribute('class'), p.getAttribute('role'), p.getAttribute('data-code'), p.getAttribute('d')])).to.deep.equal([
      ['c-HUN', 'country', 'option', 'HUN', 'M0,0L1,1Z'],
      ['c-IND', 'country', 'option', 'IND', 'M2,2L3,3Z'],
    ]);
    expect(paths.map((p) => [p.getAttribute('fill'), p.getAttribute('aria-label'), p.getAttribute('aria-selected')])).to.deep.equal([
      ['#41b6c4', 'Hungary: 0.45', 'true'],
      ['url(#no-data)', 'India: no data', null],
    ]);
  });

  it('on a new key writes only the attributes whose values changed', () => {
    const group = newGroup();
    const paths = new CountryPaths();
    paths.sync(group, shapes, 'k1', (code) => ({ fill: '#fff', label: `${code}: 1`, selected: code === 'HUN' }));
    const before = [...group.children];
    const writes = recordWrites(group);
    paths.sync(group, shapes, 'k2', (code) => ({ fill: code === 'IND' ? '#000' : '#fff', label: `${code}: 1`, selected: false }));
    expect(writes()).to.deep.equal(['HUN aria-selected', 'IND fill']);
    expect([...group.children]).to.deep.equal(before);
    expect(group.querySelector('[aria-selected]')).to.equal(null);
  });

  it('does nothing when the key, group and shapes are unchanged', () => {
    const group = newGroup();
    const paths = new CountryPaths();
    paths.sync(group, shapes, 'same', () => ({ fill: '#fff', label: 'a', selected: false }));
    let asked = 0;
    const writes = recordWrites(group);
    paths.sync(group, shapes, 'same', () => (asked++, { fill: '#000', label: 'b', selected: true }));
    expect(asked).to.equal(0);
    expect(writes()).to.deep.equal([]);
  });

  it('redraws into a new group (the template re-created it) and for new shapes (a new width)', () => {
    const paths = new CountryPaths();
    const look = () => ({ fill: '#fff', label: 'a', selected: false });
    const first = newGroup();
    paths.sync(first, shapes, 'k', look);
    const second = newGroup();
    paths.sync(second, shapes, 'k', look);
    expect(second.querySelectorAll('path.country').length).to.equal(2);
    expect(second.querySelector('path')!.getAttribute('fill')).to.equal('#fff');
    const wider = shapes.map((s) => ({ ...s, d: s.d.replace(/\d/g, '9') }));
    paths.sync(second, wider, 'k', look);
    expect([...second.querySelectorAll('path')].map((p) => p.getAttribute('d'))).to.deep.equal(['M9,9L9,9Z', 'M9,9L9,9Z']);
    expect(second.querySelector('path')!.getAttribute('aria-label')).to.equal('a');
  });
});
