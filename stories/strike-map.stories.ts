import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/index.js';
import { strikeLoaders } from '../src/data/strikes.js';
import { attr } from './attributes.js';

/** One arg per attribute of <rights-strike-map>; empty means "attribute not set". */
interface StrikeArgs {
  country: string;
  from: string;
  to: string;
  controls: string;
  display: string;
  theme: string;
  lang: string;
  heading: string;
  onRightsReady?: (event: Event) => void;
  onRightsSelect?: (event: Event) => void;
  onRightsYearChange?: (event: Event) => void;
}

function renderStrikeMap(args: StrikeArgs): TemplateResult {
  return html`<rights-strike-map
    country=${attr(args.country)}
    from=${attr(args.from)}
    to=${attr(args.to)}
    controls=${attr(args.controls)}
    display=${attr(args.display)}
    theme=${attr(args.theme)}
    lang=${attr(args.lang)}
    heading=${attr(args.heading)}
    @rights-ready=${args.onRightsReady}
    @rights-select=${args.onRightsSelect}
    @rights-year-change=${args.onRightsYearChange}
  ></rights-strike-map>`;
}

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show.
const meta = {
  title: 'Charts/Strike map',
  component: 'rights-strike-map',
  tags: ['autodocs'],
  render: (args) => html`<div class="sb-wide">${renderStrikeMap(args)}</div>`,
  args: { country: '', from: '', to: '', controls: '', display: 'map', theme: 'auto', lang: 'en', heading: '' },
  argTypes: {
    country: { control: 'select', options: ['', 'all', 'PAK', 'YEM', 'SOM', 'AFG', 'PAK AFG'], description: 'Countries to frame (ISO alpha-3); empty = all four.' },
    from: { control: 'text', description: 'First date: a year (`2009`) or ISO date (`2009-01-20`).' },
    to: { control: 'text', description: 'Last date: a year or ISO date.' },
    controls: { control: 'select', options: ['', 'true', 'false'], description: 'Timeline: shown unless `"false"`.' },
    display: { control: 'inline-radio', options: ['map', 'table'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'select', options: ['', 'en', 'fr', 'de', 'ar'] },
    heading: { control: 'text' },
    onRightsReady: { action: 'rights-ready', table: { disable: true } },
    onRightsSelect: { action: 'rights-select', table: { disable: true } },
    onRightsYearChange: { action: 'rights-year-change', table: { disable: true } },
  },
} satisfies Meta<StrikeArgs>;

export default meta;
type Story = StoryObj<StrikeArgs>;

/** All ~1,700 TBIJ strikes, 2002–2018. Dense areas are clusters that open on zoom. */
export const AllStrikes: Story = { name: 'All strikes' };

/** Pakistan, June 2004 – January 2018: 430 strikes, 424–969 civilians killed (TBIJ). */
export const Pakistan: Story = { args: { country: 'PAK' } };

export const Yemen: Story = { args: { country: 'YEM' } };

export const Somalia: Story = { args: { country: 'SOM' } };

export const Afghanistan: Story = { args: { country: 'AFG' } };

/** The Obama administration's first two years in Pakistan. */
export const DateRange: Story = { name: 'Date range (PAK, 2009-01-20 to 2010)', args: { country: 'PAK', from: '2009-01-20', to: '2010' } };

export const Table: Story = { name: 'Table of filtered strikes', tags: ['expect-table'], args: { country: 'SOM', display: 'table' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark', country: 'YEM' }, globals: { page: 'dark' } };

export const Narrow: Story = {
  name: 'Narrow (320px)',
  args: { country: 'PAK' },
  render: (args) => html`<div class="sb-narrow">${renderStrikeMap(args)}</div>`,
};

export const WithoutControls: Story = { name: 'Without timeline', args: { controls: 'false', country: 'AFG' } };

/** Unusable attributes: each is reported in a visible notice and falls back to a default. */
export const BadInput: Story = {
  name: 'Bad input',
  tags: ['expect-notice'],
  args: { country: 'IRQ', from: 'yesterday', to: '2040', display: 'globe' },
};

/** The strike chunk fails once; "Try again" loads the real data. */
export const LoadError: Story = {
  name: 'Data fails to load',
  tags: ['expect-error'],
  beforeEach: () => {
    const original = strikeLoaders.tbij;
    strikeLoaders.tbij = () => {
      strikeLoaders.tbij = original;
      return Promise.reject(new Error('Simulated network failure (story "Data fails to load")'));
    };
    return () => {
      strikeLoaders.tbij = original;
    };
  },
};
