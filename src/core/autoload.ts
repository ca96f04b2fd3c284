/**
 * Defines elements on demand: looks for their tags in the page now and as the
 * page changes (CMS widgets, client-side routing), and imports each one once.
 * If an element's code cannot be loaded, its boxes say so in plain text rather
 * than staying blank.
 */
export function autoload(loaders: Record<string, (element: Element) => Promise<unknown>>, root: Document = document): void {
  const tags = Object.keys(loaders);
  const selector = tags.join(',');
  const started = new Set<string>();

  const load = (element: Element): void => {
    const tag = element.localName;
    if (started.has(tag) || customElements.get(tag)) return;
    started.add(tag);
    // The first element seen may steer what is preloaded with the code (e.g. its data edition).
    loaders[tag]!(element).catch((error: unknown) => {
      started.delete(tag);
      console.warn(`<${tag}>: the chart's code could not be loaded`, error);
      for (const element of root.querySelectorAll(tag)) {
        if (!element.shadowRoot && !element.textContent?.trim()) {
          element.textContent = 'This chart could not be loaded. Check the connection and reload the page.';
        }
      }
    });
  };

  const scan = (node: Document | Element): void => {
    if (node instanceof Element && node.localName in loaders) load(node);
    for (const element of node.querySelectorAll(selector)) load(element);
  };

  scan(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) scan(node as Element);
    }
  }).observe(root.documentElement, { childList: true, subtree: true });
}
