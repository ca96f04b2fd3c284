import type { Meta } from '@storybook/web-components';
import '../src/index.js';
import { strikeLoaders } from '../src/data/strikes.js';
import { loadError, manifestMeta, narrow, type ElementArgs, type Story } from './manifest.js';

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show.
export default {
  title: 'Charts/Strike map',
  ...manifestMeta('rights-strike-map', { display: 'map', theme: 'auto', lang: 'en' }),
} satisfies Meta<ElementArgs>;

/** All ~1,700 TBIJ strikes, 2002–2018. Dense areas are clusters that open on zoom. */
export const AllStrikes: Story = { name: 'All strikes' };

/** Pakistan, June 2004 – January 2018: 430 strikes, 424–969 civilians killed (TBIJ). */
export const Pakistan: Story = { args: { country: 'PAK' } };

export const Yemen: Story = { args: { country: 'YEM' } };

export const Somalia: Story = { args: { country: 'SOM' } };

export const Afghanistan: Story = { args: { country: 'AFG' } };

/** The Obama administration's first two years in Pakistan. */
export const DateRange: Story = { name: 'Date range (PAK, 2009-01-20 to 2010)', args: { country: 'PAK', from: '2009-01-20', to: '2010' } };

export const Table: Story = { name: 'Table of filtered strikes', tags: ['expect-table'], args: { country: 'SOM', display: 'table' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark', country: 'YEM' }, globals: { page: 'dark' } };

export const Narrow: Story = { name: 'Narrow (320px)', args: { country: 'PAK' }, render: narrow };

export const WithoutControls: Story = { name: 'Without timeline', args: { controls: 'false', country: 'AFG' } };

/** Unusable attributes: each is reported in a visible notice and falls back to a default. */
export const BadInput: Story = { name: 'Bad input', tags: ['expect-notice'], args: { country: 'IRQ', from: 'yesterday', to: '2040', display: 'globe' } };

/** The strike chunk fails once; "Try again" loads the real data. */
export const LoadError: Story = { name: 'Data fails to load', tags: ['expect-error'], ...loadError(strikeLoaders, 'tbij') };

/** The chart in French, Spanish and Arabic: every word from the language's catalogue; Arabic reads right to left (plots and maps keep their geometry). */
export const French: Story = { name: 'Français (fr)', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español (es)', args: { lang: 'es' } };
export const Arabic: Story = { name: 'العربية (ar)', args: { lang: 'ar' } };
