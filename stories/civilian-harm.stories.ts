import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/index.js';
import { civilianHarmLoaders } from '../src/data/civilian-harm.js';
import { attr } from './attributes.js';

/** One arg per attribute of <rights-civilian-harm>; empty means "attribute not set". */
interface HarmArgs {
  view: string;
  countries: string;
  from: string;
  to: string;
  measure: string;
  context: string;
  display: string;
  theme: string;
  lang: string;
  heading: string;
  onRightsReady?: (event: Event) => void;
  onRightsSelect?: (event: Event) => void;
}

function renderHarm(args: HarmArgs): TemplateResult {
  return html`<rights-civilian-harm
    view=${attr(args.view)}
    countries=${attr(args.countries)}
    from=${attr(args.from)}
    to=${attr(args.to)}
    measure=${attr(args.measure)}
    context=${attr(args.context)}
    display=${attr(args.display)}
    theme=${attr(args.theme)}
    lang=${attr(args.lang)}
    heading=${attr(args.heading)}
    @rights-ready=${args.onRightsReady}
    @rights-select=${args.onRightsSelect}
  ></rights-civilian-harm>`;
}

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show.
const meta = {
  title: 'Charts/Civilian harm',
  component: 'rights-civilian-harm',
  tags: ['autodocs'],
  render: (args) => html`<div class="sb-wide">${renderHarm(args)}</div>`,
  args: {
    view: 'annual',
    countries: '',
    from: '',
    to: '',
    measure: 'civilians',
    context: 'none',
    display: 'chart',
    theme: 'auto',
    lang: 'en',
    heading: '',
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['annual', 'official-vs-independent'] },
    countries: { control: 'text', description: 'TBIJ countries (ISO alpha-3): `PAK YEM SOM AFG`; empty = all four.' },
    from: { control: 'text', description: 'First year (2002–2018).' },
    to: { control: 'text', description: 'Last year (2002–2018).' },
    measure: { control: 'select', options: ['civilians', 'killed', 'children', 'injured'] },
    context: { control: 'inline-radio', options: ['none', 'ucdp'], description: '`ucdp` adds UCDP conflict deaths (all sides).' },
    display: { control: 'inline-radio', options: ['chart', 'table'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'select', options: ['', 'en', 'fr', 'de', 'ar'] },
    heading: { control: 'text' },
    onRightsReady: { action: 'rights-ready', table: { disable: true } },
    onRightsSelect: { action: 'rights-select', table: { disable: true } },
  },
} satisfies Meta<HarmArgs>;

export default meta;
type Story = StoryObj<HarmArgs>;

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

export const Narrow: Story = {
  name: 'Narrow (320px)',
  args: { countries: 'PAK YEM' },
  render: (args) => html`<div class="sb-narrow">${renderHarm(args)}</div>`,
};

export const NarrowComparison: Story = {
  name: 'Narrow official vs independent (320px)',
  args: { view: 'official-vs-independent' },
  render: (args) => html`<div class="sb-narrow">${renderHarm(args)}</div>`,
};

/** Unusable attributes: each is reported in a visible notice and falls back to a default. */
export const BadInput: Story = {
  name: 'Bad input',
  tags: ['expect-notice'],
  args: { view: 'pie', countries: 'PAK IRQ', from: '1990', to: 'soon', measure: 'goats', context: 'acled' },
};

/** The TBIJ chunk fails once; "Try again" loads the real data. */
export const LoadError: Story = {
  name: 'Data fails to load',
  tags: ['expect-error'],
  beforeEach: () => {
    const original = civilianHarmLoaders.tbijYearly;
    civilianHarmLoaders.tbijYearly = () => {
      civilianHarmLoaders.tbijYearly = original;
      return Promise.reject(new Error('Simulated network failure (story "Data fails to load")'));
    };
    return () => {
      civilianHarmLoaders.tbijYearly = original;
    };
  },
};
