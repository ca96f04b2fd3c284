import type { Meta } from '@storybook/web-components';
import '../src/index.js';
import { regimeShareLoaders } from '../src/data/regime-share.js';
import { loadError, manifestMeta, narrow, type ElementArgs, type Story } from './manifest.js';

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show (default: the chart).
export default {
  title: 'Charts/Regime share',
  ...manifestMeta('rights-regime-share', { measure: 'population', edition: 'v15', view: 'chart', theme: 'auto', lang: 'en' }),
} satisfies Meta<ElementArgs>;

/** Share of the world's people by regime type, V-Dem v15. */
export const Default: Story = {};

export const Countries: Story = { args: { measure: 'countries' } };

/** V-Dem v10, the data of Democracy Report 2020: 54% of people in autocracies in 2019. */
export const DemocracyReport2020: Story = { name: 'Edition 2020 (V-Dem v10)', args: { edition: '2020', year: '2019' } };

/** The table shows 54.0% in the "People in autocracies" column for 2019. */
export const DemocracyReport2020Table: Story = { name: 'Edition 2020, table', tags: ['expect-table'], args: { edition: '2020', view: 'table', from: '2000' } };

export const SinceTheColdWar: Story = { name: 'From 1989 (from/to)', args: { from: '1989', to: '2024', year: '2001' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark', measure: 'countries' }, globals: { page: 'dark' } };

export const Narrow: Story = { name: 'Narrow (320px)', render: narrow };

export const BadInput: Story = { name: 'Bad input', tags: ['expect-notice'], args: { edition: '2019', measure: 'gdp', from: '1800', to: 'soon', view: 'pie' } };

/** The data chunk fails to load once; "Try again" loads it. */
export const LoadError: Story = { name: 'Data fails to load', tags: ['expect-error'], ...loadError(regimeShareLoaders, 'regimeShare') };

/** The chart in French, Spanish and Arabic: every word from the language's catalogue; Arabic reads right to left (plots and maps keep their geometry). */
export const French: Story = { name: 'Français (fr)', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español (es)', args: { lang: 'es' } };
export const Arabic: Story = { name: 'العربية (ar)', args: { lang: 'ar' } };
