/**
 * Registers a custom element once. Two copies of the bundle on one page (a CMS
 * that pastes the snippet twice) must not throw "name already used".
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
