import { expect } from '@open-wc/testing';
import { namesWritten } from '../../helpers/wait.js';
import { CountryPaths, type CountryLook, type CountryState } from '../../../src/charts/democracy-map/country-paths.js';

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

/** A state whose looks and names are the given ones; keys name them. */
function state(key: string, look: (code: string) => CountryLook, label: (code: string) => string, active = ''): CountryState {
  return { lookKey: key, look, labelKey: key, label, active };
}

const labelsOf = (group: SVGGElement): (string | null)[] => [...group.querySelectorAll('path')].map((p) => p.getAttribute('aria-label'));

describe('CountryPaths', () => {
  it('draws one listbox option per shape, with its id, code, outline and look', () => {
    const group = newGroup();
    const looks: Record<string, CountryLook> = {
      HUN: { fill: '#41b6c4', selected: true },
      IND: { fill: 'url(#no-data)', selected: false },
    };
    const labels: Record<string, string> = { HUN: 'Hungary: 0.45', IND: 'India: no data' };
    new CountryPaths().sync(group, shapes, state('k1', (code) => looks[code]!, (code) => labels[code]!));
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

  it('on a new key writes only the colours and selections that changed, in the update', () => {
    const group = newGroup();
    const paths = new CountryPaths();
    paths.sync(group, shapes, state('k1', (code) => ({ fill: '#fff', selected: code === 'HUN' }), (code) => `${code}: 1`));
    const before = [...group.children];
    const writes = recordWrites(group);
    paths.sync(group, shapes, state('k2', (code) => ({ fill: code === 'IND' ? '#000' : '#fff', selected: false }), (code) => `${code}: 1`));
    expect(writes()).to.deep.equal(['HUN aria-selected', 'IND fill']);
    expect([...group.children]).to.deep.equal(before);
    expect(group.querySelector('[aria-selected]')).to.equal(null);
  });

  it('does nothing when the key, group and shapes are unchanged', () => {
    const group = newGroup();
    const paths = new CountryPaths();
    paths.sync(group, shapes, state('same', () => ({ fill: '#fff', selected: false }), () => 'a'));
    let asked = 0;
    const writes = recordWrites(group);
    paths.sync(group, shapes, state('same', () => (asked++, { fill: '#000', selected: true }), () => (asked++, 'b'), 'HUN'));
    expect(asked).to.equal(0);
    expect(writes()).to.deep.equal([]);
  });

  it('redraws into a new group (the template re-created it) and for new shapes (a new width)', () => {
    const paths = new CountryPaths();
    const look = state('k', () => ({ fill: '#fff', selected: false }), () => 'a');
    const first = newGroup();
    paths.sync(first, shapes, look);
    const second = newGroup();
    paths.sync(second, shapes, look);
    expect(second.querySelectorAll('path.country').length).to.equal(2);
    expect(second.querySelector('path')!.getAttribute('fill')).to.equal('#fff');
    const wider = shapes.map((s) => ({ ...s, d: s.d.replace(/\d/g, '9') }));
    paths.sync(second, wider, look);
    expect([...second.querySelectorAll('path')].map((p) => p.getAttribute('d'))).to.deep.equal(['M9,9L9,9Z', 'M9,9L9,9Z']);
    expect(second.querySelector('path')!.getAttribute('aria-label')).to.equal('a');
  });

  it('writes a new year\'s colours at once and its names when idle, the focused option\'s at once', async () => {
    const group = newGroup();
    const paths = new CountryPaths();
    paths.sync(group, shapes, state('2019', () => ({ fill: '#fff', selected: false }), (code) => `${code} 2019`));
    expect(labelsOf(group), 'a new group gets every name at once').to.deep.equal(['HUN 2019', 'IND 2019']);
    paths.sync(group, shapes, state('2020', () => ({ fill: '#000', selected: false }), (code) => `${code} 2020`, 'IND'));
    expect([...group.querySelectorAll('path')].map((p) => p.getAttribute('fill'))).to.deep.equal(['#000', '#000']);
    expect(labelsOf(group), 'the focused option now, the other when idle').to.deep.equal(['HUN 2019', 'IND 2020']);
    await namesWritten();
    expect(labelsOf(group)).to.deep.equal(['HUN 2020', 'IND 2020']);
  });

  it('names the option focused while names are pending at once, and writes only the last year\'s names', async () => {
    const group = newGroup();
    const paths = new CountryPaths();
    const asked: string[] = [];
    const label = (year: string) => (code: string) => (asked.push(`${code} ${year}`), `${code} ${year}`);
    paths.sync(group, shapes, state('2019', () => ({ fill: '#fff', selected: false }), label('2019')));
    paths.sync(group, shapes, state('2020', () => ({ fill: '#fff', selected: false }), label('2020')));
    paths.sync(group, shapes, state('2021', () => ({ fill: '#fff', selected: false }), label('2021')));
    // Focus moves to HUN with the same year (a hover or focus re-render): its name is written then.
    paths.sync(group, shapes, state('2021', () => ({ fill: '#fff', selected: false }), label('2021'), 'HUN'));
    expect(labelsOf(group)).to.deep.equal(['HUN 2021', 'IND 2019']);
    await namesWritten();
    expect(labelsOf(group)).to.deep.equal(['HUN 2021', 'IND 2021']);
    expect(asked.filter((name) => name.endsWith('2020')), 'a year passed over is never named').to.deep.equal([]);
  });
});
