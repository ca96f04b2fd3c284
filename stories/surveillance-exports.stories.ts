import type { Meta } from '@storybook/web-components';
import '../src/index.js';
import { surveillanceExportsLoaders } from '../src/data/surveillance-exports.js';
import { loadError, manifestMeta, narrow, type ElementArgs, type Story } from './manifest.js';

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show (default: the chart).
export default {
  title: 'Charts/AI surveillance suppliers',
  ...manifestMeta('rights-surveillance-exports', { supplier: 'any', technology: 'any', view: 'map', theme: 'auto', lang: 'en' }),
} satisfies Meta<ElementArgs>;

/** The 97 governments the AI Global Surveillance Index (2022 update) lists, coloured by whose companies supply them: Chinese, U.S., both or others. */
export const Default: Story = {};

/** Governments supplied by Chinese companies (68 in the index), and how many of them are autocracies. */
export const China: Story = { name: 'Chinese suppliers', args: { supplier: 'china' } };

/** Governments with U.S. companies' social-media surveillance. */
export const UsSocialMedia: Story = { name: 'U.S. suppliers, social-media surveillance', args: { supplier: 'us', technology: 'social-media' } };

/** Every country chosen with its technologies, suppliers, companies and V-Dem regime type. */
export const Table: Story = { name: 'Table', tags: ['expect-table'], args: { view: 'table', supplier: 'china', technology: 'facial-recognition' } };

export const Highlighted: Story = { name: 'Highlighted and selected', args: { highlight: 'ECU ZWE KEN', selected: 'PAK' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark' }, globals: { page: 'dark' } };

export const Narrow: Story = { name: 'Narrow (320px)', render: narrow };

export const BadInput: Story = { name: 'Bad input', tags: ['expect-notice'], args: { supplier: 'russia', technology: 'drones', view: 'pie' } };

/** The index fails to load once; "Try again" loads it. */
export const LoadError: Story = { name: 'Data fails to load', tags: ['expect-error'], ...loadError(surveillanceExportsLoaders, 'aigs2022') };

/** The chart in French, Spanish and Arabic: every word from the language's catalogue; Arabic reads right to left. */
export const French: Story = { name: 'Français (fr)', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español (es)', args: { lang: 'es' } };
export const Arabic: Story = { name: 'العربية (ar)', args: { lang: 'ar' } };
