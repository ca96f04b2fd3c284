#!/usr/bin/env node
// Writes DATA-LICENSES.md from data/sources.json: every shipped dataset with its
// publisher, version, licence, citation and caveats. Run by `npm run build:data`;
// a data test fails when the file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function dataLicenses(sources) {
  const lines = [
    '# Data licences',
    '',
    'The code of rights-atlas is MIT-licensed (see LICENSE). The bundled data in `data/` is not: each',
    'dataset keeps the licence and citation terms of its publisher, listed below (generated from',
    '`data/sources.json` by `scripts/data-licenses.mjs`). Charts show the source, version and licence',
    'in their footer. Where a licence is marked "verify", its terms could not be confirmed from the',
    'material at hand and must be checked before publication.',
    '',
  ];
  for (const [id, s] of Object.entries(sources)) {
    lines.push(`## ${s.title}`, '');
    lines.push(`- Files: ${s.files.map((f) => `\`data/${f}\``).join(', ')} (dataset id \`${id}\`)`);
    lines.push(`- Publisher: ${s.publisher}`);
    lines.push(`- Version: ${s.version}`);
    lines.push(`- Licence: ${s.licence}`);
    lines.push(`- Source: ${s.url}`);
    lines.push(`- Cite: ${s.citation}`);
    if (s.caveats.length) lines.push(`- Caveats:`, ...s.caveats.map((c) => `  - ${c}`));
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sources = JSON.parse(readFileSync(resolve(root, 'data/sources.json'), 'utf8'));
  writeFileSync(resolve(root, 'DATA-LICENSES.md'), dataLicenses(sources));
  console.log('wrote DATA-LICENSES.md');
}
