// One line in the test report says whether the rebuild-from-raw checks ran.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RAW_AVAILABLE, RAW_SKIPPED } from './helpers.mjs';

test('rebuild-from-raw checks', { skip: RAW_AVAILABLE ? false : RAW_SKIPPED }, () => {
  assert.ok(RAW_AVAILABLE);
});
