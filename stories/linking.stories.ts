import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/index.js';

interface LinkArgs {
  from: string;
  to: string;
  year: string;
}

/**
 * Charts link without code, through attributes and events:
 *
 * - `<rights-timeline for="id1 id2">` sets `year` on the elements with those ids and follows their
 *   `rights-year-change` events, so moving the year in any chart moves all of them.
 * - `<rights-democracy-trend follow="map-id">` adds a country when the map fires `rights-select`
 *   (click, tap or Enter) and removes it when it is deselected; `follow` also accepts a
 *   `<rights-democracy-change>` id.
 *
 * See `examples/linked.html` for a whole page.
 */
const meta = {
  title: 'Linking/Timeline and follow',
  component: 'rights-timeline',
  tags: ['autodocs'],
  args: { from: '1970', to: '2024', year: '2019' },
  argTypes: {
    from: { control: 'text', description: 'First year of the timeline.' },
    to: { control: 'text', description: 'Last year of the timeline.' },
    year: { control: 'text', description: 'Year of every linked chart.' },
  },
  render: (args) => html`<div class="sb-wide">
    <rights-timeline for="story-share story-map story-trend" from=${args.from} to=${args.to} year=${args.year} heading="Year of the charts below"></rights-timeline>
    <rights-regime-share id="story-share" from="1970"></rights-regime-share>
    <rights-democracy-map id="story-map" metric="regime" highlight="HUN IND"></rights-democracy-map>
    <rights-democracy-trend id="story-trend" countries="HUN IND" compare="world" follow="story-map story-change"></rights-democracy-trend>
    <rights-democracy-change id="story-change" limit="5"></rights-democracy-change>
  </div>`,
} satisfies Meta<LinkArgs>;

export default meta;
type Story = StoryObj<LinkArgs>;

/** Move the slider or press ▶: every chart follows. Click a country on the map or in the list: it joins the trend. */
export const Linked: Story = {};

/** The timeline on its own. */
export const TimelineOnly: Story = {
  name: 'Timeline alone',
  render: (args) => html`<div class="sb-wide"><rights-timeline from=${args.from} to=${args.to} year=${args.year}></rights-timeline></div>`,
};
