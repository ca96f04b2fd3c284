import { expect } from '@open-wc/testing';
import { nearestTo, nextByName, nextInDirection } from '../../src/core/spatial-nav.js';

// A plus-shaped layout: centre C with neighbours on each side and a far diagonal point.
const points = [
  { id: 'C', x: 0, y: 0 },
  { id: 'E', x: 10, y: 1 },
  { id: 'W', x: -10, y: 0 },
  { id: 'N', x: 0, y: -10 },
  { id: 'S', x: 1, y: 10 },
  { id: 'FarNE', x: 8, y: -30 },
];

describe('nextInDirection', () => {
  it('moves to the neighbour on the pressed side', () => {
    expect(nextInDirection(points, 'C', 'right')).to.equal('E');
    expect(nextInDirection(points, 'C', 'left')).to.equal('W');
    expect(nextInDirection(points, 'C', 'up')).to.equal('N');
    expect(nextInDirection(points, 'C', 'down')).to.equal('S');
  });
  it('prefers points within the cone over closer sideways ones', () => {
    expect(nextInDirection(points, 'W', 'right')).to.equal('C');
  });
  it('returns undefined at the edge', () => {
    expect(nextInDirection(points, 'W', 'left')).to.equal(undefined);
  });
});

describe('nearestTo and nextByName', () => {
  it('finds the point closest to a position', () => {
    expect(nearestTo(points, 9, 0)).to.equal('E');
  });
  it('jumps to the next name with a prefix and wraps around', () => {
    const entries = [
      { id: 'HUN', name: 'Hungary' },
      { id: 'HND', name: 'Honduras' },
      { id: 'IND', name: 'India' },
    ];
    expect(nextByName(entries, undefined, 'h', 'en')).to.equal('HND');
    expect(nextByName(entries, 'HND', 'h', 'en')).to.equal('HUN');
    expect(nextByName(entries, 'HUN', 'h', 'en')).to.equal('HND');
    expect(nextByName(entries, 'HUN', 'z', 'en')).to.equal(undefined);
  });
});
