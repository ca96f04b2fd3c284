import type { Meta } from '@storybook/web-components';
import '../src/index.js';
import { democracyLoaders } from '../src/data/democracy.js';
import { loadError, manifestMeta, narrow, type ElementArgs, type Story } from './manifest.js';

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show (default: the chart).
export default {
  title: 'Charts/Democracy change',
  ...manifestMeta('rights-democracy-change', { metric: 'polyarchy', view: 'chart', theme: 'auto', lang: 'en' }),
} satisfies Meta<ElementArgs>;

/** 2010 → 2024, ten each way. */
export const Default: Story = {};

export const Since2000: Story = { name: '2000 → 2024, top 5', args: { from: '2000', limit: '5' } };

export const LiberalDemocracy: Story = { name: 'Liberal democracy (v14)', args: { metric: 'libdem' } };

export const TableView: Story = { name: 'Table view', tags: ['expect-table'], args: { view: 'table', limit: '5' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark', limit: '6' }, globals: { page: 'dark' } };

export const Narrow: Story = { name: 'Narrow (320px)', args: { limit: '6' }, render: narrow };

export const BadInput: Story = { name: 'Bad input', tags: ['expect-notice'], args: { limit: 'lots', metric: 'x', from: '2030', to: '1800' } };

/** The V-Dem v15 chunk fails once; "Try again" loads the real data. */
export const LoadError: Story = { name: 'Data fails to load', tags: ['expect-error'], ...loadError(democracyLoaders, 'v15') };

/** The chart in French, Spanish and Arabic: every word from the language's catalogue; Arabic reads right to left (plots and maps keep their geometry). */
export const French: Story = { name: 'Français (fr)', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español (es)', args: { lang: 'es' } };
export const Arabic: Story = { name: 'العربية (ar)', args: { lang: 'ar' } };
