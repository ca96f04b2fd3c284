import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/index.js';
import { democracyLoaders } from '../src/data/democracy.js';
import { attr } from './attributes.js';

/** One arg per attribute of <rights-democracy-map>; empty means "attribute not set". */
interface MapArgs {
  metric: string;
  year: string;
  highlight: string;
  selected: string;
  controls: string;
  view: string;
  theme: string;
  lang: string;
  heading: string;
  onRightsReady?: (event: Event) => void;
  onRightsYearChange?: (event: Event) => void;
  onRightsSelect?: (event: Event) => void;
}

function renderMap(args: MapArgs): TemplateResult {
  return html`<rights-democracy-map
    metric=${attr(args.metric)}
    year=${attr(args.year)}
    highlight=${attr(args.highlight)}
    selected=${attr(args.selected)}
    controls=${attr(args.controls)}
    view=${attr(args.view)}
    theme=${attr(args.theme)}
    lang=${attr(args.lang)}
    heading=${attr(args.heading)}
    @rights-ready=${args.onRightsReady}
    @rights-year-change=${args.onRightsYearChange}
    @rights-select=${args.onRightsSelect}
  ></rights-democracy-map>`;
}

// Tags `expect-table`, `expect-error` and `expect-notice` tell stories/check-stories.mjs
// what a rendered story must show (default: the map).
const meta = {
  title: 'Charts/Democracy map',
  component: 'rights-democracy-map',
  tags: ['autodocs'],
  render: (args) => html`<div class="sb-wide">${renderMap(args)}</div>`,
  args: {
    metric: 'polyarchy',
    year: '',
    highlight: '',
    selected: '',
    controls: '',
    view: 'map',
    theme: 'auto',
    lang: 'en',
    heading: '',
  },
  argTypes: {
    metric: {
      control: 'select',
      options: ['polyarchy', 'libdem', 'regime'],
      description: '`polyarchy` (Electoral Democracy Index, v15), `libdem` (Liberal Democracy Index, v14) or `regime` (Regimes of the World).',
    },
    year: { control: 'text', description: 'Year to show; empty = latest year of the metric. Out-of-range years are clamped.' },
    highlight: { control: 'text', description: 'ISO alpha-3 codes to outline, e.g. `HUN IND USA`.' },
    selected: { control: 'text', description: 'Selected country (ISO alpha-3).' },
    controls: {
      control: 'select',
      options: ['', 'true', 'false'],
      description: 'Timeline (play button and slider): shown unless `"false"`. Empty = attribute not set.',
    },
    view: { control: 'inline-radio', options: ['map', 'table'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'select', options: ['', 'en', 'fr', 'es', 'de', 'ar'], description: 'Language for names and numbers (BCP 47).' },
    heading: { control: 'text' },
    onRightsReady: { action: 'rights-ready', table: { disable: true } },
    onRightsYearChange: { action: 'rights-year-change', table: { disable: true } },
    onRightsSelect: { action: 'rights-select', table: { disable: true } },
  },
} satisfies Meta<MapArgs>;

export default meta;
type Story = StoryObj<MapArgs>;

/** The latest year of the Electoral Democracy Index. */
export const Default: Story = {};

export const Polyarchy: Story = { args: { metric: 'polyarchy', year: '2024' } };

export const LiberalDemocracy: Story = { name: 'Liberal democracy', args: { metric: 'libdem' } };

export const Regimes: Story = { args: { metric: 'regime' } };

/** 1975: before the third wave of democratisation reached Southern Europe and Latin America. */
export const Year1975: Story = { name: 'Year 1975', args: { year: '1975' } };

/** 1989: the year the Berlin Wall fell. */
export const Year1989: Story = { name: 'Year 1989 (regimes)', args: { metric: 'regime', year: '1989' } };

export const Highlight: Story = { args: { highlight: 'HUN IND TUR USA', selected: 'HUN' } };

/** theme="dark" on a dark page. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', highlight: 'HUN IND TUR USA' },
  globals: { page: 'dark' },
};

/** theme="auto" (default) on a page marked data-theme="dark" follows the page. */
export const AutoOnDarkPage: Story = {
  name: 'Auto theme on a dark page',
  args: { theme: 'auto' },
  globals: { page: 'dark' },
};

/** A phone-width column: 320px. */
export const Narrow: Story = {
  name: 'Narrow (320px)',
  args: { highlight: 'IND' },
  render: (args) => html`<div class="sb-narrow">${renderMap(args)}</div>`,
};

export const TableView: Story = { name: 'Table view', tags: ['expect-table'], args: { view: 'table', year: '2000' } };

export const WithoutControls: Story = { name: 'Without controls', args: { controls: 'false', year: '2010' } };

export const French: Story = { name: 'Another language (fr)', args: { lang: 'fr', highlight: 'FRA' } };

/** Unusable attributes: each is reported in a visible notice and falls back to a default. */
export const BadInput: Story = {
  name: 'Bad input',
  tags: ['expect-notice'],
  args: { metric: 'nonsense', year: '3000', highlight: 'USA XYZ', view: 'grid', theme: 'purple' },
};

/**
 * The V-Dem v15 chunk fails to load. `democracyLoaders.v15` is swapped for a
 * function that rejects once and then puts the real loader back, so the
 * element's "Try again" button (and every other story) loads the real data;
 * leaving the story restores it too, in case nothing called it.
 */
export const LoadError: Story = {
  name: 'Data fails to load',
  tags: ['expect-error'],
  beforeEach: () => {
    const original = democracyLoaders.v15;
    democracyLoaders.v15 = () => {
      democracyLoaders.v15 = original;
      return Promise.reject(new Error('Simulated network failure (story "Data fails to load")'));
    };
    return () => {
      democracyLoaders.v15 = original;
    };
  },
};
