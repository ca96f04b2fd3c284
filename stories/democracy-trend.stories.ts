import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/index.js';
import { democracyLoaders } from '../src/data/democracy.js';
import { attr } from './attributes.js';

/** One arg per attribute of <rights-democracy-trend>; empty means "attribute not set". */
interface TrendArgs {
  countries: string;
  metric: string;
  compare: string;
  from: string;
  to: string;
  year: string;
  active: string;
  follow: string;
  view: string;
  theme: string;
  lang: string;
  heading: string;
  onRightsReady?: (event: Event) => void;
  onRightsYearChange?: (event: Event) => void;
  onRightsCountriesChange?: (event: Event) => void;
}

function renderTrend(args: Partial<TrendArgs>): TemplateResult {
  return html`<rights-democracy-trend
    countries=${attr(args.countries)}
    metric=${attr(args.metric)}
    compare=${attr(args.compare)}
    from=${attr(args.from)}
    to=${attr(args.to)}
    year=${attr(args.year)}
    active=${attr(args.active)}
    follow=${attr(args.follow)}
    view=${attr(args.view)}
    theme=${attr(args.theme)}
    lang=${attr(args.lang)}
    heading=${attr(args.heading)}
    @rights-ready=${args.onRightsReady}
    @rights-year-change=${args.onRightsYearChange}
    @rights-countries-change=${args.onRightsCountriesChange}
  ></rights-democracy-trend>`;
}

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show (default: the chart).
const meta = {
  title: 'Charts/Democracy trend',
  component: 'rights-democracy-trend',
  tags: ['autodocs'],
  render: (args) => html`<div class="sb-wide">${renderTrend(args)}</div>`,
  args: {
    countries: 'USA HUN IND TUR',
    metric: 'polyarchy',
    compare: '',
    from: '',
    to: '',
    year: '',
    active: '',
    follow: '',
    view: 'chart',
    theme: 'auto',
    lang: 'en',
    heading: '',
  },
  argTypes: {
    countries: { control: 'text', description: 'ISO alpha-3 codes, e.g. `USA HUN IND TUR`. Empty: a default set with a note.' },
    metric: { control: 'inline-radio', options: ['polyarchy', 'libdem'] },
    compare: {
      control: 'select',
      options: ['', 'world', 'eastern-europe', 'latin-america', 'middle-east', 'sub-saharan-africa', 'western-europe', 'asia', 'world eastern-europe'],
      description: 'Averages: `world` and/or V-Dem regions.',
    },
    from: { control: 'text' },
    to: { control: 'text' },
    year: { control: 'text', description: 'Crosshair year.' },
    active: { control: 'text', description: 'Emphasised country whose ERT episodes are shaded.' },
    follow: { control: 'text', description: 'Ids of elements whose `rights-select` adds countries.' },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'select', options: ['', 'en', 'fr', 'de', 'es'] },
    heading: { control: 'text' },
    onRightsReady: { action: 'rights-ready', table: { disable: true } },
    onRightsYearChange: { action: 'rights-year-change', table: { disable: true } },
    onRightsCountriesChange: { action: 'rights-countries-change', table: { disable: true } },
  },
} satisfies Meta<TrendArgs>;

export default meta;
type Story = StoryObj<TrendArgs>;

export const Default: Story = {};

/** Hungary's autocratization episode shaded, against Eastern Europe's and the world's averages. */
export const WithAverages: Story = { name: 'Averages and episodes', args: { countries: 'HUN POL CZE', compare: 'world eastern-europe', year: '2010' } };

export const LiberalDemocracy: Story = { name: 'Liberal democracy (v14)', args: { metric: 'libdem', countries: 'USA IND BRA' } };

export const Since2000: Story = { name: 'From 2000 (from/to)', args: { from: '2000', countries: 'TUR HUN VEN', active: 'VEN' } };

export const TableView: Story = { name: 'Table view', tags: ['expect-table'], args: { view: 'table', countries: 'HUN IND' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark', compare: 'world' }, globals: { page: 'dark' } };

export const Narrow: Story = { name: 'Narrow (320px)', render: (args) => html`<div class="sb-narrow">${renderTrend(args)}</div>` };

/** No countries: a visible note and the default set. */
export const NoCountries: Story = { name: 'No countries given', tags: ['expect-notice'], args: { countries: '' } };

export const BadInput: Story = {
  name: 'Bad input',
  tags: ['expect-notice'],
  args: { countries: 'HUN XYZ', metric: 'gdp', compare: 'mars', from: '1066', year: 'soon' },
};

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
