// Waiting on conditions, never on the clock: a loaded machine makes any fixed
// sleep too short some of the time. Each helper names what it waits for.
import { stageClientWidth } from '../../src/core/stage-width.js';
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** Long enough for a loaded 2-core machine, well inside mocha's 10 s test timeout. */
export const WAIT_TIMEOUT = 8000;

type Updating = Element & { updateComplete?: Promise<boolean> };

/** Polls `predicate` until it returns a truthy value, and returns that value. */
export async function until<T>(predicate: () => T, message: string, timeout = WAIT_TIMEOUT): Promise<NonNullable<T>> {
  let value: T | undefined;
  await waitUntil(() => (value = predicate()), message, { timeout, interval: 10 });
  return value as NonNullable<T>;
}

/** Resolves once the element has no Lit update pending (an update may request another). */
export async function settled(el: Element): Promise<void> {
  const host = el as Updating;
  for (let i = 0; i < 20; i++) if ((await host.updateComplete) !== false) return;
}

/**
 * Waits until the page has been idle once since now. A map writes its
 * countries' names in an idle callback asked for by its update
 * (core/option-names.ts); idle callbacks run in the order asked, and one
 * past its deadline runs sooner, so after this one the names are written.
 */
export function namesWritten(): Promise<void> {
  return new Promise((done) => requestIdleCallback(() => done()));
}

/**
 * Waits until the chart's stage size has come from its ResizeObserver
 * (core/stage-width.ts) and the update that report asks for is done: before
 * it, a chart that sizes itself by its stage is laid out at an estimate. On a
 * loaded machine the report can come after the chart is first drawn.
 */
export async function stageMeasured(el: Element): Promise<void> {
  const stage = el.shadowRoot?.querySelector<HTMLElement>('.stage') ?? undefined;
  await until(() => stageClientWidth(stage) > 0, `<${el.localName}>'s stage measured`);
  await settled(el);
}

/** Waits until `selector` matches in the element's shadow root, then for its update to finish. */
export async function waitForDrawn(el: Element, selector: string, timeout = WAIT_TIMEOUT): Promise<void> {
  await until(() => el.shadowRoot?.querySelector(selector), `<${el.localName}> shows ${selector}`, timeout);
  await settled(el);
}

/**
 * Starts listening for the element's next `rights-ready` now; `await` the
 * result after triggering the load, so an event fired in between is not missed.
 */
export function nextReady(el: Element, timeout = WAIT_TIMEOUT): Promise<void> {
  return nextEvent(el, 'rights-ready', timeout).then(() => settled(el));
}

/**
 * Starts listening for `name` on `target` now; await it after triggering. Fails
 * after `timeout` ms rather than hanging until the test's own timeout.
 */
export function nextEvent<T = unknown>(target: EventTarget, name: string, timeout = WAIT_TIMEOUT): Promise<CustomEvent<T>> {
  let timer = 0;
  const failed = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(new Error(`Timeout: no ${name} within ${timeout} ms`)), timeout);
  });
  return Promise.race([oneEvent(target, name) as Promise<CustomEvent<T>>, failed]).finally(() => clearTimeout(timer));
}

/**
 * Resolves after the browser has rendered a frame since the call: layout done
 * and ResizeObserver notifications delivered (they come after animation-frame
 * callbacks, so the second frame callback runs after the first frame's), then
 * waits for any update the element scheduled in response.
 */
export async function afterLayout(el: Element): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((frame) => requestAnimationFrame(frame));
  await settled(el);
}

/**
 * Renders `template` inside a wrapper div and returns its `tag` element once
 * `drawn` (a selector of what the loaded chart shows) is in its shadow root.
 */
export async function chartFixture<T extends HTMLElement>(template: TemplateResult, tag: string, drawn: string): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector(tag) as T;
  await waitForDrawn(el, drawn);
  return el;
}

/** Resolves in a new task, so every microtask queued so far (a Lit update, a resolved load) has run. */
export function afterMicrotasks(): Promise<void> {
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(0);
  });
}

/**
 * Resolves once a reference interval timer of `interval` ms, started now, has
 * fired: by then any playback of that interval that started earlier would
 * have stepped too. For "does not play by itself" and "stays paused".
 */
export function afterPlayInterval(interval: number): Promise<void> {
  return new Promise((done) => {
    const timer = setInterval(() => {
      clearInterval(timer);
      done();
    }, interval);
  });
}
