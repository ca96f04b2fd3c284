import { expect, type html } from '@open-wc/testing';
import { quietly } from './dom.js';

type Template = ReturnType<typeof html>;

/** One case per named state: the element `render` makes of its template passes axe. */
export function itPassesAxe(states: [string, Template][], render: (template: Template) => Promise<Element>): void {
  for (const [name, template] of states) {
    it(`passes axe: ${name}`, async () => {
      const el = await quietly(() => render(template));
      await expect(el).to.be.accessible();
    });
  }
}
