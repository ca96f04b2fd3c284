#!/usr/bin/env node
// Issue #13's "done when": every budget holds in three consecutive runs of
// the bench. Runs bench/elements.mjs that many times in a row (each run its
// own browser, as alone), keeps each run's results and prints one verdict
// line per run; exits 1 unless every run held every budget.
//
//   node bench/consecutive.mjs [--times 3] [any option of bench/elements.mjs]
//
// Each run's full table goes to the terminal as elements.mjs prints it; its
// results file is kept as bench/results/elements-run<N>.json.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const timesAt = argv.indexOf('--times');
const times = timesAt >= 0 ? Number(argv.splice(timesAt, 2)[1]) : 3;
if (!Number.isInteger(times) || times < 1) {
  console.error('--times takes a whole number of runs, at least 1');
  process.exit(2);
}
// Each run checks its budgets; the verdict is read from its results file, not its exit code alone.
const passThrough = argv.filter((arg) => arg !== '--report-only');

const verdicts = [];
for (let run = 1; run <= times; run++) {
  console.log(`\n— run ${run} of ${times} (load average ${loadavg()[0].toFixed(2)}) —`);
  const child = spawnSync(process.execPath, [join(here, 'elements.mjs'), ...passThrough, '--report-only'], { stdio: 'inherit' });
  if (child.status !== 0) {
    verdicts.push({ run, failures: [`bench/elements.mjs exited with ${child.status ?? child.signal}`] });
    continue;
  }
  const results = join(here, 'results', 'elements.json');
  const { failures } = JSON.parse(readFileSync(results, 'utf8'));
  copyFileSync(results, join(here, 'results', `elements-run${run}.json`));
  verdicts.push({ run, failures });
}

console.log(`\n${times} consecutive runs:`);
for (const { run, failures } of verdicts) {
  console.log(`  run ${run}: ${failures.length ? `${failures.length} budget(s) failed\n    ${failures.join('\n    ')}` : 'every budget held'}`);
}
const held = verdicts.every(({ failures }) => failures.length === 0);
console.log(held ? `Every budget held in all ${times} runs.` : `Not every budget held in all ${times} runs.`);
process.exit(held ? 0 : 1);
