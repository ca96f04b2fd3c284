import type { Meta } from '@storybook/web-components';
import '../src/index.js';
import { corruptionLoaders } from '../src/data/corruption.js';
import { loadError, manifestMeta, narrow, type ElementArgs, type Story } from './manifest.js';

// Tags `expect-table`, `expect-error` and `expect-notice` say what a rendered story must show (default: the chart).
export default {
  title: 'Charts/Corruption Perceptions Index',
  ...manifestMeta('rights-corruption', { view: 'ranking', theme: 'auto', lang: 'en' }),
} satisfies Meta<ElementArgs>;

/** The 2023 ranking as Transparency International published it: rank, score, 90% interval, standard error and number of sources. */
export const Default: Story = { tags: ['expect-table'] };

/** Every edition's score per country (2012–2018 and 2023; the 2019–2022 editions are not in the data). */
export const Table: Story = { name: 'Scores by edition', tags: ['expect-table'], args: { view: 'table' } };

/** An edition without TI's detail in the data: countries by score, highest first. */
export const Edition2015: Story = { name: '2015 edition', tags: ['expect-table'], args: { year: '2015' } };

/** A few countries picked, one highlighted. */
export const Picked: Story = { name: 'Countries picked (countries, highlight)', tags: ['expect-table'], args: { countries: 'DNK USA SOM BRA IND', highlight: 'USA' } };

export const DarkTheme: Story = { name: 'Dark theme', tags: ['expect-table'], args: { theme: 'dark' }, globals: { page: 'dark' } };

export const Narrow: Story = { name: 'Narrow (320px)', tags: ['expect-table'], render: narrow };

export const BadInput: Story = { name: 'Bad input', tags: ['expect-table', 'expect-notice'], args: { year: '2020', countries: 'USA XYZ', sort: 'size' } };

/** The data chunk fails to load once; "Try again" loads it. */
export const LoadError: Story = { name: 'Data fails to load', tags: ['expect-error'], ...loadError(corruptionLoaders, 'cpi') };

/** The table in French, Spanish and Arabic: every word from the language's catalogue; Arabic reads right to left. */
export const French: Story = { name: 'Français (fr)', tags: ['expect-table'], args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español (es)', tags: ['expect-table'], args: { lang: 'es' } };
export const Arabic: Story = { name: 'العربية (ar)', tags: ['expect-table'], args: { lang: 'ar' } };
