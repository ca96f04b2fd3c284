import { expect } from '@open-wc/testing';
import { Timeline } from '../../src/core/timeline.js';
import { afterMicrotasks, until } from '../helpers/wait.js';

describe('Timeline', () => {
  it('clamps and notifies on set, not on a no-op', () => {
    const timeline = new Timeline({ min: 2000, max: 2010, year: 2005 });
    const heard: number[] = [];
    timeline.onYear((year) => heard.push(year));
    timeline.set(2020);
    timeline.set(2010);
    timeline.step(-3);
    expect(heard).to.deep.equal([2010, 2007]);
  });

  it('plays to the end and stops by itself', async () => {
    const timeline = new Timeline({ min: 2000, max: 2003, year: 2001, interval: 5 });
    const heard: [number, string][] = [];
    timeline.onYear((year, cause) => heard.push([year, cause]));
    timeline.play();
    expect(timeline.playing).to.equal(true);
    await until(() => !timeline.playing, 'stopped at the end');
    expect(heard).to.deep.equal([
      [2002, 'play'],
      [2003, 'play'],
    ]);
    expect(timeline.playing).to.equal(false);
  });

  it('restarts from the beginning when played at the end', () => {
    const timeline = new Timeline({ min: 2000, max: 2003, year: 2003, interval: 1000 });
    timeline.play();
    expect(timeline.year).to.equal(2000);
    timeline.pause();
  });

  it('never starts playing on its own: it sets no timer until asked', async () => {
    const timers: string[] = [];
    const { setInterval: realInterval, setTimeout: realTimeout } = window;
    window.setInterval = ((...args: Parameters<typeof setInterval>) => (timers.push('interval'), realInterval(...args))) as typeof setInterval;
    window.setTimeout = ((...args: Parameters<typeof setTimeout>) => (timers.push('timeout'), realTimeout(...args))) as typeof setTimeout;
    try {
      const timeline = new Timeline({ min: 2000, max: 2003, year: 2000, interval: 5 });
      await afterMicrotasks();
      expect(timers).to.deep.equal([]);
      expect(timeline.playing).to.equal(false);
      expect(timeline.year).to.equal(2000);
      // The spy sees a timer when there is one.
      timeline.play();
      expect(timers).to.deep.equal(['interval']);
      timeline.pause();
    } finally {
      Object.assign(window, { setInterval: realInterval, setTimeout: realTimeout });
    }
  });
});
