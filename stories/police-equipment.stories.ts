import type { Meta } from '@storybook/web-components';
import '../src/index.js';
import { policeEquipmentLoaders } from '../src/data/police-equipment.js';
import { loadError, manifestMeta, narrow, type ElementArgs, type Story } from './manifest.js';

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show (default: the chart).
export default {
  title: 'Charts/Police equipment (1033)',
  ...manifestMeta('rights-police-equipment', { measure: 'value', per: 'total', view: 'map', theme: 'auto', lang: 'en' }),
} satisfies Meta<ElementArgs>;

/** What the Pentagon's 1033 program left in U.S. police hands on 31 March 2020, by state: value ($1.82 billion in all), with the ten states that hold the most. */
export const Default: Story = {};

/** Rifles per 100,000 residents: the territories are named in a note and not ranked or coloured (a population of 47,329 would put them on top). */
export const RiflesPer100k: Story = { name: 'Rifles per 100,000 residents', args: { measure: 'rifles', per: '100k' } };

/** MRAPs (1,099 in all) by the year they were shipped, for Tennessee: holdings by ship year, not yearly transfers. */
export const ShipYears: Story = { name: 'MRAPs by ship year (Tennessee)', args: { measure: 'mraps', view: 'years', selected: 'TN' } };

/** Every state and territory with the measure's total, its rate per 100,000 residents and the population. */
export const Table: Story = { name: 'Table', tags: ['expect-table'], args: { view: 'table', per: '100k' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark' }, globals: { page: 'dark' } };

export const Narrow: Story = { name: 'Narrow (320px)', render: narrow };

export const BadInput: Story = { name: 'Bad input', tags: ['expect-notice'], args: { measure: 'tanks', per: 'million', selected: 'ZZ' } };

/** The data chunk fails to load once; "Try again" loads it. */
export const LoadError: Story = { name: 'Data fails to load', tags: ['expect-error'], ...loadError(policeEquipmentLoaders, 'leso1033') };

/** The chart in French, Spanish and Arabic: every word from the language's catalogue; Arabic reads right to left (the map keeps its geometry). */
export const French: Story = { name: 'Français (fr)', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español (es)', args: { lang: 'es' } };
export const Arabic: Story = { name: 'العربية (ar)', args: { lang: 'ar' } };
