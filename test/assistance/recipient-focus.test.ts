// The assistance charts' pointer, keyboard and focus controller (#11), without an element: a fake host and chart.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RecipientFocus, type FocusChart } from '../../src/assistance/recipient-focus.js';
import { firstFocus, stepInList } from '../../src/assistance/keyboard.js';

function setup(codes = ['AAA', 'BBB', 'CCC'], selected = '') {
  const updates: number[] = [];
  const toggled: string[] = [];
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (c) => controllers.push(c),
    removeController: () => {},
    requestUpdate: () => updates.push(1),
    updateComplete: Promise.resolve(true),
  };
  const chart: FocusChart = {
    codes: () => codes,
    start: (list) => firstFocus(list, [selected]),
    next: (key, list, active) => stepInList(list, active, key),
    describe: (code) => `about ${code}`,
    anchor: () => ({ x: 0, y: 0 }),
    toggle: (code) => toggled.push(code),
  };
  const focus = new RecipientFocus(host, chart);
  return { focus, updates, toggled, controllers };
}

const key = (k: string) => new KeyboardEvent('keydown', { key: k, cancelable: true });
const on = (code: string) => {
  const target = document.createElement('div');
  target.setAttribute('data-code', code);
  return target;
};

describe('RecipientFocus', () => {
  it('registers itself and the tooltip with the host', () => {
    const { focus, controllers } = setup();
    expect(controllers).to.include(focus).and.include(focus.tooltip);
  });

  it('starts focus where the chart says and announces it', () => {
    const { focus, updates } = setup(['AAA', 'BBB', 'CCC'], 'BBB');
    focus.on.focus();
    expect(focus.active).to.equal('BBB');
    expect(focus.announcement).to.equal('about BBB');
    expect(updates.length).to.be.greaterThan(0);
  });

  it('moves with the keys the chart maps, prevents the page from scrolling, and ignores other keys', () => {
    const { focus } = setup();
    focus.on.focus();
    const down = key('ArrowDown');
    focus.on.keydown(down);
    expect(focus.active).to.equal('BBB');
    expect(down.defaultPrevented).to.equal(true);
    focus.on.keydown(key('End'));
    expect(focus.active).to.equal('CCC');
    expect(focus.announcement).to.equal('about CCC');
    const tab = key('Tab');
    focus.on.keydown(tab);
    expect(tab.defaultPrevented).to.equal(false);
    expect(focus.active).to.equal('CCC');
  });

  it('toggles the active recipient on Enter and Space, and clears the selection on Escape', () => {
    const { focus, toggled } = setup();
    focus.on.focus();
    focus.on.keydown(key('Enter'));
    focus.on.keydown(key(' '));
    focus.on.keydown(key('Escape'));
    expect(toggled).to.deep.equal(['AAA', 'AAA', '']);
  });

  it('follows the pointer onto a recipient and off the chart, and a click makes it active and toggles it', () => {
    const { focus, toggled } = setup();
    const target = on('CCC');
    target.addEventListener('pointermove', (e) => focus.on.pointermove(e as PointerEvent));
    target.addEventListener('click', (e) => focus.on.click(e as MouseEvent));
    target.dispatchEvent(new PointerEvent('pointermove'));
    expect(focus.pointer).to.equal('CCC');
    expect(focus.tipCode).to.equal('CCC');
    target.dispatchEvent(new MouseEvent('click'));
    expect(focus.active).to.equal('CCC');
    expect(toggled).to.deep.equal(['CCC']);
    focus.on.pointerleave(new PointerEvent('pointerleave'));
    expect(focus.pointer).to.equal('');
    expect(focus.tipCode).to.equal('CCC');
  });

  it('drops focus from a recipient no longer drawn, before the next render', () => {
    const codes = ['AAA', 'BBB'];
    const { focus } = setup(codes);
    focus.on.focus();
    focus.on.keydown(key('ArrowDown'));
    codes.splice(1, 1);
    focus.hostUpdate();
    expect(focus.active).to.equal('');
  });
});
