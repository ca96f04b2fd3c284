import type { Meta } from '@storybook/web-components';
import '../src/index.js';
import { refugeeAdmissionsLoaders } from '../src/data/refugee-admissions.js';
import { loadError, manifestMeta, narrow, type ElementArgs, type Story } from './manifest.js';

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show (default: the chart).
export default {
  title: 'Charts/Refugee admissions',
  ...manifestMeta('rights-refugee-admissions', { view: 'chart', theme: 'auto', lang: 'en' }),
} satisfies Meta<ElementArgs>;

/** Refugee ceilings against refugees admitted, FY1980–2025: the unused part of each ceiling shaded, FY2025 (first quarter only) hatched. */
export const Default: Story = {};

/** Every fiscal year with its ceiling, admissions, the difference and the share of the ceiling used. */
export const Table: Story = { name: 'Table', tags: ['expect-table'], args: { view: 'table' } };

/** FY2017 onwards: the lowest ceilings, and the widest gaps after the ceiling rose again. */
export const Recent: Story = { name: 'FY2017–2025 (from)', args: { from: '2017' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark' }, globals: { page: 'dark' } };

export const Narrow: Story = { name: 'Narrow (320px)', render: narrow };

export const BadInput: Story = { name: 'Bad input', tags: ['expect-notice'], args: { from: '1970', to: 'soon', view: 'pie' } };

/** The data chunk fails to load once; "Try again" loads it. */
export const LoadError: Story = { name: 'Data fails to load', tags: ['expect-error'], ...loadError(refugeeAdmissionsLoaders, 'admissions') };

/** The chart in French, Spanish and Arabic: every word from the language's catalogue; Arabic reads right to left (the plot keeps its geometry). */
export const French: Story = { name: 'Français (fr)', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español (es)', args: { lang: 'es' } };
export const Arabic: Story = { name: 'العربية (ar)', args: { lang: 'ar' } };
