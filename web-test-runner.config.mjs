// Component and unit tests in real Chromium. Chromium comes from CHROME_PATH or
// Debian's /usr/bin/chromium (apt-get install -y chromium); no download.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/lib/browser.mjs';

let executablePath;
try {
  executablePath = chromiumPath();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: a background tab gets no focus and throttled frames.
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } })],
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'esnext', tsconfig: './tsconfig.json' })],
};
