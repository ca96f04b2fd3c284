// The column chart's SVG: the seats line, one stacked column per cycle (a
// listbox option each), the year labels, the U.S. row and the U.S. events.
// Pure.
import { nothing, svg, type TemplateResult } from 'lit';
import type { ListboxHandlers } from '../../core/handlers.js';
import { listboxPlot } from '../../core/listbox-plot.js';
import { tickLabelPlace } from '../../core/axes.js';
import { textWidth } from '../../core/text-width.js';
import { messages } from '../../core/i18n.js';
import { REGIME_COLORS, REGIME_COLORS_DARK } from '../../democracy/regimes.js';
import type { ColumnLayout, Part } from './column-layout.js';
import type { UsStanding } from './cycles.js';
import { eventWords, integer } from './describe.js';

const msg = messages({
  'hrc.plotLabel': '{label}. Left and right arrow keys move between the membership cycles; Enter chooses one for the table.',
});

export interface ColumnChartView {
  layout: ColumnLayout;
  /** Cycle index with keyboard focus, else -1. */
  active: number;
  /** Cycle index chosen (the table's), else -1. */
  chosen: number;
  dark: boolean;
  label: string;
  /** Each column's accessible name, by cycle index. */
  optionLabel: (index: number) => string;
  /** Each column's year label, by cycle index. */
  years: readonly string[];
}

/** Fills dark enough for white numbers on them (light theme: closed autocracy and liberal democracy). */
const ON_DARK = new Set<Part>([0, 3]);

function usMark(us: UsStanding, x: number, y: number): TemplateResult {
  // Member: a filled square; withdrew during the cycle: half filled; not a member: an outline.
  const s = 8;
  const box = svg`<rect class="us-box" x=${x - s / 2} y=${y - s / 2} width=${s} height=${s}></rect>`;
  if (us === 'member') return svg`<rect class="us-box us-member" x=${x - s / 2} y=${y - s / 2} width=${s} height=${s}></rect>`;
  if (us === 'withdrew') return svg`${box}<rect class="us-member" x=${x - s / 2} y=${y - s / 2} width=${s / 2} height=${s}></rect>`;
  return box;
}

export function renderColumnChart(v: ColumnChartView, on: ListboxHandlers): TemplateResult {
  const { layout } = v;
  const f = layout.frame;
  const colors = v.dark ? REGIME_COLORS_DARK : REGIME_COLORS;
  const fill = (part: Part): string | typeof nothing => (part === 'none' ? nothing : colors[part]!);
  const active = v.active >= 0 ? layout.columns[v.active] : undefined;
  return listboxPlot(f, msg('hrc.plotLabel', { label: v.label }), active ? `cycle-${active.cycle.index}` : undefined, on, svg`
    <g class="axis" aria-hidden="true">
      ${layout.valueTicks.map(
        (t) => svg`<line class="grid" x1=${f.left} x2=${f.right} y1=${t.y} y2=${t.y}></line>
          <text x=${f.left - 6} y=${t.y} dy="0.32em" text-anchor="end">${integer(t.value)}</text>`,
      )}
      <text class="seats-value" x=${f.left - 6} y=${layout.seats.y} dy="0.32em" text-anchor="end">${integer(layout.seats.value)}</text>
      ${layout.columns.map((c) =>
        c.tick
          ? yearLabel(c.cx, f.left - 2, f.width - 1, f.bottom + 14, c.cycle.index === v.chosen ? 'year chosen' : 'year', v.years[c.cycle.index]!)
          : nothing,
      )}
      <text class="us-label" x=${f.left - 6} y=${layout.usY} dy="0.32em" text-anchor="end">${eventWords().usRow}</text>
    </g>
    ${layout.columns.map((c) => {
      const i = c.cycle.index;
      return svg`<g id="cycle-${i}" class="cycle ${i === v.active ? 'active' : ''} ${i === v.chosen ? 'chosen' : ''}" role="option"
          aria-selected=${i === v.chosen ? 'true' : 'false'} aria-label=${v.optionLabel(i)} data-index=${i}>
        ${i === v.chosen ? svg`<rect class="chosen-band" x=${c.x0 + 1} y=${f.top - 2} width=${Math.max(0, c.x1 - c.x0 - 2)} height=${f.bottom - f.top + 2}></rect>` : nothing}
        <rect class="hit" x=${c.x0} y=${f.top} width=${c.x1 - c.x0} height=${f.bottom - f.top + 40} data-index=${i}></rect>
        ${c.segments.map(
          (s) => svg`<rect class="segment part-${s.part}" x=${c.x} y=${s.y1} width=${c.width} height=${Math.max(0, s.y0 - s.y1 - 0.5)} fill=${fill(s.part)} data-index=${i}></rect>`,
        )}
        <g aria-hidden="true">${usMark(c.cycle.us, c.cx, layout.usY)}</g>
      </g>`;
    })}
    <g class="counts" aria-hidden="true">
      ${layout.columns.map((c) =>
        c.segments.map((s) =>
          s.label
            ? svg`<text class="count ${!v.dark && ON_DARK.has(s.part) ? 'on-dark' : 'on-light'} ${s.part === 'none' ? 'on-none' : ''}" x=${s.label.x} y=${s.label.y} dy="0.32em" text-anchor="middle">${integer(s.count)}</text>`
            : nothing,
        ),
      )}
    </g>
    <line class="seats" x1=${f.left} x2=${f.right} y1=${layout.seats.y} y2=${layout.seats.y} aria-hidden="true"></line>
    <g class="events" aria-hidden="true">
      ${layout.annotations.map(
        (a) => svg`<line class="event-line" x1=${layout.columns[a.cycle.index]!.cx} x2=${layout.columns[a.cycle.index]!.cx} y1=${a.lineY0} y2=${a.lineY1}></line>
          <text class="event" x=${a.x} y=${a.y} text-anchor=${a.anchor}>${a.text}</text>`,
      )}
    </g>
    ${active ? svg`<rect class="focus-ring" x=${active.x0 + 0.5} y=${f.top - 3} width=${Math.max(0, active.x1 - active.x0 - 1)} height=${f.bottom - f.top + 6} aria-hidden="true"></rect>` : nothing}
  `);
}

/** The year labels' size in px (the axis text). */
const YEAR_FONT = 11;

function yearLabel(x: number, left: number, right: number, y: number, cls: string, text: string) {
  const place = tickLabelPlace(x, textWidth(text, YEAR_FONT), left, right);
  return svg`<text class=${cls} x=${place.x} y=${y} text-anchor=${place.anchor}>${text}</text>`;
}
