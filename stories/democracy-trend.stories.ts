import type { Meta } from '@storybook/web-components';
import '../src/index.js';
import { democracyLoaders } from '../src/data/democracy.js';
import { loadError, manifestMeta, narrow, type ElementArgs, type Story } from './manifest.js';

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show (default: the chart).
export default {
  title: 'Charts/Democracy trend',
  ...manifestMeta('rights-democracy-trend', { countries: 'USA HUN IND TUR', metric: 'polyarchy', view: 'chart', theme: 'auto', lang: 'en' }),
} satisfies Meta<ElementArgs>;

export const Default: Story = {};

/** Each country's episodes in its own row under the years, against Eastern Europe's and the world's averages. */
export const WithAverages: Story = { name: 'Averages and episodes', args: { countries: 'HUN POL CZE', compare: 'world eastern-europe', year: '2010' } };

export const LiberalDemocracy: Story = { name: 'Liberal democracy (v14)', args: { metric: 'libdem', countries: 'USA IND BRA' } };

/** Colours follow the country, not its place in the list: compare with Default (USA, Hungary, India, Türkiye). */
export const SameColours: Story = { name: 'Same colours, other order', args: { countries: 'TUR IND BRA' } };

/** Many countries on a phone: episode rows that find no room are named in the legend. */
export const ManyCountries: Story = { name: 'Many countries (narrow)', args: { countries: 'USA HUN IND TUR BRA POL SRB VEN NIC' }, render: narrow };

export const Since2000: Story = { name: 'From 2000 (from/to)', args: { from: '2000', countries: 'TUR HUN VEN', active: 'VEN' } };

export const TableView: Story = { name: 'Table view', tags: ['expect-table'], args: { view: 'table', countries: 'HUN IND' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark', compare: 'world' }, globals: { page: 'dark' } };

export const Narrow: Story = { name: 'Narrow (320px)', render: narrow };

/** No countries: a visible note and the default set. */
export const NoCountries: Story = { name: 'No countries given', tags: ['expect-notice'], args: { countries: '' } };

export const BadInput: Story = {
  name: 'Bad input',
  tags: ['expect-notice'],
  args: { countries: 'HUN XYZ', metric: 'gdp', compare: 'mars', from: '1066', year: 'soon' },
};

/** The V-Dem v15 chunk fails once; "Try again" loads the real data. */
export const LoadError: Story = { name: 'Data fails to load', tags: ['expect-error'], ...loadError(democracyLoaders, 'v15') };

/** The chart in French, Spanish and Arabic: every word from the language's catalogue; Arabic reads right to left (plots and maps keep their geometry). */
export const French: Story = { name: 'Français (fr)', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español (es)', args: { lang: 'es' } };
export const Arabic: Story = { name: 'العربية (ar)', args: { lang: 'ar' } };
