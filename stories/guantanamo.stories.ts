import type { Meta } from '@storybook/web-components';
import '../src/index.js';
import { guantanamoLoaders } from '../src/data/guantanamo.js';
import { loadError, manifestMeta, narrow, type ElementArgs, type Story } from './manifest.js';

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show (default: the chart).
export default {
  title: 'Charts/Guantánamo detainees',
  ...manifestMeta('rights-guantanamo', { view: 'chart', theme: 'auto', lang: 'en' }),
} satisfies Meta<ElementArgs>;

/** People held at Guantánamo Bay, 2002–2025: dated counts as a step chart, presidential terms behind, 2003 (the most held) without a number. */
export const Default: Story = {};

/** Every count with a link to its source, everyone ever held (779), and the transfers per presidential term. */
export const Table: Story = { name: 'Table', tags: ['expect-table'], args: { view: 'table' } };

/** The Obama years: from 242 on 20 January 2009 to 41 on 19 January 2017. */
export const ObamaYears: Story = { name: '2009–2017 (from/to)', args: { from: '2009', to: '2017' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark' }, globals: { page: 'dark' } };

export const Narrow: Story = { name: 'Narrow (320px)', render: narrow };

export const BadInput: Story = { name: 'Bad input', tags: ['expect-notice'], args: { from: '1990', to: 'soon', view: 'pie' } };

/** The data chunk fails to load once; "Try again" loads it. */
export const LoadError: Story = { name: 'Data fails to load', tags: ['expect-error'], ...loadError(guantanamoLoaders, 'detainees') };

/** The chart in French, Spanish and Arabic: every word from the language's catalogue; Arabic reads right to left (the plot keeps its geometry). */
export const French: Story = { name: 'Français (fr)', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español (es)', args: { lang: 'es' } };
export const Arabic: Story = { name: 'العربية (ar)', args: { lang: 'ar' } };
