// Caveats and reader notes come from the data build (data/sources.json). The
// charts say some of them as messages, so that they can be translated; their
// English must stay the data's sentence word for word (#16), else the English
// chart and the data's provenance would disagree.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import '../helpers/views.js';
import { ENGLISH } from '../../src/core/i18n.js';
import sourcesJson from '../../data/sources.json';

interface SourceRecord {
  caveats?: string[];
  readerNote?: string;
}

const DATA_SENTENCES = [
  ...new Set(
    Object.values(sourcesJson as Record<string, SourceRecord>).flatMap((source) => [...(source.caveats ?? []), ...(source.readerNote ? [source.readerNote] : [])]),
  ),
];

/** The messages that quote a data sentence: those starting with its first 40 characters. */
function quotes(): { key: string; english: string; data: string }[] {
  const found: { key: string; english: string; data: string }[] = [];
  for (const [key, english] of Object.entries(ENGLISH)) {
    if (typeof english !== 'string') continue;
    const data = DATA_SENTENCES.find((sentence) => english.startsWith(sentence.slice(0, 40)));
    if (data) found.push({ key, english, data });
  }
  return found;
}

describe('data sentences said as messages (#16)', () => {
  it('quote the data word for word', () => {
    const found = quotes();
    // TBIJ (2 in harm wording, 3 in the strike map and civilian harm), civilian-harm sources (4),
    // V-Dem, regime share (3), ForeignAssistance.gov and SIPRI (5): a copy whose start drifts
    // from the data is no longer found and lowers the count.
    expect(found.length, found.map((f) => f.key).join(', ')).to.be.at.least(17);
    for (const { key, english, data } of found) expect(english, key).to.equal(data);
  });
});
