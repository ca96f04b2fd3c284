// Shareable views: `rights-state-change` and `sync-url` (src/core/view-state.ts),
// in real Chromium. Every case starts and ends with an empty URL hash.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { RightsDemocracyMap, RightsStrikeMap } from '../../src/index.js';
import type { StateChangeDetail } from '../../src/core/events.js';
import { isPlainAnchor, parseSyncUrl, readHash, viewStateAttributes, writeHash } from '../../src/core/view-state.js';
import { $, $$, quietly } from '../helpers/dom.js';
import { nextEvent, settled, until, waitForDrawn } from '../helpers/wait.js';

type Attributes = Record<string, string>;

/** Sets the hash without a history entry or a hashchange (as a page loaded with it). */
function setHash(hash: string): void {
  const url = new URL(location.href);
  url.hash = hash;
  history.replaceState(history.state, '', url.href);
}

const hash = (): string => decodeURIComponent(location.hash.replace(/^#/, '').replace(/\+/g, ' '));

/**
 * An element with `attributes`, connected inside a fresh fixture (as on a page
 * just loaded), with every `rights-state-change` it fires recorded from the start.
 */
async function place<T extends HTMLElement>(tag: string, attributes: Attributes, drawn: string): Promise<{ el: T; events: StateChangeDetail[] }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  const el = document.createElement(tag) as T;
  const events: StateChangeDetail[] = [];
  el.addEventListener('rights-state-change', (event) => events.push(event.detail));
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await waitForDrawn(el, drawn);
  await until(() => !$(el, '.loading'), `<${tag}> placeholder gone`);
  await settled(el);
  return { el, events };
}

const MAP_DRAWN = 'svg.map path.country, table';
const map = (attributes: Attributes) => place<RightsDemocracyMap>('rights-democracy-map', attributes, MAP_DRAWN);
const pathOf = (el: Element, code: string) => $(el, `path.country[data-code="${code}"]`) as SVGPathElement;
const tableButton = (el: Element) => $$(el, '.toolbar button').find((b) => b.textContent!.trim() === 'Table') as HTMLButtonElement;

/** Exceptions that escape while `run` runs (window errors, unhandled rejections). */
async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

const EVERY_TAG = [
  'rights-democracy-map',
  'rights-regime-share',
  'rights-democracy-trend',
  'rights-democracy-change',
  'rights-timeline',
  'rights-civilian-harm',
  'rights-strike-map',
  'rights-assistance-ranking',
  'rights-assistance-map',
  'rights-assistance-vs-democracy',
];

beforeEach(() => setHash(''));
afterEach(() => setHash(''));

describe('view state: pure parts', () => {
  it('derives each element\'s view-state attributes from its reflected properties, less the set-up ones', () => {
    const of = (tag: string) => viewStateAttributes(customElements.get(tag) as never);
    expect(of('rights-democracy-map')).to.deep.equal(['metric', 'year', 'highlight', 'selected', 'view']);
    expect(of('rights-timeline')).to.deep.equal(['from', 'to', 'year']);
    expect(of('rights-strike-map')).to.have.members(['country', 'from', 'to', 'display', 'year']);
    expect(of('rights-democracy-trend')).to.include.members(['countries', 'active', 'year', 'view']).and.not.include('follow');
    for (const tag of ['rights-assistance-map', 'rights-assistance-ranking', 'rights-assistance-vs-democracy']) {
      expect(of(tag)).to.include.members(['measure', 'year', 'from', 'to', 'regime', 'selected', 'view']);
      expect(of(tag)).not.to.include.members(['controls']);
    }
    for (const tag of EVERY_TAG) {
      for (const excluded of ['theme', 'lang', 'heading', 'controls', 'downloads', 'sync-url', 'for']) expect(of(tag), tag).not.to.include(excluded);
    }
  });

  it('reads sync-url as a boolean attribute, a JS boolean or its text; anything else is a problem, never a throw', () => {
    for (const on of [true, '', 'true', ' TRUE ', 'on', 'yes', 'sync-url']) expect(parseSyncUrl(on), String(on)).to.deep.equal({ value: true });
    for (const off of [false, null, undefined, 'false', 'off', 'no']) expect(parseSyncUrl(off), String(off)).to.deep.equal({ value: false });
    for (const bad of ['maybe', 1, Number.NaN, { on: true }, ['true'], Symbol('x')]) {
      const parsed = parseSyncUrl(bad);
      expect(parsed.value).to.equal(false);
      expect(parsed.problem).to.match(/sync-url/);
    }
  });

  it('reads only this element\'s view-state keys from the hash', () => {
    const names = ['year', 'selected', 'view'];
    const read = readHash('democracy-map.year=2019&democracy-map.theme=dark&other.year=1&democracy-map-2.year=3&democracy-map.selected=HUN+IND&x', 'democracy-map', names);
    expect([...read]).to.deep.equal([['year', '2019'], ['selected', 'HUN IND']]);
    expect([...readHash('methods', 'democracy-map', names)]).to.deep.equal([]);
    // Ids may hold dots and other characters: the whole prefix must match.
    expect([...readHash('a.b.year=1&a.year=2', 'a', names)]).to.deep.equal([['year', '2']]);
    expect([...readHash('a%2Eb.year=1', 'a.b', names)]).to.deep.equal([['year', '1']]);
    // Broken percent-encoding does not throw.
    expect(() => readHash('democracy-map.year=%E0%A4%A&%%%', 'democracy-map', names)).not.to.throw();
  });

  it('writes this element\'s entries in place and keeps every other segment as it was', () => {
    const names = ['year', 'selected', 'view'];
    expect(writeHash('', 'm', names, [['year', '2019']])).to.equal('m.year=2019');
    expect(writeHash('a=1%202&m.year=2000&b=x+y&m.view=table&m.bogus=1', 'm', names, [['year', '2019'], ['selected', 'HUN IND']])).to.equal(
      'a=1%202&m.year=2019&m.selected=HUN+IND&b=x+y&m.bogus=1',
    );
    expect(writeHash('m.year=2000', 'm', names, [])).to.equal('');
    expect(writeHash('m.year=2000', 'm', names, [['selected', '']])).to.equal('m.selected=');
    expect(writeHash('methods', 'm', names, [['year', '2019']])).to.equal(undefined);
    expect(writeHash('a=1', 'x&y=1', names, [['year', '<b>']])).to.equal('a=1&x%26y%3D1.year=%3Cb%3E');
    expect(isPlainAnchor('methods')).to.equal(true);
    expect(isPlainAnchor('')).to.equal(false);
    expect(isPlainAnchor('a=1')).to.equal(false);
  });
});

describe('rights-state-change', () => {
  it('does not fire on the first render, nor for a change outside the view state', async () => {
    const { el, events } = await map({ year: '2019', highlight: 'HUN' });
    expect(events).to.deep.equal([]);
    el.setAttribute('theme', 'dark');
    el.setAttribute('sync-url', '');
    await settled(el);
    expect(events).to.deep.equal([]);
  });

  it('fires with the view-state attributes when the slider\'s keys move the year', async () => {
    const { el, events } = await map({ year: '2019', highlight: 'HUN IND', theme: 'light' });
    const slider = $(el, 'input[type="range"]') as HTMLInputElement;
    slider.focus();
    const changed = nextEvent<StateChangeDetail>(el, 'rights-state-change');
    await sendKeys({ press: 'ArrowLeft' });
    const event = await changed;
    // The element's own defaults are part of what it shows: metric and view are reflected too; theme is not view state.
    expect(event.detail).to.deep.equal({ attributes: { metric: 'polyarchy', year: '2018', highlight: 'HUN IND', view: 'map' } });
    expect(event.bubbles && event.composed, 'bubbles and composed').to.equal(true);
    await settled(el);
    expect(events.length).to.equal(1);
  });

  it('fires when the slider is dragged (input event)', async () => {
    const { el } = await map({ year: '2019' });
    const slider = $(el, 'input[type="range"]') as HTMLInputElement;
    const changed = nextEvent<StateChangeDetail>(el, 'rights-state-change');
    slider.value = '1990';
    slider.dispatchEvent(new Event('input'));
    expect((await changed).detail.attributes).to.deep.equal({ metric: 'polyarchy', year: '1990', view: 'map' });
  });

  it('fires once per update when the page sets several properties, with the reflected text', async () => {
    const { el, events } = await map({});
    el.year = 2010;
    el.highlight = ['HUN', 'POL'];
    el.metric = 'libdem';
    await until(() => events.length, 'a rights-state-change');
    await settled(el);
    expect(events).to.deep.equal([{ attributes: { metric: 'libdem', year: '2010', highlight: 'HUN POL', view: 'map' } }]);
    // Setting the same value again is no change.
    el.year = '2010';
    await settled(el);
    expect(events.length).to.equal(1);
  });

  it('fires when the reader selects a country and when the table view is toggled', async () => {
    const { el, events } = await map({ year: '2019' });
    const selected = nextEvent<StateChangeDetail>(el, 'rights-state-change');
    pathOf(el, 'BRA').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await selected).detail.attributes).to.deep.equal({ metric: 'polyarchy', year: '2019', selected: 'BRA', view: 'map' });
    const table = nextEvent<StateChangeDetail>(el, 'rights-state-change');
    tableButton(el).click();
    expect((await table).detail.attributes).to.deep.equal({ metric: 'polyarchy', year: '2019', selected: 'BRA', view: 'table' });
    await waitForDrawn(el, 'table');
    const back = nextEvent<StateChangeDetail>(el, 'rights-state-change');
    tableButton(el).click();
    expect((await back).detail.attributes).to.deep.equal({ metric: 'polyarchy', year: '2019', selected: 'BRA', view: 'map' });
    expect(events.length).to.equal(3);
  });

  it('fires when a menu changes the measure (regime share) and when the strike map\'s slider moves', async () => {
    const { el: share } = await place('rights-regime-share', {}, 'svg.plot path.band');
    const measure = nextEvent<StateChangeDetail>(share, 'rights-state-change');
    const select = $(share, '.toolbar select') as HTMLSelectElement;
    select.value = 'countries';
    select.dispatchEvent(new Event('change'));
    expect((await measure).detail.attributes).to.include({ measure: 'countries' });

    const { el: strikes } = await place<RightsStrikeMap>('rights-strike-map', { country: 'PAK', from: '2004', to: '2008' }, 'svg.map path.land');
    const slider = $(strikes, 'input[type="range"]') as HTMLInputElement;
    const moved = nextEvent<StateChangeDetail>(strikes, 'rights-state-change');
    slider.value = '2006';
    slider.dispatchEvent(new Event('input'));
    expect((await moved).detail.attributes).to.deep.equal({ country: 'PAK', from: '2004', to: '2008', display: 'map', year: '2006' });
    expect(strikes.year).to.equal(2006);
  });
});

describe('sync-url', () => {
  it('writes the view to the hash on each change, replacing the history entry, and leaves the page\'s query alone', async () => {
    const search = location.search;
    const { el } = await map({ 'sync-url': '', year: '2019', theme: 'dark' });
    const entries = history.length;
    expect(location.hash, 'nothing written for the first render').to.equal('');
    const changed = nextEvent(el, 'rights-state-change');
    pathOf(el, 'HUN').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await changed;
    // Only what differs from the page's own view: the year is the page's.
    expect(hash()).to.equal('democracy-map.selected=HUN');
    el.year = 2001;
    await until(() => hash().includes('year=2001'), 'year written');
    expect(hash()).to.equal('democracy-map.year=2001&democracy-map.selected=HUN');
    expect(history.length, 'no new history entry').to.equal(entries);
    expect(location.search).to.equal(search);
    pathOf(el, 'HUN').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await until(() => !hash().includes('HUN'), 'selection cleared');
    expect(hash()).to.equal('democracy-map.year=2001');
    el.year = '2019';
    await until(() => location.hash === '', 'back to the page\'s view: nothing to write');
  });

  it('writes a selection the page set and the reader cleared as an empty entry, so the link clears it too', async () => {
    const { el } = await map({ 'sync-url': '', year: '2019', selected: 'IND' });
    pathOf(el, 'IND').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await until(() => location.hash, 'written');
    expect(hash()).to.equal('democracy-map.selected=');
    el.remove();
    const again = await map({ 'sync-url': '', year: '2019', selected: 'IND' });
    expect(again.el.selected).to.equal('');
    expect(pathOf(again.el, 'IND').getAttribute('aria-selected')).not.to.equal('true');
  });

  it('restores year, selection and table view in a new element (after reload), without a change event', async () => {
    location.hash = '#democracy-map.year=2001&democracy-map.selected=HUN&democracy-map.view=table';
    const { el, events } = await map({ 'sync-url': '', year: '2019' });
    expect(el.year).to.equal('2001');
    expect(el.selected).to.equal('HUN');
    expect(el.view).to.equal('table');
    expect($(el, 'table'), 'table shown').to.exist;
    expect($(el, 'table caption, table')!.textContent).to.contain('2001');
    expect(events).to.deep.equal([]);
    // Back in map view the selection is drawn.
    tableButton(el).click();
    await waitForDrawn(el, 'svg.map path.country');
    expect(pathOf(el, 'HUN').getAttribute('aria-selected')).to.equal('true');
    expect(hash()).to.equal('democracy-map.year=2001&democracy-map.selected=HUN&democracy-map.view=map');
  });

  it('restores the reader\'s view through the whole round trip: change, new element, same view', async () => {
    const first = await map({ 'sync-url': '' });
    first.el.setAttribute('year', '1995');
    tableButton(first.el).click();
    await until(() => hash().includes('view=table') && hash().includes('year=1995'), 'written');
    first.el.remove();
    const { el } = await map({ 'sync-url': '' });
    expect(el.getAttribute('year')).to.equal('1995');
    expect(el.getAttribute('view')).to.equal('table');
  });

  it('does nothing without sync-url: no hash written, none read', async () => {
    setHash('democracy-map.year=2001');
    const { el } = await map({ year: '2019' });
    expect(el.year).to.equal('2019');
    el.year = 2005;
    await nextEvent(el, 'rights-state-change');
    expect(hash()).to.equal('democracy-map.year=2001');
  });

  it('keys two charts on one page apart: by id, else by tag and order', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px">
      <rights-democracy-map sync-url year="2000"></rights-democracy-map>
      <rights-democracy-map sync-url year="2000"></rights-democracy-map>
      <rights-democracy-map sync-url id="main" year="2000"></rights-democracy-map>
      <rights-timeline sync-url></rights-timeline>
    </div>`);
    const [a, b, c] = [...wrapper.querySelectorAll('rights-democracy-map')] as RightsDemocracyMap[];
    const timeline = wrapper.querySelector('rights-timeline') as HTMLElement & { year: unknown };
    for (const el of [a!, b!, c!]) await waitForDrawn(el, 'svg.map path.country');
    a!.year = 2001;
    b!.year = 2002;
    c!.year = 2003;
    timeline.year = 1999;
    await until(() => ['democracy-map.year=2001', 'democracy-map-2.year=2002', 'main.year=2003', 'timeline.year=1999'].every((entry) => hash().split('&').includes(entry)), 'four keys');
    expect(hash().split('&')).to.have.length(4);
    // A new page with that hash: each chart gets its own year back.
    const url = location.hash;
    wrapper.remove();
    setHash(url);
    const again = await fixture<HTMLDivElement>(html`<div style="width: 720px">
      <rights-democracy-map sync-url></rights-democracy-map>
      <rights-democracy-map sync-url></rights-democracy-map>
      <rights-democracy-map sync-url id="main"></rights-democracy-map>
    </div>`);
    const years = [...again.querySelectorAll('rights-democracy-map')].map((el) => el.getAttribute('year'));
    expect(years).to.deep.equal(['2001', '2002', '2003']);
  });

  it('ignores unknown keys and keys of other attributes (no theme, no handlers), and keeps them in the hash', async () => {
    setHash('democracy-map.theme=dark&democracy-map.onclick=alert(1)&democracy-map.style=color%3Ared&democracy-map.bogus=1&other=1&democracy-map.year=2005');
    const { el } = await map({ 'sync-url': '' });
    expect(el.getAttribute('year')).to.equal('2005');
    expect(el.getAttribute('theme')).to.equal('auto');
    for (const name of ['onclick', 'style', 'bogus']) expect(el.hasAttribute(name), name).to.equal(false);
    el.year = 2006;
    await until(() => hash().includes('year=2006'), 'written');
    expect(location.hash).to.equal('#democracy-map.theme=dark&democracy-map.onclick=alert(1)&democracy-map.style=color%3Ared&democracy-map.bogus=1&other=1&democracy-map.year=2006');
  });

  it('shows a notice for garbage in the hash, as text, and does not throw', async () => {
    const errors = await uncaught(async () => {
      await quietly(async () => {
        setHash(`democracy-map.year=${encodeURIComponent('<b>junk</b>')}&democracy-map.view=globe&democracy-map.highlight=XX%E0%A4%A&democracy-map.metric=%00`);
        const { el } = await map({ 'sync-url': '' });
        const notice = await until(() => $(el, '.notice'), 'notice');
        expect(notice.textContent).to.contain('<b>junk</b>').and.contain('globe');
        expect($(el, '.notice b'), 'never markup').to.equal(null);
        expect($(el, 'svg.map path.country'), 'still drawn').to.exist;
      });
    });
    expect(errors).to.deep.equal([]);
  });

  it('reports a bad sync-url value (attribute or property) with a notice; a natural boolean turns it on', async () => {
    await quietly(async () => {
      const { el } = await map({ 'sync-url': 'maybe' });
      expect($(el, '.notice')!.textContent).to.contain('maybe');
      el.year = 2003;
      await nextEvent(el, 'rights-state-change');
      expect(location.hash, 'off while bad').to.equal('');
      el.syncUrl = true;
      await settled(el);
      expect($(el, '.notice')).to.equal(null);
      expect(el.getAttribute('sync-url')).to.equal('true');
      el.year = 2004;
      await until(() => hash() === 'democracy-map.year=2004', 'written once on');
      el.syncUrl = { on: true } as never;
      await settled(el);
      expect($(el, '.notice')!.textContent).to.contain('sync-url');
      el.syncUrl = 'false';
      el.year = 2007;
      await nextEvent(el, 'rights-state-change');
      expect(hash()).to.equal('democracy-map.year=2004');
    });
  });

  it('leaves a plain anchor alone (neither read nor overwritten); the event still fires', async () => {
    setHash('methods');
    const { el } = await map({ 'sync-url': '' });
    const changed = nextEvent<StateChangeDetail>(el, 'rights-state-change');
    el.year = 2003;
    expect((await changed).detail.attributes).to.deep.equal({ metric: 'polyarchy', year: '2003', view: 'map' });
    expect(location.hash).to.equal('#methods');
  });

  it('follows hashchange (back, forward, an edited address) while connected, and stops once removed', async () => {
    const { el } = await map({ 'sync-url': '', year: '2019' });
    const changed = nextEvent<StateChangeDetail>(el, 'rights-state-change');
    location.hash = '#democracy-map.year=1999&democracy-map.view=table';
    expect((await changed).detail.attributes).to.deep.equal({ metric: 'polyarchy', year: '1999', view: 'table' });
    await waitForDrawn(el, 'table');
    // A hash with entries for the chart is its whole view: the year it no longer holds goes back to the page's.
    const reset = nextEvent<StateChangeDetail>(el, 'rights-state-change');
    location.hash = '#democracy-map.view=table';
    expect((await reset).detail.attributes).to.deep.equal({ metric: 'polyarchy', year: '2019', view: 'table' });
    // A hash without any is about something else: the view stays.
    const other = nextEvent(window, 'hashchange');
    location.hash = '#other.year=1';
    await other;
    await settled(el);
    expect(el.getAttribute('view')).to.equal('table');
    el.remove();
    const hashchange = nextEvent(window, 'hashchange');
    location.hash = '#democracy-map.year=1980';
    await hashchange;
    expect(el.getAttribute('year'), 'a removed element no longer listens').to.equal('2019');
  });

  it('restores the strike map\'s year and table, and the timeline\'s year', async () => {
    setHash('strike-map.country=PAK&strike-map.year=2010&strike-map.display=table&timeline.year=1975');
    const { el } = await place<RightsStrikeMap>('rights-strike-map', { 'sync-url': '' }, 'table');
    expect(el.getAttribute('year')).to.equal('2010');
    expect($(el, 'table caption')!.textContent).to.match(/to 2010-\d\d-\d\d/);
    const { el: timeline } = await place('rights-timeline', { 'sync-url': '' }, 'input[type="range"]');
    expect(($(timeline, 'input[type="range"]') as HTMLInputElement).value).to.equal('1975');
  });
});
