import { expect } from '@open-wc/testing';
import { fitLabel, nameLines } from '../../src/core/labels.js';

describe('labels', () => {
  it('nameLines keeps a name that fits on one line', () => {
    expect(nameLines('Mali', 12)).to.deep.equal(['Mali']);
  });

  it('nameLines breaks at the most even space, each line within the limit', () => {
    expect(nameLines('Burkina Faso', 10)).to.deep.equal(['Burkina', 'Faso']);
    const lines = nameLines('Central African Republic', 16)!;
    expect(lines).to.have.length(2);
    expect(lines.join(' ')).to.equal('Central African Republic');
    for (const line of lines) expect(line.length).to.be.at.most(16);
    // The most even break: "Central African" + "Republic", not "Central" + "African Republic".
    expect(lines[0]).to.equal("Central African");
  });

  it('nameLines gives up when a word is longer than a line or there is no space', () => {
    expect(nameLines('Liechtenstein', 8)).to.equal(undefined);
    expect(nameLines('Bosnia and Herzegovina', 8)).to.equal(undefined);
  });

  it('fitLabel falls back to the short form, then cuts', () => {
    expect(fitLabel('United States', 'USA', 20)).to.equal('United States');
    expect(fitLabel('United States', 'USA', 6)).to.equal('USA');
    expect(fitLabel('United States', 'USA', 2)).to.equal('U…');
  });
});
