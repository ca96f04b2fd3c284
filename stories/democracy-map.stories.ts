import type { Meta } from '@storybook/web-components';
import '../src/index.js';
import { democracyLoaders } from '../src/data/democracy.js';
import { loadError, manifestMeta, narrow, type ElementArgs, type Story } from './manifest.js';

// Tags `expect-table`, `expect-error` and `expect-notice` tell stories/check-stories.mjs
// what a rendered story must show (default: the map).
export default {
  title: 'Charts/Democracy map',
  ...manifestMeta('rights-democracy-map', { metric: 'polyarchy', view: 'map', theme: 'auto', lang: 'en' }),
} satisfies Meta<ElementArgs>;

/** The latest year of the Electoral Democracy Index. */
export const Default: Story = {};

export const Polyarchy: Story = { args: { metric: 'polyarchy', year: '2024' } };

export const LiberalDemocracy: Story = { name: 'Liberal democracy', args: { metric: 'libdem' } };

export const Regimes: Story = { args: { metric: 'regime' } };

/** 1975: before the third wave of democratisation reached Southern Europe and Latin America. */
export const Year1975: Story = { name: 'Year 1975', args: { year: '1975' } };

/** 1989: the year the Berlin Wall fell. */
export const Year1989: Story = { name: 'Year 1989 (regimes)', args: { metric: 'regime', year: '1989' } };

/** Regimes in the dark theme: the palette's outer classes lighten so every class stands out from the background. */
export const RegimesDark: Story = { name: 'Regimes, dark theme (1985)', args: { metric: 'regime', year: '1985', theme: 'dark' }, globals: { page: 'dark' } };

/** 1985 as a table on a phone: headers wrap, intervals sit under their values. */
export const NarrowTable: Story = { name: 'Table on a phone (320px)', tags: ['expect-table'], args: { view: 'table', metric: 'regime', year: '1985' }, render: narrow };

export const Highlight: Story = { args: { highlight: 'HUN IND TUR USA', selected: 'HUN' } };

/** theme="dark" on a dark page. */
export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark', highlight: 'HUN IND TUR USA' }, globals: { page: 'dark' } };

/** theme="auto" (default) on a page marked data-theme="dark" follows the page. */
export const AutoOnDarkPage: Story = { name: 'Auto theme on a dark page', args: { theme: 'auto' }, globals: { page: 'dark' } };

/** A phone-width column: 320px. */
export const Narrow: Story = { name: 'Narrow (320px)', args: { highlight: 'IND' }, render: narrow };

export const TableView: Story = { name: 'Table view', tags: ['expect-table'], args: { view: 'table', year: '2000' } };

export const WithoutControls: Story = { name: 'Without controls', args: { controls: 'false', year: '2010' } };

/** Unusable attributes: each is reported in a visible notice and falls back to a default. */
export const BadInput: Story = {
  name: 'Bad input',
  tags: ['expect-notice'],
  args: { metric: 'nonsense', year: '3000', highlight: 'USA XYZ', view: 'grid', theme: 'purple' },
};

/** The V-Dem v15 chunk fails once; "Try again" loads the real data. */
export const LoadError: Story = { name: 'Data fails to load', tags: ['expect-error'], ...loadError(democracyLoaders, 'v15') };

/** The chart in French, Spanish and Arabic: every word from the language's catalogue; Arabic reads right to left (plots and maps keep their geometry). */
export const French: Story = { name: 'Français (fr)', args: { lang: 'fr', highlight: 'FRA' } };
export const Spanish: Story = { name: 'Español (es)', args: { lang: 'es', highlight: 'FRA' } };
export const Arabic: Story = { name: 'العربية (ar)', args: { lang: 'ar', highlight: 'FRA' } };
