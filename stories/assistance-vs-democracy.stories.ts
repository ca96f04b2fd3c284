import type { Meta } from '@storybook/web-components';
import '../src/index.js';
import { assistanceLoaders } from '../src/data/assistance.js';
import { loadError, manifestMeta, narrow, type ElementArgs, type Story } from './manifest.js';

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show.
export default {
  title: 'Charts/Assistance vs democracy',
  ...manifestMeta('rights-assistance-vs-democracy', { measure: 'arms', view: 'chart', theme: 'auto', lang: 'en' }),
} satisfies Meta<ElementArgs>;

/** Major arms (SIPRI TIV) in the latest year, 2021. */
export const Default: Story = {};

/** Military aid FY2002–FY2013 summed: Egypt about $1.3 bn a year. */
export const MilitaryAidPeriod: Story = { name: 'Military aid FY2002–FY2013', args: { measure: 'military-aid', from: '2002', to: '2013', highlight: 'EGY' } };

/** The same period as a table: the per-year column shows Egypt's ≈ $1.3 bn. */
export const MilitaryAidTable: Story = { name: 'Military aid table', tags: ['expect-table'], args: { measure: 'military-aid', from: '2002', to: '2013', view: 'table' } };

export const AidConstant: Story = { name: 'All aid, obligations, constant dollars', args: { measure: 'aid', year: '2020' } };

export const AidDisbursementsCurrent: Story = { name: 'All aid, disbursements, current dollars', args: { measure: 'aid', flow: 'disbursements', dollars: 'current', year: '2010' } };

export const Autocracies: Story = { name: 'Autocracies only, 1970–2021, LDI', args: { measure: 'arms', from: '1970', to: '2021', regime: 'autocracy', index: 'libdem' } };

/** Labelled highlights: the shaded quadrant holds large recipients with low scores. */
export const Highlights: Story = { name: 'Highlights, arms 2019', args: { year: '2019', highlight: 'SAU IND TUR EGY QAT' } };

export const LiberalDemocracyIndex: Story = { name: 'x = Liberal Democracy Index', args: { measure: 'military-aid', year: '2010', index: 'libdem', highlight: 'EGY PAK' } };

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark', highlight: 'SAU EGY' }, globals: { page: 'dark' } };

export const Narrow: Story = { name: 'Narrow (320px)', args: { measure: 'military-aid', year: '2005', highlight: 'EGY' }, render: narrow };


export const BadInput: Story = { name: 'Bad input', tags: ['expect-notice'], args: { measure: 'guns', year: '3000', regime: 'tyranny', highlight: 'XYZ' } };

/** The SIPRI chunk fails once; "Try again" loads the real data. */
export const LoadError: Story = { name: 'Data fails to load', tags: ['expect-error'], ...loadError(assistanceLoaders, 'arms') };

/** The chart in French, Spanish and Arabic: every word from the language's catalogue; Arabic reads right to left (plots and maps keep their geometry). */
export const French: Story = { name: 'Français (fr)', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español (es)', args: { lang: 'es' } };
export const Arabic: Story = { name: 'العربية (ar)', args: { lang: 'ar' } };
