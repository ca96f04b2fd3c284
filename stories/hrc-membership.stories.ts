import type { Meta } from '@storybook/web-components';
import '../src/index.js';
import { hrcMembershipLoaders } from '../src/data/hrc-membership.js';
import { loadError, manifestMeta, narrow, type ElementArgs, type Story } from './manifest.js';

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show (default: the chart).
export default {
  title: 'Charts/UN Human Rights Council',
  ...manifestMeta('rights-hrc-membership', { view: 'chart', theme: 'auto', lang: 'en' }),
} satisfies Meta<ElementArgs>;

/** The Council's members per cycle, 2006–2025, by V-Dem regime type; the U.S. withdrawal (2018) and return (2022) marked. */
export const Default: Story = {};

/** The 2018 cycle's 48 members by regional group (the United States withdrew; Iceland took its seat), and every cycle's counts. */
export const Table: Story = { name: 'Table (2018)', tags: ['expect-table'], args: { view: 'table', cycle: '2018' } };

/** The first cycle, June 2006 to June 2007. */
export const FirstCycle: Story = { name: 'Cycle 2006–07', args: { cycle: '2006-07' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark' }, globals: { page: 'dark' } };

export const Narrow: Story = { name: 'Narrow (320px)', render: narrow };

export const BadInput: Story = { name: 'Bad input', tags: ['expect-notice'], args: { cycle: '1999', view: 'pie' } };

/** The data chunk fails to load once; "Try again" loads it. */
export const LoadError: Story = { name: 'Data fails to load', tags: ['expect-error'], ...loadError(hrcMembershipLoaders, 'membership') };

/** The chart in French, Spanish and Arabic: every word from the language's catalogue; Arabic reads right to left (the plot keeps its geometry). */
export const French: Story = { name: 'Français (fr)', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español (es)', args: { lang: 'es' } };
export const Arabic: Story = { name: 'العربية (ar)', args: { lang: 'ar' } };
