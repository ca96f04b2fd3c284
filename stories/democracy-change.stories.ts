import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/index.js';
import { democracyLoaders } from '../src/data/democracy.js';
import { attr } from './attributes.js';

/** One arg per attribute of <rights-democracy-change>; empty means "attribute not set". */
interface ChangeArgs {
  metric: string;
  from: string;
  to: string;
  limit: string;
  view: string;
  theme: string;
  lang: string;
  heading: string;
  onRightsReady?: (event: Event) => void;
  onRightsSelect?: (event: Event) => void;
}

function renderChange(args: ChangeArgs): TemplateResult {
  return html`<rights-democracy-change
    metric=${attr(args.metric)}
    from=${attr(args.from)}
    to=${attr(args.to)}
    limit=${attr(args.limit)}
    view=${attr(args.view)}
    theme=${attr(args.theme)}
    lang=${attr(args.lang)}
    heading=${attr(args.heading)}
    @rights-ready=${args.onRightsReady}
    @rights-select=${args.onRightsSelect}
  ></rights-democracy-change>`;
}

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show (default: the chart).
const meta = {
  title: 'Charts/Democracy change',
  component: 'rights-democracy-change',
  tags: ['autodocs'],
  render: (args) => html`<div class="sb-wide">${renderChange(args)}</div>`,
  args: { metric: 'polyarchy', from: '', to: '', limit: '', view: 'chart', theme: 'auto', lang: 'en', heading: '' },
  argTypes: {
    metric: { control: 'inline-radio', options: ['polyarchy', 'libdem'] },
    from: { control: 'text', description: 'Start year (default: 14 years before `to`).' },
    to: { control: 'text', description: 'End year (default: latest).' },
    limit: { control: 'text', description: 'Countries per list, 1–40 (default 10).' },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'select', options: ['', 'en', 'fr', 'de', 'es'] },
    heading: { control: 'text' },
    onRightsReady: { action: 'rights-ready', table: { disable: true } },
    onRightsSelect: { action: 'rights-select', table: { disable: true } },
  },
} satisfies Meta<ChangeArgs>;

export default meta;
type Story = StoryObj<ChangeArgs>;

/** 2010 → 2024, ten each way. */
export const Default: Story = {};

export const Since2000: Story = { name: '2000 → 2024, top 5', args: { from: '2000', limit: '5' } };

export const LiberalDemocracy: Story = { name: 'Liberal democracy (v14)', args: { metric: 'libdem' } };

export const TableView: Story = { name: 'Table view', tags: ['expect-table'], args: { view: 'table', limit: '5' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark', limit: '6' }, globals: { page: 'dark' } };

export const Narrow: Story = {
  name: 'Narrow (320px)',
  args: { limit: '6' },
  render: (args) => html`<div class="sb-narrow">${renderChange(args)}</div>`,
};

export const BadInput: Story = { name: 'Bad input', tags: ['expect-notice'], args: { limit: 'lots', metric: 'x', from: '2030', to: '1800' } };

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
