import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/index.js';
import { regimeShareLoaders } from '../src/data/regime-share.js';
import { attr } from './attributes.js';

/** One arg per attribute of <rights-regime-share>; empty means "attribute not set". */
interface ShareArgs {
  measure: string;
  edition: string;
  from: string;
  to: string;
  year: string;
  view: string;
  theme: string;
  lang: string;
  heading: string;
  onRightsReady?: (event: Event) => void;
  onRightsYearChange?: (event: Event) => void;
}

function renderShare(args: ShareArgs): TemplateResult {
  return html`<rights-regime-share
    measure=${attr(args.measure)}
    edition=${attr(args.edition)}
    from=${attr(args.from)}
    to=${attr(args.to)}
    year=${attr(args.year)}
    view=${attr(args.view)}
    theme=${attr(args.theme)}
    lang=${attr(args.lang)}
    heading=${attr(args.heading)}
    @rights-ready=${args.onRightsReady}
    @rights-year-change=${args.onRightsYearChange}
  ></rights-regime-share>`;
}

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show (default: the chart).
const meta = {
  title: 'Charts/Regime share',
  component: 'rights-regime-share',
  tags: ['autodocs'],
  render: (args) => html`<div class="sb-wide">${renderShare(args)}</div>`,
  args: { measure: 'population', edition: 'v15', from: '', to: '', year: '', view: 'chart', theme: 'auto', lang: 'en', heading: '' },
  argTypes: {
    measure: { control: 'inline-radio', options: ['population', 'countries'], description: "`population` (share of the world's people) or `countries`." },
    edition: {
      control: 'inline-radio',
      options: ['v15', '2020'],
      description: '`v15` (V-Dem v15, 1960–2024) or `2020` (V-Dem v10, reproduces Democracy Report 2020).',
    },
    from: { control: 'text', description: 'First year shown.' },
    to: { control: 'text', description: 'Last year shown.' },
    year: { control: 'text', description: 'Year of the cursor (empty: none until the reader moves it).' },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'select', options: ['', 'en', 'fr', 'de', 'es'] },
    heading: { control: 'text' },
    onRightsReady: { action: 'rights-ready', table: { disable: true } },
    onRightsYearChange: { action: 'rights-year-change', table: { disable: true } },
  },
} satisfies Meta<ShareArgs>;

export default meta;
type Story = StoryObj<ShareArgs>;

/** Share of the world's people by regime type, V-Dem v15. */
export const Default: Story = {};

export const Countries: Story = { args: { measure: 'countries' } };

/** V-Dem v10, the data of Democracy Report 2020: 54% of people in autocracies in 2019. */
export const DemocracyReport2020: Story = { name: 'Edition 2020 (V-Dem v10)', args: { edition: '2020', year: '2019' } };

/** The table shows 54.0% in the "People in autocracies" column for 2019. */
export const DemocracyReport2020Table: Story = {
  name: 'Edition 2020, table',
  tags: ['expect-table'],
  args: { edition: '2020', view: 'table', from: '2000' },
};

export const SinceTheColdWar: Story = { name: 'From 1989 (from/to)', args: { from: '1989', to: '2024', year: '2001' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark', measure: 'countries' }, globals: { page: 'dark' } };

export const Narrow: Story = {
  name: 'Narrow (320px)',
  render: (args) => html`<div class="sb-narrow">${renderShare(args)}</div>`,
};

export const BadInput: Story = {
  name: 'Bad input',
  tags: ['expect-notice'],
  args: { edition: '2019', measure: 'gdp', from: '1800', to: 'soon', view: 'pie' },
};

/** The data chunk fails to load once; "Try again" loads it. */
export const LoadError: Story = {
  name: 'Data fails to load',
  tags: ['expect-error'],
  beforeEach: () => {
    const original = regimeShareLoaders.regimeShare;
    regimeShareLoaders.regimeShare = () => {
      regimeShareLoaders.regimeShare = original;
      return Promise.reject(new Error('Simulated network failure (story "Data fails to load")'));
    };
    return () => {
      regimeShareLoaders.regimeShare = original;
    };
  },
};
