// The table view: the chosen cycle's members by regional group, each with its
// regime type and the year its term ends; then every cycle's count of members
// per regime type and the U.S. standing. Pure.
import { html, type TemplateResult } from 'lit';
import { messages } from '../../core/i18n.js';
import { currentLanguage } from '../../core/i18n.js';
import { notCoded, REGIME_NAMES } from '../../democracy/regimes.js';
import { autocracies, democracies, type Cycle, type Membership } from './cycles.js';
import { cycleLabel, formatDate, groupName, integer, regimeName, usShort } from './describe.js';

const msg = messages({
  'hrc.tableLabel': 'Table: {caption}',
  'hrc.membersCaption': 'Members in {cycle} ({from} to {to}), by UN regional group',
  'hrc.colCountry': 'Member',
  'hrc.colRegime': 'Regime type in {year} (V-Dem)',
  'hrc.colTermEnds': 'Term ends',
  'hrc.groupRow': '{group} ({count})',
  'hrc.countsCaption': 'Members per regime type, every cycle',
  'hrc.colCycle': 'Cycle',
  'hrc.colAutocracies': 'Autocracies',
  'hrc.colDemocracies': 'Democracies',
  'hrc.colStates': 'States',
  'hrc.colUs': 'United States',
  'hrc.notYet': 'not yet rated',
});

export interface TableView {
  membership: Membership;
  chosen: Cycle;
  groups: readonly string[];
  name: (code: string) => string;
}

export function renderMembershipTable(v: TableView): TemplateResult {
  const { chosen, membership: m } = v;
  const lang = currentLanguage();
  const caption = msg('hrc.membersCaption', { cycle: cycleLabel(chosen), from: formatDate(chosen.start), to: formatDate(chosen.end) });
  const byGroup = v.groups
    .map((group, g) => ({
      group,
      members: chosen.members
        .filter((member) => member.group === g)
        .map((member) => ({ member, name: v.name(member.code) }))
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    }))
    .filter((x) => x.members.length);
  const ungrouped = chosen.members.filter((member) => !v.groups[member.group]);
  if (ungrouped.length) byGroup.push({ group: '', members: ungrouped.map((member) => ({ member, name: v.name(member.code) })) });
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('hrc.tableLabel', { caption })}>
    <table class="members">
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('hrc.colCountry')}</th>
          <th scope="col">${msg('hrc.colRegime', { year: chosen.ratingYear })}</th>
          <th scope="col" class="number">${msg('hrc.colTermEnds')}</th>
        </tr>
      </thead>
      ${byGroup.map(
        (x) => html`<tbody>
          <tr class="group-row">
            <th scope="colgroup" colspan="3">${msg('hrc.groupRow', { group: groupName(x.group || undefined), count: x.members.length })}</th>
          </tr>
          ${x.members.map(
            ({ member, name }) => html`<tr>
              <th scope="row">${name}</th>
              <td>${chosen.rated ? regimeName(member) : msg('hrc.notYet')}</td>
              <td class="number">${integer(member.expires)}</td>
            </tr>`,
          )}
        </tbody>`,
      )}
    </table>
    <table class="counts">
      <caption>${msg('hrc.countsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('hrc.colCycle')}</th>
          <th scope="col" class="number">${msg('hrc.colAutocracies')}</th>
          ${[0, 1].map((k) => html`<th scope="col" class="number sub">${REGIME_NAMES[k]}</th>`)}
          <th scope="col" class="number">${msg('hrc.colDemocracies')}</th>
          ${[2, 3].map((k) => html`<th scope="col" class="number sub">${REGIME_NAMES[k]}</th>`)}
          <th scope="col" class="number">${notCoded()}</th>
          <th scope="col" class="number">${msg('hrc.colStates')}</th>
          <th scope="col">${msg('hrc.colUs')}</th>
        </tr>
      </thead>
      <tbody>
        ${m.cycles.map(
          (c) => html`<tr class=${c === chosen ? 'chosen' : ''}>
            <th scope="row">${cycleLabel(c)}</th>
            ${c.rated
              ? html`<td class="number">${integer(autocracies(c))}</td>
                  ${[0, 1].map((k) => html`<td class="number">${integer(c.counts[k]!)}</td>`)}
                  <td class="number">${integer(democracies(c))}</td>
                  ${[2, 3].map((k) => html`<td class="number">${integer(c.counts[k]!)}</td>`)}`
              : html`<td colspan="6" class="not-yet">${msg('hrc.notYet')}</td>`}
            <td class="number">${integer(c.notRated)}</td>
            <td class="number">${integer(c.members.length)}</td>
            <td>${usShort(c.us)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
