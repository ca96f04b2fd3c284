// What the stories of the three U.S. security-assistance charts share: the elements
// <rights-assistance-map>, <rights-assistance-ranking> and <rights-assistance-vs-democracy>
// take the same attributes and fire the same events. Each story file keeps what differs
// (its `view` options and default, the `index` and `highlight` descriptions, the ranking's `limit`).
import type { TemplateResult } from 'lit';
import { html, literal } from 'lit/static-html.js';
import type { ArgTypes } from '@storybook/web-components';
import { attr } from './attributes.js';

/** One arg per shared attribute; empty means "attribute not set". */
export interface AssistanceArgs {
  measure: string;
  year: string;
  from: string;
  to: string;
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

const tags = {
  'rights-assistance-map': literal`rights-assistance-map`,
  'rights-assistance-ranking': literal`rights-assistance-ranking`,
  'rights-assistance-vs-democracy': literal`rights-assistance-vs-democracy`,
};

export type AssistanceTag = keyof typeof tags;

/** The element with each non-empty arg as an attribute; `limit` is the ranking's own. */
export function renderAssistance(tag: AssistanceTag, args: AssistanceArgs & { limit?: string }): TemplateResult {
  const name = tags[tag];
  return html`<${name}
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
  ></${name}>`;
}

/** Defaults of the shared args; each story file adds its `view` (and the ranking its `limit`). */
export const assistanceArgs = {
  measure: 'arms',
  year: '',
  from: '',
  to: '',
  flow: '',
  dollars: '',
  index: '',
  regime: '',
  highlight: '',
  selected: '',
  controls: '',
  theme: 'auto',
  lang: 'en',
  heading: '',
} satisfies Omit<AssistanceArgs, 'view' | `on${string}`>;

/** Controls of the shared args; each story file adds `index`, `highlight` and `view` (and the ranking `limit`). */
export const assistanceArgTypes = {
  measure: {
    control: 'select',
    options: ['arms', 'aid', 'military-aid'],
    description: '`arms` (SIPRI TIV, 1950–2021), `aid` (ForeignAssistance.gov, FY1946–2024) or `military-aid` (FY2002–2015).',
  },
  year: { control: 'text', description: 'A single year; empty = latest. Ignored when from/to is set.' },
  from: { control: 'text', description: 'First year of a period.' },
  to: { control: 'text', description: 'Last year of a period.' },
  flow: { control: 'select', options: ['', 'obligations', 'disbursements'], description: 'For aid: obligations or disbursements.' },
  dollars: { control: 'select', options: ['', 'constant', 'current'], description: 'For aid: constant (FY2022) or current dollars.' },
  regime: { control: 'inline-radio', options: ['all', 'autocracy', 'democracy'] },
  selected: { control: 'text' },
  controls: { control: 'select', options: ['', 'true', 'false'] },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  lang: { control: 'select', options: ['', 'en', 'fr', 'es', 'de', 'ar'] },
  heading: { control: 'text' },
  onRightsReady: { action: 'rights-ready', table: { disable: true } },
  onRightsYearChange: { action: 'rights-year-change', table: { disable: true } },
  onRightsSelect: { action: 'rights-select', table: { disable: true } },
} satisfies Partial<ArgTypes<AssistanceArgs>>;
