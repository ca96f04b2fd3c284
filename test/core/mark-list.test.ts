import { expect } from '@open-wc/testing';
import { nextKey } from '../../src/core/mark-list.js';

describe('nextKey: arrow keys over marks along a time axis', () => {
  const years = [2019, 2020, 2021, 2022];

  it('starts at the first mark when none has focus yet', () => {
    expect(nextKey('ArrowRight', years, undefined)).to.equal(2019);
    expect(nextKey('ArrowLeft', years, undefined)).to.equal(2019);
  });

  it('steps one mark either way and stops at the ends', () => {
    expect(nextKey('ArrowRight', years, 2020)).to.equal(2021);
    expect(nextKey('ArrowDown', years, 2020)).to.equal(2021);
    expect(nextKey('ArrowLeft', years, 2020)).to.equal(2019);
    expect(nextKey('ArrowUp', years, 2019)).to.equal(2019);
    expect(nextKey('ArrowRight', years, 2022)).to.equal(2022);
  });

  it('Home and End go to the ends; other keys do not move', () => {
    expect(nextKey('Home', years, 2021)).to.equal(2019);
    expect(nextKey('End', years, 2019)).to.equal(2022);
    expect(nextKey('a', years, 2020)).to.equal(undefined);
    expect(nextKey('Enter', years, 2020)).to.equal(undefined);
  });

  it('a focused mark that is no longer drawn moves from the start', () => {
    expect(nextKey('ArrowRight', years, 1999)).to.equal(2019);
  });

  it('no marks, no move', () => {
    expect(nextKey('ArrowRight', [], undefined)).to.equal(undefined);
  });
});
