import { html } from 'lit';
import type { Meta } from '@storybook/web-components';
import '../src/index.js';
import { manifestMeta, renderElement, type ElementArgs, type Story } from './manifest.js';

/**
 * Charts link without code, through attributes and events:
 *
 * - `<rights-timeline for="id1 id2">` sets `year` on the elements with those ids and follows their
 *   `rights-year-change` events, so moving the year in any chart moves all of them.
 * - `<rights-democracy-trend follow="map-id">` adds a country when the map fires `rights-select`
 *   (click, tap or Enter) and removes it when it is deselected; `follow` also accepts a
 *   `<rights-democracy-change>` id.
 *
 * See `examples/linked.html` for a whole page. The controls are the timeline's.
 */
export default {
  title: 'Linking/Timeline and follow',
  ...manifestMeta('rights-timeline', {
    for: 'story-share story-map story-trend',
    from: '1970',
    to: '2024',
    year: '2019',
    heading: 'Year of the charts below',
  }),
  // The page's lang reaches every chart of the group, as on a partner's page in that language.
  render: (args) => html`<div class="sb-wide" lang=${args.lang || 'en'}>
    ${renderElement('rights-timeline', args)}
    <rights-regime-share id="story-share" from="1970"></rights-regime-share>
    <rights-democracy-map id="story-map" metric="regime" highlight="HUN IND"></rights-democracy-map>
    <rights-democracy-trend id="story-trend" countries="HUN IND" compare="world" follow="story-map story-change"></rights-democracy-trend>
    <rights-democracy-change id="story-change" limit="5"></rights-democracy-change>
  </div>`,
} satisfies Meta<ElementArgs>;

/** Move the slider or press ▶: every chart follows. Click a country on the map or in the list: it joins the trend. */
export const Linked: Story = {};

/**
 * The timeline on its own, as a page would place it above the charts it drives (their ids in
 * `for`): a heading says what the year is for, and it emits `rights-year-change` for any script.
 */
export const TimelineOnly: Story = {
  name: 'Timeline alone',
  args: { for: '', heading: 'Year shown in the charts below' },
  render: (args) => html`<div class="sb-wide">
    ${renderElement('rights-timeline', args)}
    <p>Move the slider or press ▶: every chart named in the timeline's <code>for</code> attribute follows.</p>
  </div>`,
};

/** The linked charts in French, Spanish and Arabic (the page's lang): every word from the language's catalogue; Arabic reads right to left (plots and maps keep their geometry). */
export const French: Story = { name: 'Français (fr)', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español (es)', args: { lang: 'es' } };
export const Arabic: Story = { name: 'العربية (ar)', args: { lang: 'ar' } };
