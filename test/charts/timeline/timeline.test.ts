import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsDemocracyTrend, RightsRegimeShare, RightsTimeline } from '../../../src/index.js';

import { $, quietly as quiet } from '../../helpers/dom.js';
import { afterPlayInterval, settled, until, waitForDrawn as ready } from '../../helpers/wait.js';

describe('<rights-timeline> and linking', () => {
  it('sets the year of every chart named in "for" and fires rights-year-change', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <rights-timeline for="a b" from="1990" to="2020" year="2000"></rights-timeline>
      <rights-regime-share id="a"></rights-regime-share>
      <rights-democracy-trend id="b" countries="HUN"></rights-democracy-trend>
    </div>`);
    const timeline = page.querySelector('rights-timeline')!;
    const share = page.querySelector<RightsRegimeShare>('#a')!;
    const trend = page.querySelector<RightsDemocracyTrend>('#b')!;
    // The timeline links the charts once the page around it is parsed.
    await until(() => share.hasAttribute('year') && trend.hasAttribute('year'), 'linked charts have a year');
    expect(share.getAttribute('year')).to.equal('2000');
    expect(trend.getAttribute('year')).to.equal('2000');
    const slider = $(timeline, 'input[type="range"]') as HTMLInputElement;
    expect([slider.min, slider.max, slider.value]).to.deep.equal(['1990', '2020', '2000']);
    slider.focus();
    setTimeout(() => sendKeys({ press: 'ArrowRight' }));
    const event = (await oneEvent(timeline, 'rights-year-change')) as CustomEvent;
    expect(event.detail).to.deep.equal({ year: 2001 });
    expect(share.getAttribute('year')).to.equal('2001');
    expect(trend.getAttribute('year')).to.equal('2001');
    await ready(share, 'svg.plot');
    expect($(share, 'svg.plot')!.getAttribute('aria-valuenow')).to.equal('2001');
  });

  it('follows a linked chart when its reader moves the year, and carries it to the others', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <rights-timeline for="share trend" from="1970" to="2024" year="2010"></rights-timeline>
      <rights-regime-share id="share"></rights-regime-share>
      <rights-democracy-trend id="trend" countries="IND"></rights-democracy-trend>
    </div>`);
    const timeline = page.querySelector<RightsTimeline>('rights-timeline')!;
    const share = page.querySelector<RightsRegimeShare>('#share')!;
    const trend = page.querySelector<RightsDemocracyTrend>('#trend')!;
    await ready(share, 'svg.plot');
    await ready(trend, 'svg.plot');
    ($(share, 'svg.plot') as SVGElement).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await timeline.updateComplete;
    expect(timeline.getAttribute('year')).to.equal('2009');
    expect(trend.getAttribute('year')).to.equal('2009');
    expect(($(timeline, 'input[type="range"]') as HTMLInputElement).value).to.equal('2009');
  });

  it('selecting a country on the map adds it to a trend with follow', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <rights-democracy-map id="map" year="2019"></rights-democracy-map>
      <rights-democracy-trend countries="USA" follow="map"></rights-democracy-trend>
    </div>`);
    const map = page.querySelector('rights-democracy-map')!;
    const trend = page.querySelector<RightsDemocracyTrend>('rights-democracy-trend')!;
    await ready(map, 'svg.map');
    await ready(trend, 'svg.plot');
    const hungary = $(map, 'path.country[data-code="HUN"]')!;
    hungary.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await trend.updateComplete;
    expect(trend.countries).to.equal('USA HUN');
    expect([...trend.shadowRoot!.querySelectorAll('path.line')].map((p) => p.getAttribute('data-id')).sort()).to.deep.equal(['HUN', 'USA']);
    hungary.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await trend.updateComplete;
    expect(trend.countries).to.equal('USA');
  });

  it('plays only when asked and pauses again', async () => {
    const timeline = await fixture<RightsTimeline>(html`<rights-timeline from="2000" to="2024" year="2000" speed="50"></rights-timeline>`);
    // Two play intervals (speed 50 ms) after connecting, it has not stepped on its own.
    await afterPlayInterval(100);
    expect(timeline.getAttribute('year')).to.equal('2000');
    const play = $(timeline, 'button') as HTMLButtonElement;
    play.click();
    await oneEvent(timeline, 'rights-year-change');
    await timeline.updateComplete;
    expect(play.getAttribute('aria-label')).to.equal('Pause');
    play.click();
    await timeline.updateComplete;
    const paused = timeline.getAttribute('year');
    await afterPlayInterval(100);
    expect(timeline.getAttribute('year')).to.equal(paused);
  });

  it('reports unknown ids, bad years and speed', async () => {
    const timeline = await quiet(() =>
      fixture<RightsTimeline>(html`<rights-timeline for="nowhere" from="2020" to="2000" speed="fast"></rights-timeline>`),
    );
    await settled(timeline);
    const notice = (await until(() => $(timeline, '.notice'), 'notice shown')).textContent!;
    for (const fragment of ['"nowhere"', 'must be before', '"fast"']) expect(notice).to.contain(fragment);
    await expect(timeline).to.be.accessible();
  });

  it('passes axe', async () => {
    const timeline = await fixture<RightsTimeline>(html`<rights-timeline heading="Year"></rights-timeline>`);
    await expect(timeline).to.be.accessible();
  });
});
