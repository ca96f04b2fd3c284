import type { Meta } from '@storybook/web-components';
import '../src/index.js';
import { sanctionsLoaders } from '../src/data/sanctions.js';
import { loadError, manifestMeta, narrow, type ElementArgs, type Story } from './manifest.js';

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show (default: the chart).
export default {
  title: 'Charts/Targeted sanctions (Global Magnitsky)',
  ...manifestMeta('rights-sanctions', { view: 'chart', kind: 'all', theme: 'auto', lang: 'en' }),
} satisfies Meta<ElementArgs>;

/** Global Magnitsky entries on the U.S. sanctions list by the year first seen, individuals, entities and vessels stacked; the entries listed before the archived copies begin stand apart as undated. */
export const Default: Story = {};

/** Years × kinds, the undated entries first, with totals. */
export const Table: Story = { name: 'Table', tags: ['expect-table'], args: { view: 'table' } };

/** Only the people sanctioned: individuals. */
export const Individuals: Story = { name: 'Individuals only (kind)', args: { kind: 'individual' } };

/** 2022–2023 only: the undated column is left out, since the span does not start with the record. */
export const Years: Story = { name: '2022–2023 (from/to)', args: { from: '2022', to: '2023' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark' }, globals: { page: 'dark' } };

export const Narrow: Story = { name: 'Narrow (320px)', render: narrow };

export const BadInput: Story = { name: 'Bad input', tags: ['expect-notice'], args: { kind: 'ships people', from: '1990', view: 'pie' } };

/** The data chunk fails to load once; "Try again" loads it. */
export const LoadError: Story = { name: 'Data fails to load', tags: ['expect-error'], ...loadError(sanctionsLoaders, 'glomag') };

/** The chart in French, Spanish and Arabic: every word from the language's catalogue; Arabic reads right to left (the plot keeps its geometry). */
export const French: Story = { name: 'Français (fr)', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español (es)', args: { lang: 'es' } };
export const Arabic: Story = { name: 'العربية (ar)', args: { lang: 'ar' } };
