// Shareable views: what a chart shows (its view state), the `rights-state-change`
// event that reports each change of it, and `sync-url`, which keeps it in the
// page's URL hash so a reader's link reproduces the view.
import type { ReactiveController, ReactiveElement } from 'lit';
import { emit } from './events.js';
import { parseSwitch, type Parsed } from './parse.js';

/**
 * Reflected attributes that set a chart up or style it rather than say what it
 * shows: never part of its view state, never read from or written to the URL.
 * (`lang` and `heading` are not reflected; they are listed for clarity.)
 */
export const NOT_VIEW_STATE: ReadonlySet<string> = new Set(['theme', 'lang', 'heading', 'controls', 'downloads', 'sync-url', 'for', 'follow', 'speed']);

type PropertyOptions = { attribute?: string | boolean; reflect?: boolean; state?: boolean };
type ElementClass = { elementProperties: Map<PropertyKey, PropertyOptions> };

const attributeLists = new WeakMap<object, readonly string[]>();

/**
 * The view-state attributes of an element class, in declaration order: every
 * reflected Lit property (`@property({ reflect: true })`) but those in
 * NOT_VIEW_STATE. Derived, so a chart's new reflected attribute joins its view
 * state (and its links) without a list to update.
 */
export function viewStateAttributes(ctor: ElementClass): readonly string[] {
  let names = attributeLists.get(ctor);
  if (!names) {
    names = [...ctor.elementProperties]
      .filter(([name, o]) => typeof name === 'string' && o.reflect && !o.state && o.attribute !== false)
      .map(([name, o]) => (typeof o.attribute === 'string' ? o.attribute : (name as string).toLowerCase()))
      .filter((name) => !NOT_VIEW_STATE.has(name));
    attributeLists.set(ctor, names);
  }
  return names;
}

/** `sync-url`: a switch that is off unless set (`parseSwitch`: the bare attribute, `true`, "true", "on", "yes" turn it on). */
export const parseSyncUrl = (raw: unknown): Parsed<boolean> => parseSwitch(raw, 'sync-url', false);

// — the URL hash, as text (pure; `hash` is location.hash without its "#") —

/**
 * True for a hash that is an anchor (`#methods`), not a list of `key=value`
 * entries: the charts leave it alone and do not write to it.
 */
export function isPlainAnchor(hash: string): boolean {
  return hash !== '' && !hash.includes('=');
}

/** The decoded key of one `&`-separated segment of the hash. */
function keyOf(segment: string): string {
  const [entry] = new URLSearchParams(segment);
  return entry?.[0] ?? '';
}

/** `names`' values under `prefix` (keys `prefix.name`) in the hash; other keys are ignored. */
export function readHash(hash: string, prefix: string, names: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  if (isPlainAnchor(hash)) return found;
  for (const [key, value] of new URLSearchParams(hash)) {
    if (!key.startsWith(`${prefix}.`)) continue;
    const name = key.slice(prefix.length + 1);
    if (names.includes(name)) found.set(name, value);
  }
  return found;
}

/**
 * The hash with this element's entries (`prefix.name=value`, for `names`)
 * replaced by `entries`, in place of the first old one (else at the end).
 * Every other segment is kept as it was, byte for byte. Undefined for a plain
 * anchor, which is left alone.
 */
export function writeHash(hash: string, prefix: string, names: readonly string[], entries: readonly (readonly [string, string])[]): string | undefined {
  if (isPlainAnchor(hash)) return undefined;
  const ours = new Set(names.map((name) => `${prefix}.${name}`));
  const mine = entries.map(([name, value]) => new URLSearchParams([[`${prefix}.${name}`, value]]).toString());
  const kept: string[] = [];
  let at = -1;
  for (const segment of hash ? hash.split('&') : []) {
    if (ours.has(keyOf(segment))) {
      if (at < 0) at = kept.length;
    } else if (segment) {
      kept.push(segment);
    }
  }
  kept.splice(at < 0 ? kept.length : at, 0, ...mine);
  return kept.join('&');
}

// — the controller —

/** What the controller needs of its element (a RightsElement). */
export interface ViewStateHost extends ReactiveElement {
  syncUrl: unknown;
}

/**
 * Watches an element's view state (the attributes `viewStateAttributes`
 * lists, as the element reflects them, its own defaults included): after each
 * update in which it changed, fires `rights-state-change` with
 * `{ attributes }` (the non-empty ones, name → text); the state of the first
 * render is not a change.
 *
 * With `sync-url` on, it also keeps the view in the page's URL hash, as
 * `#<key>.<attribute>=<value>&…` (URLSearchParams encoding: `+` for a space),
 * writing only what differs from the page's own view (the attributes as the
 * page set them, and the element's defaults): a link holds what the reader
 * changed, and an attribute the page set that the reader cleared is written
 * empty (`key.selected=`). `<key>` is the element's `id`, else its tag
 * without `rights-`, with `-2`, `-3`… for the second, third… element of that
 * tag without an id that syncs.
 *
 * - Before the first render it applies the hash's entries for this element
 *   (view-state attributes only, through `setAttribute`, so the element's own
 *   parsers read them and report bad values); other keys are ignored.
 * - On each change it rewrites this element's entries with
 *   `history.replaceState` (no history entry, no scroll), keeping every other
 *   part of the hash byte for byte, before the event fires (a listener that
 *   copies the address gets the new view).
 * - On `hashchange` (back, forward, an edited address) a hash with entries for
 *   this element is its whole view again: those entries applied, its other
 *   view-state attributes back to the page's view. A hash without any is
 *   about something else, and the view stays.
 * - A hash that is a plain anchor (`#methods`, no `=`) is neither read nor
 *   overwritten.
 */
export class ViewStateController implements ReactiveController {
  /** The last state seen after an update (undefined before the first render). */
  private last?: string;
  /** View-state attributes as the page set them, before the hash was read (null: not set). */
  private before?: Map<string, string | null>;
  /** Attributes the hash set before the first render: the page's own value of those is unknown. */
  private readonly restored = new Set<string>();
  /** The page's own view, name → text ('' for none), known after the first render. */
  private readonly baseline = new Map<string, string>();
  private warned = false;

  constructor(private readonly host: ViewStateHost) {
    host.addController(this);
  }

  private get names(): readonly string[] {
    return viewStateAttributes(this.host.constructor as unknown as ElementClass);
  }

  private get syncing(): boolean {
    return parseSyncUrl(this.host.syncUrl).value;
  }

  /** The view state: non-empty view-state attributes, name → text. */
  get attributes(): Record<string, string> {
    const state: Record<string, string> = {};
    for (const name of this.names) {
      const value = this.host.getAttribute(name);
      if (value !== null && value !== '') state[name] = value;
    }
    return state;
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    if (this.host.hasUpdated || this.before) return;
    this.before = new Map(this.names.map((name) => [name, this.host.getAttribute(name)]));
    if (this.syncing) for (const name of this.restore()) this.restored.add(name);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    const first = this.last === undefined;
    if (first) {
      for (const name of this.names) {
        const set = this.before?.get(name) ?? null;
        if (set !== null) this.baseline.set(name, set);
        else if (!this.restored.has(name)) this.baseline.set(name, this.host.getAttribute(name) ?? '');
      }
    }
    const state = this.attributes;
    const text = JSON.stringify(state);
    if (text === this.last) return;
    this.last = text;
    if (first) return;
    if (this.syncing) this.write();
    emit(this.host, 'rights-state-change', { attributes: state });
  }

  /** This element's key in the hash (see the class comment). */
  private key(): string {
    const host = this.host;
    const id = host.id.trim();
    if (id) return id;
    const tag = host.localName;
    const root = host.getRootNode() as Document | ShadowRoot;
    // An element not upgraded yet has no property: its attribute says.
    const syncs = (el: Element): boolean => parseSyncUrl('syncUrl' in el ? el.syncUrl : el.getAttribute('sync-url')).value;
    const peers = [...(root.querySelectorAll?.(tag) ?? [])].filter((el) => !el.id.trim() && syncs(el));
    const index = Math.max(0, peers.indexOf(host));
    return tag.replace(/^rights-/, '') + (index ? `-${index + 1}` : '');
  }

  private hash(): string {
    return location.hash.replace(/^#/, '');
  }

  /**
   * Applies this element's entries in the hash, if it has any, and after the
   * first render puts its other view-state attributes back to the page's
   * view; returns the names the hash held. The element's parsers read the
   * values as any attribute.
   */
  private restore(): string[] {
    const found = readHash(this.hash(), this.key(), this.names);
    if (!found.size) return [];
    for (const name of this.names) {
      const value = found.get(name) ?? (this.last === undefined ? undefined : this.baseline.get(name));
      if (value !== undefined && (this.host.getAttribute(name) ?? '') !== value) this.host.setAttribute(name, value);
    }
    return [...found.keys()];
  }

  /** This element's entries: what differs from the page's own view. */
  private entries(): [string, string][] {
    return this.names.flatMap((name): [string, string][] => {
      const value = this.host.getAttribute(name) ?? '';
      const base = this.baseline.get(name);
      return (base === undefined ? value === '' : value === base) ? [] : [[name, value]];
    });
  }

  private write(): void {
    const current = this.hash();
    const next = writeHash(current, this.key(), this.names, this.entries());
    if (next === undefined || next === current) return;
    try {
      const url = new URL(location.href);
      url.hash = next; // '' drops the "#" too
      history.replaceState(history.state, '', url.href);
    } catch (error) {
      // A sandboxed or opaque-origin document may refuse: the chart keeps working without it.
      if (!this.warned) console.warn(`<${this.host.localName}>: the view could not be written to the page address.`, error);
      this.warned = true;
    }
  }

  private readonly onHashChange = (): void => {
    if (this.syncing) this.restore();
  };
}
