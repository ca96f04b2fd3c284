// The autoloader with fake loaders: each resolves by defining a tiny element
// (its shadow root says "drawn") or rejects, as a dropped connection would.
// Custom elements cannot be undefined, so every test uses tags of its own.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { autoload, retry, type AutoloadRoot, type ElementLoader } from '../../src/core/autoload.js';
import { withWarnings } from '../helpers/dom.js';
import { afterMicrotasks, until } from '../helpers/wait.js';

let count = 0;
const uniqueTag = (name: string): string => `ra-autoload-${name}-${++count}`;

const drawn = (box: Element): boolean => box.shadowRoot?.textContent === 'drawn';
const message = (box: Element): boolean => /could not be loaded/.test(box.textContent ?? '');

function defineChart(tag: string): void {
  customElements.define(
    tag,
    class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).textContent = 'drawn';
      }
    },
  );
}

/**
 * One loader per tag that records each call as `tag:attempt`, waits for
 * `gate` (if given), then fails while `fails(attempt)` or defines the tag.
 */
function fakeLoaders(tags: string[], options: { fails?: (attempt: number) => boolean; gate?: Promise<void> } = {}) {
  const calls: string[] = [];
  const loaders: Record<string, ElementLoader> = {};
  for (const tag of tags) {
    loaders[tag] = async (_element, attempt) => {
      calls.push(`${tag}:${attempt}`);
      await options.gate;
      if (options.fails?.(attempt)) throw new Error(`test: ${tag} offline`);
      defineChart(tag);
    };
  }
  return { loaders, calls };
}

/** A fresh element on the page (removed after the test by @open-wc's fixture cleanup). */
const page = (): Promise<HTMLDivElement> => fixture<HTMLDivElement>(html`<div></div>`);

function box(parent: ParentNode, tag: string): Element {
  const element = document.createElement(tag);
  parent.append(element);
  return element;
}

function shadowHost(parent: ParentNode, mode: ShadowRootMode): ShadowRoot {
  const host = document.createElement('div');
  parent.append(host);
  return host.attachShadow({ mode });
}

describe('autoload', () => {
  let stops: (() => void)[] = [];
  const watch = (loaders: Record<string, ElementLoader>, root?: AutoloadRoot): (() => void) => {
    const stop = autoload(loaders, root);
    stops.push(stop);
    return stop;
  };
  afterEach(() => {
    for (const stop of stops) stop();
    stops = [];
  });

  it('loads tags inside open shadow roots present at start, nested ones too', async () => {
    const tag = uniqueTag('open');
    const { loaders, calls } = fakeLoaders([tag]);
    const outer = shadowHost(await page(), 'open');
    const first = box(outer, tag);
    const nested = box(shadowHost(outer, 'open'), tag);
    watch(loaders);
    await until(() => drawn(first) && drawn(nested), 'both boxes drawn');
    expect(calls).to.deep.equal([`${tag}:0`]);
  });

  it("loads a tag a Lit host renders in its shadow root after it is added, and one it renders later", async () => {
    const tag = uniqueTag('in-lit');
    const later = uniqueTag('in-lit-later');
    const hostTag = uniqueTag('lit-host');
    class Host extends LitElement {
      static override properties = { more: { type: Boolean } };
      more = false;
      override render() {
        const extra = this.more ? staticHtml`<${unsafeStatic(later)}></${unsafeStatic(later)}>` : '';
        return staticHtml`<p>A design-system card</p><${unsafeStatic(tag)}></${unsafeStatic(tag)}>${extra}`;
      }
    }
    customElements.define(hostTag, Host);
    const { loaders, calls } = fakeLoaders([tag, later]);
    const parent = await page();
    watch(loaders);
    // The premise: when mutation observers hear of the host, its shadow root is still empty.
    let seenEmpty = false;
    const observer = new MutationObserver(() => (seenEmpty = !host.shadowRoot?.querySelector(tag)));
    observer.observe(parent, { childList: true });
    const host = document.createElement(hostTag) as Host;
    parent.append(host);
    await until(() => host.shadowRoot?.querySelector(tag), 'host rendered');
    observer.disconnect();
    expect(seenEmpty).to.equal(true);
    await until(() => drawn(host.shadowRoot!.querySelector(tag)!), 'chart in the Lit host drawn');
    host.more = true;
    await until(() => host.shadowRoot!.querySelector(later) && drawn(host.shadowRoot!.querySelector(later)!), 'later chart drawn');
    expect(calls).to.deep.equal([`${tag}:0`, `${later}:0`]);
  });

  it('loads a tag inside a host defined after it is on the page', async () => {
    const tag = uniqueTag('in-upgraded');
    const hostTag = uniqueTag('late-host');
    const { loaders } = fakeLoaders([tag]);
    const host = box(await page(), hostTag);
    watch(loaders);
    await afterMicrotasks();
    customElements.define(
      hostTag,
      class extends LitElement {
        override render() {
          return staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`;
        }
      },
    );
    await until(() => host.shadowRoot?.querySelector(tag) && drawn(host.shadowRoot.querySelector(tag)!), 'chart in the upgraded host drawn');
  });

  it('loads a tag in a closed shadow root once autoload is called on that root, and tags added there later', async () => {
    const tag = uniqueTag('closed');
    const { loaders, calls } = fakeLoaders([tag]);
    const closed = shadowHost(await page(), 'closed');
    const first = box(closed, tag);
    watch(loaders);
    await afterMicrotasks();
    expect(calls, 'the document autoloader cannot see a closed root').to.deep.equal([]);
    watch(loaders, closed);
    await until(() => drawn(first), 'box in the closed root drawn');
    const second = box(closed, tag);
    await until(() => drawn(second), 'box added later drawn');
    expect(calls).to.deep.equal([`${tag}:0`]);
  });

  it('imports a tag once across the document and several roots, even while its code is on the way', async () => {
    const tag = uniqueTag('once');
    let release!: () => void;
    const gate = new Promise<void>((done) => (release = done));
    const { loaders, calls } = fakeLoaders([tag], { gate });
    const parent = await page();
    const closed = shadowHost(parent, 'closed');
    const element = document.createElement('section');
    parent.append(element);
    const boxes = [box(parent, tag), box(shadowHost(parent, 'open'), tag), box(closed, tag), box(element, tag)];
    watch(loaders);
    watch(loaders, closed);
    watch(loaders, element);
    boxes.push(box(closed, tag), box(element, tag), box(parent, tag));
    await until(() => calls.length, 'loading started');
    await afterMicrotasks();
    release();
    await until(() => boxes.every(drawn), 'every box drawn');
    expect(calls).to.deep.equal([`${tag}:0`]);
  });

  it('after a failure shows the message in every watched root; a new tag tries again (attempt 1) and the message goes', async () => {
    const tag = uniqueTag('fails-once');
    const { loaders, calls } = fakeLoaders([tag], { fails: (attempt) => attempt === 0 });
    await withWarnings(async (warnings) => {
      const parent = await page();
      const closed = shadowHost(parent, 'closed');
      const boxes = [box(parent, tag), box(shadowHost(parent, 'open'), tag), box(closed, tag)];
      const withText = box(parent, tag);
      withText.textContent = 'Loading the chart…';
      // A snapshot picture as fallback content (README, "Embed without a script") has no text but stays.
      const withPicture = box(parent, tag);
      const picture = document.createElement('img');
      picture.alt = '';
      withPicture.append(picture);
      watch(loaders, closed);
      watch(loaders);
      await until(() => boxes.every(message), 'the message in every box');
      expect(withText.textContent).to.equal('Loading the chart…');
      expect(withPicture.firstElementChild).to.equal(picture);
      expect(message(withPicture)).to.equal(false);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(tag);
      boxes.push(box(closed, tag));
      await until(() => boxes.every(drawn), 'every box drawn after the retry');
      expect(calls).to.deep.equal([`${tag}:0`, `${tag}:1`]);
      for (const element of boxes) expect(element.textContent).to.equal('');
      expect(withText.textContent).to.equal('Loading the chart…');
      expect(warnings).to.have.length(1);
    });
  });

  it('tries again when the browser comes back online and when the page calls retry', async () => {
    const tag = uniqueTag('fails-twice');
    const { loaders, calls } = fakeLoaders([tag], { fails: (attempt) => attempt < 2 });
    await withWarnings(async (warnings) => {
      const first = box(await page(), tag);
      watch(loaders);
      await until(() => message(first), 'the message');
      window.dispatchEvent(new Event('online'));
      await until(() => warnings.length === 2, 'second failure reported');
      expect(message(first)).to.equal(true);
      await retry(loaders);
      expect(drawn(first)).to.equal(true);
      expect(first.textContent).to.equal('');
      expect(calls).to.deep.equal([`${tag}:0`, `${tag}:1`, `${tag}:2`]);
      expect(warnings).to.have.length(2);
    });
  });

  it('stops watching a root (and the shadow roots found in it) when its stop function is called', async () => {
    const [inClosed, inOpen, control] = [uniqueTag('stopped-closed'), uniqueTag('stopped-open'), uniqueTag('control')];
    const { loaders, calls } = fakeLoaders([inClosed, inOpen, control]);
    const parent = await page();
    const closed = shadowHost(parent, 'closed');
    const open = shadowHost(parent, 'open');
    const stopDocument = watch(loaders);
    const stopClosed = watch(loaders, closed);
    const controlRoot = shadowHost(parent, 'closed');
    watch(loaders, controlRoot);
    stopClosed();
    stopDocument();
    box(closed, inClosed);
    box(open, inOpen);
    box(parent, inOpen);
    const still = box(controlRoot, control);
    await until(() => drawn(still), 'the still-watched root loads');
    await afterMicrotasks();
    expect(calls).to.deep.equal([`${control}:0`]);
  });
});
