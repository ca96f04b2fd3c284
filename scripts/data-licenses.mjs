#!/usr/bin/env node
// Writes DATA-LICENSES.md from data/sources.json: every shipped dataset with its
// publisher, version, licence, credit line, what a commercial publisher must do, the
// terms found (with the URL each was read from) and any licence notice to reproduce.
// Run by `npm run build:data`; a data test fails when the file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const COMMERCIAL = {
  allowed: 'allowed',
  'permission-required': 'needs written permission',
  unknown: 'unknown: ask the publisher',
};

export function dataLicenses(sources) {
  const lines = [
    '# Data licences',
    '',
    'The code of rights-atlas is MIT-licensed (see LICENSE). The bundled data in `data/` is not: each',
    'dataset keeps the terms of its publisher, listed below (generated from `data/sources.json` by',
    '`scripts/data-licenses.mjs`). Charts show the credit line and licence in their footer. Terms were',
    'checked against stored copies of the publishers\' pages; confidence A = the publisher\'s own terms',
    'page or licence file was seen, B = recorded by a reliable third party, C = inferred or no terms',
    'found. This is not legal advice.',
    '',
    '## Commercial publishers: what to do',
    '',
    '| dataset | files | commercial use | what to do |',
    '|---|---|---|---|',
    ...Object.entries(sources).map(
      ([, s]) =>
        `| ${s.title} | ${s.files.map((f) => `\`${f}\``).join(', ')} | ${COMMERCIAL[s.commercialUse]} | ${s.commercialPublisher} |`,
    ),
    '',
  ];
  for (const [id, s] of Object.entries(sources)) {
    lines.push(`## ${s.title}`, '');
    lines.push(`- Files: ${s.files.map((f) => `\`data/${f}\``).join(', ')} (dataset id \`${id}\`)`);
    lines.push(`- Publisher: ${s.publisher}`);
    lines.push(`- Version: ${s.version}${s.edition ? ` (shown as "${s.edition}")` : ''}`);
    if (s.origin) lines.push(`- Copy used: ${s.origin}`);
    lines.push(`- Licence: ${s.licence}`);
    lines.push(`- Commercial use: ${COMMERCIAL[s.commercialUse]}. ${s.commercialPublisher}`);
    lines.push(`- Credit line: ${s.credit}`);
    lines.push(`- Source: ${s.url}`);
    lines.push(`- Cite: ${s.citation}`);
    lines.push('- Terms found:', ...s.terms.map((t) => `  - ${t.url} (confidence ${t.confidence}): ${t.says}`));
    if (s.readerNote) lines.push(`- Shown beside the figures: ${s.readerNote}`);
    if (s.caveats.length) lines.push('- Caveats:', ...s.caveats.map((c) => `  - ${c}`));
    if (s.notice) lines.push('', `Notice to reproduce with this data (${s.notice.name}):`, '', '```', s.notice.text, '```');
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sources = JSON.parse(readFileSync(resolve(root, 'data/sources.json'), 'utf8'));
  writeFileSync(resolve(root, 'DATA-LICENSES.md'), dataLicenses(sources));
  console.log('wrote DATA-LICENSES.md');
}
