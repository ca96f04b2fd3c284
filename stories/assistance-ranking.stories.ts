import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../src/index.js';
import { assistanceLoaders } from '../src/data/assistance.js';

/** One arg per attribute of <rights-assistance-ranking>; empty means "attribute not set". */
interface RankingArgs {
  measure: string;
  year: string;
  from: string;
  to: string;
  limit: string;
  flow: string;
  dollars: string;
  index: string;
  regime: string;
  highlight: string;
  selected: string;
  controls: string;
  view: string;
  theme: string;
  lang: string;
  heading: string;
  onRightsReady?: (event: Event) => void;
  onRightsYearChange?: (event: Event) => void;
  onRightsSelect?: (event: Event) => void;
}

const attr = (value: string | undefined): string | typeof nothing => (value === undefined || value === '' ? nothing : value);

function renderRanking(args: RankingArgs): TemplateResult {
  return html`<rights-assistance-ranking
    measure=${attr(args.measure)}
    year=${attr(args.year)}
    from=${attr(args.from)}
    to=${attr(args.to)}
    limit=${attr(args.limit)}
    flow=${attr(args.flow)}
    dollars=${attr(args.dollars)}
    index=${attr(args.index)}
    regime=${attr(args.regime)}
    highlight=${attr(args.highlight)}
    selected=${attr(args.selected)}
    controls=${attr(args.controls)}
    view=${attr(args.view)}
    theme=${attr(args.theme)}
    lang=${attr(args.lang)}
    heading=${attr(args.heading)}
    @rights-ready=${args.onRightsReady}
    @rights-year-change=${args.onRightsYearChange}
    @rights-select=${args.onRightsSelect}
  ></rights-assistance-ranking>`;
}

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show.
const meta = {
  title: 'Charts/Assistance ranking',
  component: 'rights-assistance-ranking',
  tags: ['autodocs'],
  render: (args) => html`<div class="sb-wide">${renderRanking(args)}</div>`,
  args: {
    measure: 'arms',
    year: '',
    from: '',
    to: '',
    limit: '15',
    flow: '',
    dollars: '',
    index: '',
    regime: '',
    highlight: '',
    selected: '',
    controls: '',
    view: 'chart',
    theme: 'auto',
    lang: 'en',
    heading: '',
  },
  argTypes: {
    measure: {
      control: 'select',
      options: ['arms', 'aid', 'military-aid'],
      description: '`arms` (SIPRI TIV, 1950–2021), `aid` (ForeignAssistance.gov, FY1946–2024) or `military-aid` (FY2002–2015).',
    },
    year: { control: 'text', description: 'A single year; empty = latest. Ignored when from/to is set.' },
    from: { control: 'text', description: 'First year of a period.' },
    to: { control: 'text', description: 'Last year of a period.' },
    limit: { control: 'text', description: 'Number of bars, 1–40.' },
    flow: { control: 'select', options: ['', 'obligations', 'disbursements'], description: 'For aid: obligations or disbursements.' },
    dollars: { control: 'select', options: ['', 'constant', 'current'], description: 'For aid: constant (FY2022) or current dollars.' },
    index: { control: 'select', options: ['', 'polyarchy', 'libdem'], description: 'Democracy index beside each bar: EDI or LDI.' },
    regime: { control: 'inline-radio', options: ['all', 'autocracy', 'democracy'] },
    highlight: { control: 'text', description: 'ISO alpha-3 codes to mark, e.g. `EGY ISR`.' },
    selected: { control: 'text' },
    controls: { control: 'select', options: ['', 'true', 'false'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'select', options: ['', 'en', 'fr', 'es', 'de', 'ar'] },
    heading: { control: 'text' },
    onRightsReady: { action: 'rights-ready', table: { disable: true } },
    onRightsYearChange: { action: 'rights-year-change', table: { disable: true } },
    onRightsSelect: { action: 'rights-select', table: { disable: true } },
  },
} satisfies Meta<RankingArgs>;

export default meta;
type Story = StoryObj<RankingArgs>;

/** Major arms (SIPRI TIV) in the latest year, 2021. */
export const Default: Story = {};

/** Military aid FY2002–FY2013: Egypt at about $1.3 bn a year. */
export const MilitaryAidPeriod: Story = {
  name: 'Military aid FY2002–FY2013',
  args: { measure: 'military-aid', from: '2002', to: '2013', highlight: 'EGY' },
};

/** The same period as a table: the per-year column shows Egypt's ≈ $1.3 bn. */
export const MilitaryAidTable: Story = {
  name: 'Military aid table',
  tags: ['expect-table'],
  args: { measure: 'military-aid', from: '2002', to: '2013', view: 'table' },
};

export const AidConstant: Story = { name: 'All aid, obligations, constant dollars', args: { measure: 'aid', year: '2020' } };

export const AidDisbursementsCurrent: Story = {
  name: 'All aid, disbursements, current dollars',
  args: { measure: 'aid', flow: 'disbursements', dollars: 'current', year: '2010' },
};

export const Autocracies: Story = {
  name: 'Autocracies only, 1970–2021, LDI',
  args: { measure: 'arms', from: '1970', to: '2021', regime: 'autocracy', index: 'libdem' },
};

export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark', highlight: 'SAU' }, globals: { page: 'dark' } };

export const Narrow: Story = {
  name: 'Narrow (320px)',
  args: { measure: 'military-aid', year: '2005', highlight: 'EGY' },
  render: (args) => html`<div class="sb-narrow">${renderRanking(args)}</div>`,
};

export const French: Story = { name: 'Another language (fr)', args: { lang: 'fr' } };

export const BadInput: Story = {
  name: 'Bad input',
  tags: ['expect-notice'],
  args: { measure: 'guns', year: '3000', limit: '500', regime: 'tyranny', highlight: 'XYZ' },
};

/** The SIPRI chunk fails once; "Try again" loads the real data. */
export const LoadError: Story = {
  name: 'Data fails to load',
  tags: ['expect-error'],
  beforeEach: () => {
    const original = assistanceLoaders.arms;
    assistanceLoaders.arms = () => {
      assistanceLoaders.arms = original;
      return Promise.reject(new Error('Simulated network failure (story "Data fails to load")'));
    };
    return () => {
      assistanceLoaders.arms = original;
    };
  },
};
