import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { until } from '../helpers/wait.js';

// A 100 KB attribute value must not be repeated in full in the notice or in console.warn.
const HUGE = 'x'.repeat(100_000);

async function noticeFor(tag: string, attribute: string): Promise<{ notice: string; warned: number }> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement(tag);
    el.setAttribute(attribute, HUGE);
    wrapper.append(el);
    const notice = await until(() => el.shadowRoot?.querySelector('[part=notice]')?.textContent, `<${tag}> ${attribute} notice`);
    return { notice, warned: Math.max(0, ...warnings.map((w) => w.length)) };
  } finally {
    console.warn = warn;
  }
}

describe('long attribute values are shortened when echoed', () => {
  for (const [tag, attribute] of [
    ['rights-democracy-trend', 'compare'],
    ['rights-timeline', 'speed'],
    ['rights-timeline', 'for'],
    ['rights-democracy-change', 'limit'],
    ['rights-democracy-map', 'highlight'],
  ] as const) {
    it(`<${tag}> ${attribute}`, async () => {
      const { notice, warned } = await noticeFor(tag, attribute);
      expect(notice.length, 'notice length').to.be.below(1000);
      expect(warned, 'console.warn length').to.be.below(1000);
    });
  }
});
