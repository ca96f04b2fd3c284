// Issue #12 point 8: page rules on the host must not reach inside a chart.
// `*` matches the custom element itself and a page rule beats a `:host` rule,
// so anything inherited from the host would follow the page; the charts set
// their text properties on their own `.chart` box instead.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { $ } from '../helpers/dom.js';
import { afterLayout, settled } from '../helpers/wait.js';
import { drawnChart, EVERY_CHART } from '../helpers/charts.js';

const CHARTS = EVERY_CHART;

const HOSTILE: Record<string, string> = {
  'tiny text and no line height': '* { font-size: 4px; line-height: 0 }',
  'tall lines, !important': '* { line-height: 5 !important }',
  'every other inherited text property':
    "* { font: italic small-caps 700 30px/3 'Courier New', monospace !important; letter-spacing: 3px; word-spacing: 10px; text-transform: uppercase;" +
    ' text-indent: 40px; white-space: pre; text-align: center; direction: rtl; text-shadow: 0 0 2px red; text-wrap: balance }',
};

/** Inherited properties a page could change through the host. */
const PROPERTIES = [
  'fontSize',
  'lineHeight',
  'fontFamily',
  'fontStyle',
  'fontWeight',
  'fontVariantCaps',
  'letterSpacing',
  'wordSpacing',
  'textTransform',
  'textIndent',
  'whiteSpace',
  'textAlign',
  'direction',
  'textShadow',
  'textWrapStyle',
] as const;

/** Text inside the shadow root: the root box, heading, an SVG label, a control, the footer. */
const PROBES = ['.chart', 'h2', 'svg text', '.toolbar select', 'button', '.timeline output', '.legend', '.summary', 'footer'];

type Styles = Record<string, Record<string, string>>;

function textStyles(el: Element): Styles {
  const styles: Styles = {};
  for (const selector of PROBES) {
    const node = $(el, selector);
    if (!node) continue;
    const computed = getComputedStyle(node) as unknown as Record<string, string>;
    styles[selector] = Object.fromEntries(PROPERTIES.map((name) => [name, computed[name] ?? '']));
  }
  return styles;
}

const loaded = drawnChart;

/** Adds a page style sheet for the duration of `run`. */
async function withPageStyle<T>(rules: string, run: () => Promise<T>): Promise<T> {
  const style = document.createElement('style');
  style.textContent = rules;
  document.head.append(style);
  try {
    return await run();
  } finally {
    style.remove();
  }
}

describe('page styles on the host do not reach inside a chart (#12.8)', () => {
  for (const [tag, drawn, attributes] of CHARTS) {
    it(`<${tag}> keeps its text and height under hostile page rules`, async () => {
      const el = await loaded(tag, drawn, attributes);
      const chart = $(el, '.chart')!;
      expect(getComputedStyle(chart).fontSize, 'base size').to.equal('14px');
      expect(getComputedStyle(chart).lineHeight, 'line height 1.4').to.equal('19.6px');
      const before = textStyles(el);
      const height = el.getBoundingClientRect().height;
      for (const [name, rules] of Object.entries(HOSTILE)) {
        await withPageStyle(rules, async () => {
          await afterLayout(el);
          expect(getComputedStyle(el).lineHeight, `${name}: the rule does reach the host`).not.to.equal('normal');
          expect(textStyles(el), `${name}: text inside`).to.deep.equal(before);
          expect(el.getBoundingClientRect().height, `${name}: height`).to.be.closeTo(height, 2);
        });
      }
    });
  }

  it('the page font-family stays outside; --rights-font and --rights-font-size restyle the chart', async () => {
    const el = await loaded('rights-regime-share', 'svg.plot path.band', {});
    const chart = $(el, '.chart')!;
    const family = getComputedStyle(chart).fontFamily;
    expect(family).to.match(/^system-ui/);
    await withPageStyle('* { font-family: Georgia, serif !important }', async () => {
      await afterLayout(el);
      expect(getComputedStyle(el).fontFamily, 'reaches the host').to.match(/Georgia/);
      expect(getComputedStyle(chart).fontFamily, 'not the chart').to.equal(family);
    });
    // The documented way in: custom properties, on the element or any ancestor.
    await withPageStyle(':root { --rights-font: Georgia, serif; --rights-font-size: 18px }', async () => {
      await afterLayout(el);
      expect(getComputedStyle(chart).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(chart).fontSize).to.equal('18px');
      expect(getComputedStyle($(el, 'h2')!).fontSize, 'sizes are relative to it').to.equal('20.7px');
      expect(getComputedStyle($(el, 'svg text')!).fontFamily, 'SVG labels too').to.equal('Georgia, serif');
    });
    await settled(el);
  });
});
