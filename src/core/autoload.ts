/**
 * Defines elements on demand: looks for their tags in the page now and as the
 * page changes (CMS widgets, client-side routing), and imports each one once.
 * If an element's code cannot be loaded, its boxes say so in plain text rather
 * than staying blank, and it is tried again when another of its tags appears,
 * when the browser comes back online, or when the page calls `retry`.
 *
 * Tags inside shadow roots: the document's autoloader also watches the open
 * shadow roots it finds (of elements present at start, added later, or
 * upgraded later), but not our own elements' roots. A closed shadow root (or
 * one attached long after its host was connected) cannot be seen: its owner
 * calls `autoload(loaders, shadowRoot)`.
 */
import { messages } from './i18n.js';
import { elementLang } from './lang.js';

/**
 * Imports an element's code (and may start its data). `attempt` is 0 on the
 * first try and 1, 2, … on retries after failures, so a loader can ask for a
 * fresh copy of a chunk whose earlier download broke.
 */
export type ElementLoader = (element: Element, attempt: number) => Promise<unknown>;

/** Loaders by tag name. One loading state is shared by every `autoload` call given the same object. */
export type ElementLoaders = Readonly<Record<string, ElementLoader>>;

/** Where to look for tags: the document, a shadow root (open or closed), or an element's subtree. */
export type AutoloadRoot = Document | ShadowRoot | Element;

const msg = messages({ 'autoload.failed': 'This chart could not be loaded. Check the connection and reload the page.' });

interface TagState {
  status: 'loading' | 'loaded' | 'failed';
  /** Attempts started so far: the next attempt's number. */
  attempts: number;
  pending: Promise<void>;
}

/** One `autoload` call: its root and the open shadow roots found inside it, all on one observer. */
interface Watch {
  top: AutoloadRoot;
  roots: Set<AutoloadRoot>;
  observer: MutationObserver;
  /** Past this many roots, forget shadow roots that left the page (they are found again if they return). */
  pruneAt: number;
}

interface Shared {
  loaders: ElementLoaders;
  tags: Map<string, TagState>;
  watches: Set<Watch>;
  /** Boxes given the failure message, so a successful retry takes back only that text. */
  marked: WeakMap<Element, string>;
  /** Names of not-yet-defined elements whose definition we wait for, to look into their shadow roots. */
  awaitedHosts: Set<string>;
  listeningOnline: boolean;
}

const states = new WeakMap<ElementLoaders, Shared>();

function sharedState(loaders: ElementLoaders): Shared {
  let state = states.get(loaders);
  if (!state) {
    state = { loaders, tags: new Map(), watches: new Set(), marked: new WeakMap(), awaitedHosts: new Set(), listeningOnline: false };
    states.set(loaders, state);
  }
  return state;
}

const isOurs = (state: Shared, tag: string): boolean => Object.hasOwn(state.loaders, tag);

/** Elements named `name` in every watched root (the document, shadow roots, subtrees). */
function everywhere(state: Shared, name: string): Set<Element> {
  const found = new Set<Element>();
  for (const watch of state.watches) {
    for (const root of watch.roots) {
      if (root instanceof Element && root.localName === name) found.add(root);
      for (const element of root.querySelectorAll(name)) found.add(element);
    }
  }
  return found;
}

function showMessage(state: Shared, tag: string): void {
  for (const box of everywhere(state, tag)) {
    // Fallback content the page put inside the tag (a text, a snapshot picture) stays: it says more than the message.
    if (!box.shadowRoot && !box.textContent?.trim() && box.childElementCount === 0) {
      box.textContent = msg('autoload.failed', undefined, elementLang(box).value);
      state.marked.set(box, box.textContent);
    }
  }
}

function clearMessage(state: Shared, tag: string): void {
  for (const box of everywhere(state, tag)) {
    if (state.marked.has(box) && box.textContent === state.marked.get(box)) box.textContent = '';
    state.marked.delete(box);
  }
}

/** Starts loading `element`'s tag unless it is loading, loaded or defined; a failed tag is tried again. */
function load(state: Shared, element: Element): Promise<void> {
  const tag = element.localName;
  let entry = state.tags.get(tag);
  if (entry && entry.status !== 'failed') return entry.pending;
  if (customElements.get(tag)) {
    // Defined by someone else, or by an attempt that failed only after defining it (e.g. its data).
    state.tags.set(tag, { status: 'loaded', attempts: entry?.attempts ?? 0, pending: Promise.resolve() });
    if (entry) clearMessage(state, tag);
    return Promise.resolve();
  }
  entry ??= { status: 'loading', attempts: 0, pending: Promise.resolve() };
  state.tags.set(tag, entry);
  const attempt = entry.attempts++;
  entry.status = 'loading';
  const current = entry;
  // The element seen first may steer what is preloaded with the code (e.g. its data edition).
  current.pending = new Promise((resolve) => resolve(state.loaders[tag]!(element, attempt))).then(
    () => {
      current.status = 'loaded';
      if (attempt > 0) clearMessage(state, tag);
    },
    (error: unknown) => {
      // Defined despite the failure (its code came, its data did not): the element reports that itself.
      current.status = customElements.get(tag) ? 'loaded' : 'failed';
      console.warn(`<${tag}>: the chart's code could not be loaded`, error);
      showMessage(state, tag);
      if (!state.listeningOnline) {
        state.listeningOnline = true;
        window.addEventListener('online', () => void retryFailed(state));
      }
    },
  );
  return current.pending;
}

function retryFailed(state: Shared): Promise<void> {
  const loading: Promise<void>[] = [];
  for (const [tag, entry] of state.tags) {
    if (entry.status !== 'failed') continue;
    const [box] = everywhere(state, tag);
    if (box) loading.push(load(state, box));
  }
  return Promise.all(loading).then(() => undefined);
}

/** Looks at `node` and its subtree: loads our tags, and watches the open shadow roots of other elements. */
function scan(state: Shared, watch: Watch, node: ParentNode): void {
  const visit = (element: Element): void => {
    const name = element.localName;
    // Our own elements never hold other tags: their (busy) shadow roots are not watched.
    if (isOurs(state, name)) return void load(state, element);
    if (element.shadowRoot) addRoot(state, watch, element.shadowRoot);
    else if (name.includes('-') && !state.awaitedHosts.has(name) && !customElements.get(name)) awaitHost(state, name);
  };
  if (node instanceof Element) visit(node);
  for (const element of node.querySelectorAll('*')) visit(element);
}

/** A host that is not defined yet gets its shadow root when it is: look inside then. */
function awaitHost(state: Shared, name: string): void {
  state.awaitedHosts.add(name);
  customElements.whenDefined(name).then(
    () => {
      for (const watch of state.watches) {
        for (const root of [...watch.roots]) {
          const hosts = [...root.querySelectorAll(name)];
          if (root instanceof Element && root.localName === name) hosts.push(root);
          for (const host of hosts) if (host.shadowRoot) addRoot(state, watch, host.shadowRoot);
        }
      }
    },
    () => {}, // not a valid custom element name (e.g. SVG's font-face)
  );
}

function addRoot(state: Shared, watch: Watch, root: AutoloadRoot): void {
  if (watch.roots.has(root)) return;
  watch.roots.add(root);
  // A shadow root is watched itself: a Lit host fills it in a microtask after it is connected.
  watch.observer.observe(root, { childList: true, subtree: true });
  scan(state, watch, root);
  if (watch.roots.size > watch.pruneAt) {
    for (const known of watch.roots) if (known !== watch.top && !known.isConnected) watch.roots.delete(known);
    watch.pruneAt = Math.max(64, 2 * watch.roots.size);
  }
}

/**
 * Loads the elements of `loaders` whose tags are in `root` (the document by
 * default, or e.g. a component's closed shadow root) now and as it changes.
 * Every call with the same `loaders` shares one state: each tag is imported
 * once across all roots, and a failure is shown in its boxes in all of them.
 * Returns a function that stops watching this root.
 */
export function autoload(loaders: ElementLoaders, root: AutoloadRoot = document): () => void {
  const state = sharedState(loaders);
  const watch: Watch = {
    top: root,
    roots: new Set(),
    observer: new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) scan(state, watch, node as Element);
      }
    }),
    pruneAt: 64,
  };
  state.watches.add(watch);
  addRoot(state, watch, root);
  return () => {
    watch.observer.disconnect();
    state.watches.delete(watch);
  };
}

/**
 * Tries again to load every tag of `loaders` whose code failed (as the
 * autoloader does by itself when the browser comes back online). Resolves
 * when those attempts have settled; never rejects.
 */
export function retry(loaders: ElementLoaders): Promise<void> {
  const state = states.get(loaders);
  return state ? retryFailed(state) : Promise.resolve();
}
