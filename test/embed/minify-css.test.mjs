// The embed build's CSS minifier (scripts/lib/minify-css.mjs): what it removes
// must not change what the CSS means.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss } from '../../scripts/lib/minify-css.mjs';

test('comments and layout whitespace go', () => {
  assert.equal(minifyCss(`
    :host {
      display: block; /* a comment */
      font: 12px 'Segoe UI', sans-serif;
    }
  `), ":host{display:block;font:12px 'Segoe UI',sans-serif}");
});

test('a descendant combinator before a pseudo-class keeps its space', () => {
  assert.equal(minifyCss('.chart :focus { outline: none; }'), '.chart :focus{outline:none}');
  assert.equal(minifyCss('.a   .b > .c{x:y}'), '.a .b > .c{x:y}');
});

test('interpolations and at-rules survive', () => {
  assert.equal(minifyCss('${toolbarStyles}\n  .stage { width: ${w}px; }'), '${toolbarStyles}.stage{width:${w}px}');
  assert.equal(minifyCss('@media not print {\n .chart.dark { --_text: #fff; }\n}'), '@media not print{.chart.dark{--_text:#fff}}');
});

test('a product of two numbers in em is written as its value; other calc() stays', () => {
  assert.equal(minifyCss('h2 { min-height: calc(2 * 1.3em); }\n.notes { min-height: calc(13.1 * 1.4em); }'), 'h2{min-height:2.6em}.notes{min-height:18.34em}');
  assert.equal(minifyCss('.a { width: calc(100% - 2 * 1.4em); }'), '.a{width:calc(100% - 2 * 1.4em)}');
});

test('an attribute selector keeps its quotes only where its value is no plain identifier', () => {
  assert.equal(minifyCss('h2[data-measure="military-aid"] { x: y; }'), 'h2[data-measure=military-aid]{x:y}');
  assert.equal(minifyCss('[lang|="ar"], [dir="rtl"] { x: y; }'), '[lang|=ar],[dir=rtl]{x:y}');
  assert.equal(minifyCss('[data-x="2020"], [data-y="a b"], [data-z="-1"] { x: y; }'), '[data-x="2020"],[data-y="a b"],[data-z="-1"]{x:y}');
});
