import type { Meta } from '@storybook/web-components';
import '../src/index.js';
import { civilianHarmLoaders } from '../src/data/civilian-harm.js';
import { loadError, manifestMeta, narrow, type ElementArgs, type Story } from './manifest.js';

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show.
export default {
  title: 'Charts/Civilian harm',
  ...manifestMeta('rights-civilian-harm', { view: 'annual', measure: 'civilians', context: 'none', display: 'chart', theme: 'auto', lang: 'en' }),
} satisfies Meta<ElementArgs>;

/** Civilian deaths per year in the four TBIJ countries, as reported minimum–maximum ranges. */
export const Annual: Story = {};

/** Pakistan over TBIJ's full range: 430 strikes, 424–969 civilians (the published totals). */
export const Pakistan: Story = { args: { countries: 'PAK' } };

export const YemenAndSomalia2010To2018: Story = { name: 'Yemen and Somalia, 2010–2018', args: { countries: 'YEM SOM', from: '2010', to: '2018' } };

export const Children: Story = { name: 'Children killed', args: { measure: 'children' } };

/** UCDP deaths in organised violence (all sides) for the same countries and years, on their own scale. */
export const WithConflictContext: Story = { name: 'With UCDP context', args: { context: 'ucdp', countries: 'PAK AFG' } };

export const AnnualTable: Story = { name: 'Annual table', tags: ['expect-table'], args: { display: 'table' } };

/** ODNI 2016 and DoD §1057 reports beside TBIJ and Airwars estimates, each scope difference stated. */
export const OfficialVsIndependent: Story = { name: 'Official vs independent', args: { view: 'official-vs-independent' } };

export const OfficialVsIndependentTable: Story = {
  name: 'Official vs independent (table)',
  tags: ['expect-table'],
  args: { view: 'official-vs-independent', display: 'table' },
};

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark', context: 'ucdp' }, globals: { page: 'dark' } };

export const Narrow: Story = { name: 'Narrow (320px)', args: { countries: 'PAK YEM' }, render: narrow };

export const NarrowComparison: Story = { name: 'Narrow official vs independent (320px)', args: { view: 'official-vs-independent' }, render: narrow };

/** Unusable attributes: each is reported in a visible notice and falls back to a default. */
export const BadInput: Story = {
  name: 'Bad input',
  tags: ['expect-notice'],
  args: { view: 'pie', countries: 'PAK IRQ', from: '1990', to: 'soon', measure: 'goats', context: 'acled' },
};

/** The TBIJ chunk fails once; "Try again" loads the real data. */
export const LoadError: Story = { name: 'Data fails to load', tags: ['expect-error'], ...loadError(civilianHarmLoaders, 'tbijYearly') };

/** The chart in French, Spanish and Arabic: every word from the language's catalogue; Arabic reads right to left (plots and maps keep their geometry). */
export const French: Story = { name: 'Français (fr)', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español (es)', args: { lang: 'es' } };
export const Arabic: Story = { name: 'العربية (ar)', args: { lang: 'ar' } };
