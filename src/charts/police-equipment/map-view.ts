// The map (a listbox of states, each filled by its class), its legend and the
// ranked list beside it. Pure functions of the layout, the rows and wording.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { listboxPlot } from '../../core/listbox-plot.js';
import { messages } from '../../core/i18n.js';
import type { MapLayout } from './map-layout.js';
import { CLASSES, classOf, type Measure, type Per, type StateRow } from './equipment.js';
import { shortValue } from './describe.js';

const msg = messages({
  'police.mapLabel': '{label}. Arrow keys move between states, letters jump by name, Enter selects one.',
  'police.legend': 'Legend',
  'police.keyZero': 'None',
  'police.keyBelow': 'Under {value}',
  'police.keyRange': '{low} to under {high}',
  'police.keyAbove': '{value} or more',
  'police.keyNoData': 'No data',
  'police.listHeading': 'Most held',
  'police.listHeading100k': 'Most per 100,000 residents',
  'police.listLabel': '{rank}. {name}',
});

export interface MapHandlers {
  pointermove: (event: PointerEvent) => void;
  pointerleave: () => void;
  click: (event: MouseEvent) => void;
  keydown: (event: KeyboardEvent) => void;
  focus: () => void;
  blur: () => void;
}

export interface MapView {
  layout: MapLayout;
  /** By FIPS code: the row of each state drawn. */
  rows: ReadonlyMap<string, StateRow>;
  breaks: readonly number[];
  labels: ReadonlyMap<string, string>;
  active: string;
  selected: string;
  label: string;
}

const optionId = (fips: string): string => `st-${fips}`;

export function renderStateMap(v: MapView, on: MapHandlers): TemplateResult {
  const { layout } = v;
  const active = layout.shapes.find((s) => s.fips === v.active);
  const selected = layout.shapes.find((s) => s.fips === v.selected);
  return listboxPlot(layout, msg('police.mapLabel', { label: v.label }), active ? optionId(active.fips) : undefined, on, svg`
    ${layout.shapes.map((s) => {
      const row = v.rows.get(s.fips);
      const cls = row && row.status === 'ranked' ? classOf(row.value, v.breaks) : -1;
      return svg`<path id=${optionId(s.fips)} class="state ${cls < 0 ? 'no-data' : `c${cls}`}" d=${s.d} data-fips=${s.fips}
        role="option" aria-selected=${s.fips === v.selected ? 'true' : 'false'} aria-label=${v.labels.get(s.fips) ?? ''}></path>`;
    })}
    ${selected ? svg`<path class="selected" d=${selected.d} aria-hidden="true"></path>` : nothing}
    ${active ? svg`<path class="focus-ring" d=${active.d} aria-hidden="true"></path>` : nothing}
  `, 'map');
}

/** Zero, the classes between the breaks, and no data (dotted outline): never colour alone, each with its range in words. */
export function renderMapLegend(m: Measure, breaks: readonly number[] | undefined, zero = true): TemplateResult {
  const items: [string, string][] = [];
  if (breaks) {
    if (zero) items.push(['c0', msg('police.keyZero')]);
    const edges = [...breaks];
    for (let k = 0; k <= edges.length && k < CLASSES; k++) {
      const low = edges[k - 1];
      const high = edges[k];
      const text =
        low === undefined && high !== undefined
          ? msg('police.keyBelow', { value: shortValue(m, high) })
          : high === undefined
            ? msg('police.keyAbove', { value: shortValue(m, low ?? 0) })
            : msg('police.keyRange', { low: shortValue(m, low!), high: shortValue(m, high) });
      items.push([`c${k + 1}`, text]);
    }
  }
  items.push(['no-data', msg('police.keyNoData')]);
  return html`<ul class="legend" part="legend" aria-label=${msg('police.legend')}>
    ${items.map(([cls, text]) => html`<li><svg viewBox="0 0 14 14" aria-hidden="true"><rect class="state ${cls}" width="14" height="14"></rect></svg>${text}</li>`)}
  </ul>`;
}

/** The ten places with the most, as bars. */
export function renderRankedList(rows: readonly StateRow[], m: Measure, p: Per, most = 10): TemplateResult {
  const top = rows.filter((r) => r.status === 'ranked').slice(0, most);
  const max = top[0]?.value || 1;
  return html`<div class="ranking" part="list">
    <h3>${msg(p === '100k' ? 'police.listHeading100k' : 'police.listHeading')}</h3>
    <ol>
      ${top.map(
        (r) => html`<li>
          <span class="name">${msg('police.listLabel', { rank: r.rank, name: r.name })}</span>
          <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect width=${Math.max(0.5, (r.value! / max) * 100)} height="10"></rect></svg>
          <span class="value">${shortValue(m, r.value!)}</span>
        </li>`,
      )}
    </ol>
  </div>`;
}
