// Published figures, reproduced by the table as a reader sees it (issue #17).
// The numbers below are typed from their publication, not read from the code
// or the data file: Transparency International's Corruption Perceptions Index
// 2023 (released 30 January 2024, https://www.transparency.org/en/cpi/2023), as
// reported on release and listed under "Checks against TI's published 2023
// results" in the dataset's SOURCE.md (shared/datasets/raw/ti-cpi-2023):
// - Denmark 90, rank 1 (the highest score);
// - United States 69, rank 24;
// - Somalia 11, rank 180 (the lowest score, last of 180 countries and territories).
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsCorruption } from '../../../src/index.js';
import { $$ } from '../../helpers/dom.js';
import { textIn } from '../../helpers/languages.js';
import { chartFixture, until } from '../../helpers/wait.js';

const fixtureOf = (template: ReturnType<typeof html>) => chartFixture<RightsCorruption>(template, 'rights-corruption', 'table');

/** The ranking's rows as [rank, country, score, …], whitespace collapsed. */
const rowsOf = (el: Element): string[][] =>
  $$(el, 'table.ranking tbody tr').map((tr) => [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));

describe('<rights-corruption> reproduces the published CPI 2023 figures', () => {
  it('Denmark 90, rank 1, first; United States 69, rank 24; Somalia 11, rank 180, last; 180 countries', async () => {
    const el = await fixtureOf(html`<rights-corruption year="2023" lang="en"></rights-corruption>`);
    ($$(el, 'button.more')[0] as HTMLButtonElement).click();
    await until(() => rowsOf(el).length === 180, 'every row after "Show all"');
    const rows = rowsOf(el);
    expect(rows.length).to.equal(180);
    expect(rows[0]!.slice(0, 3)).to.deep.equal(['1', 'Denmark', '90']);
    expect(rows.find((r) => r[1] === 'United States')!.slice(0, 3)).to.deep.equal(['24', 'United States', '69']);
    expect(rows[rows.length - 1]!.slice(0, 3)).to.deep.equal(['180', 'Somalia', '11']);
    expect(textIn(el, '.summary')).to.contain('Highest score: Denmark (90). Lowest: Somalia (11).');
  });

  it('the default edition is 2023, and the credit line is the one TI asks for', async () => {
    const el = await fixtureOf(html`<rights-corruption lang="en"></rights-corruption>`);
    expect(textIn(el, 'h2')).to.equal('Corruption Perceptions Index 2023');
    expect(textIn(el, '.licence-note a')).to.equal('Transparency International, Corruption Perceptions Index 2023, CC BY-ND 4.0');
    expect(rowsOf(el).find((r) => r[1] === 'United States')![2]).to.equal('69');
  });
});
