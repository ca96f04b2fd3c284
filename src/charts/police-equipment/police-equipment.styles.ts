import { css } from 'lit';
import { toolbarStyles } from '../../core/chart-styles.js';

/*
 * Text that arrives with the data (notes, legend, list, summary, footer) gets its
 * height reserved per container width and per unit (data-per, known before
 * the data), so the page never jumps when data lands, measured in Chromium
 * every 10 px from 300 to 1300 px over every measure by
 *   node scripts/measure-reserve.mjs rights-police-equipment
 * (its preset; the same with --lang fr|es|ar --write for the catalogues, and
 * with --check). The map's stage keeps the outlines' proportions by itself.
 */
const reserve = css`
  /* <rights-police-equipment> [data-per="total"]: measure=value per=total | measure=controlled per=total | measure=rifles per=total | measure=mraps per=total | measure=aircraft per=total; container widths 276–1276 px */
  [data-per="total"] .notes { min-height: calc(4 * 1.4em); }
  [data-per="total"] .legend { min-height: calc(1 * 1.4em); }
  [data-per="total"] .ranking { min-height: calc(7 * 1.4em); }
  [data-per="total"] .summary { min-height: calc(2 * 1.4em); }
  [data-per="total"] footer { min-height: calc(1 * 1.4em + 2px); }
  @container (max-width: 875px) { [data-per="total"] .notes { min-height: calc(5 * 1.4em); } }
  @container (max-width: 865px) { [data-per="total"] .notes { min-height: calc(6 * 1.4em); } }
  @container (max-width: 855px) { [data-per="total"] .legend { min-height: calc(2 * 1.4em + 4px); } }
  @container (max-width: 785px) { [data-per="total"] .summary { min-height: calc(3 * 1.4em); } }
  @container (max-width: 645px) { [data-per="total"] .ranking { min-height: calc(12 * 1.4em); } }
  @container (max-width: 595px) { [data-per="total"] .notes { min-height: calc(7 * 1.4em); } }
  @container (max-width: 535px) {
    [data-per="total"] .summary { min-height: calc(4 * 1.4em); }
    [data-per="total"] footer { min-height: calc(2 * 1.4em + 2px); }
  }
  @container (max-width: 465px) {
    [data-per="total"] .notes { min-height: calc(8 * 1.4em); }
    [data-per="total"] .legend { min-height: calc(3 * 1.4em + 8px); }
  }
  @container (max-width: 455px) { [data-per="total"] .notes { min-height: calc(9 * 1.4em); } }
  @container (max-width: 405px) { [data-per="total"] .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 385px) { [data-per="total"] .legend { min-height: calc(4 * 1.4em + 12px); } }
  @container (max-width: 335px) {
    [data-per="total"] .notes { min-height: calc(10 * 1.4em); }
    [data-per="total"] .summary { min-height: calc(6 * 1.4em); }
  }
  @container (max-width: 315px) { [data-per="total"] .notes { min-height: calc(11 * 1.4em); } }
  @container (max-width: 295px) { [data-per="total"] .notes { min-height: calc(12 * 1.4em); } }
  @container (max-width: 285px) { [data-per="total"] footer { min-height: calc(3 * 1.4em + 2px); } }
  /* <rights-police-equipment> [data-per="100k"]: measure=value per=100k | measure=controlled per=100k | measure=rifles per=100k | measure=mraps per=100k | measure=aircraft per=100k; container widths 276–1276 px */
  [data-per="100k"] .notes { min-height: calc(5 * 1.4em); }
  [data-per="100k"] .legend { min-height: calc(1 * 1.4em); }
  [data-per="100k"] .ranking { min-height: calc(7 * 1.4em); }
  [data-per="100k"] .summary { min-height: calc(2 * 1.4em); }
  [data-per="100k"] footer { min-height: calc(1 * 1.4em + 2px); }
  @container (max-width: 1105px) { [data-per="100k"] .summary { min-height: calc(3 * 1.4em); } }
  @container (max-width: 965px) { [data-per="100k"] .notes { min-height: calc(6 * 1.4em); } }
  @container (max-width: 935px) { [data-per="100k"] .legend { min-height: calc(2 * 1.4em + 4px); } }
  @container (max-width: 865px) { [data-per="100k"] .notes { min-height: calc(7 * 1.4em); } }
  @container (max-width: 745px) { [data-per="100k"] .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 645px) { [data-per="100k"] .ranking { min-height: calc(12 * 1.4em); } }
  @container (max-width: 635px) { [data-per="100k"] .notes { min-height: calc(8 * 1.4em); } }
  @container (max-width: 595px) { [data-per="100k"] .notes { min-height: calc(9 * 1.4em); } }
  @container (max-width: 555px) { [data-per="100k"] .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 535px) { [data-per="100k"] footer { min-height: calc(2 * 1.4em + 2px); } }
  @container (max-width: 505px) { [data-per="100k"] .legend { min-height: calc(3 * 1.4em + 8px); } }
  @container (max-width: 495px) { [data-per="100k"] .notes { min-height: calc(10 * 1.4em); } }
  @container (max-width: 465px) { [data-per="100k"] .summary { min-height: calc(6 * 1.4em); } }
  @container (max-width: 455px) { [data-per="100k"] .notes { min-height: calc(11 * 1.4em); } }
  @container (max-width: 415px) { [data-per="100k"] .legend { min-height: calc(4 * 1.4em + 12px); } }
  @container (max-width: 395px) { [data-per="100k"] .notes { min-height: calc(12 * 1.4em); } }
  @container (max-width: 385px) { [data-per="100k"] .summary { min-height: calc(7 * 1.4em); } }
  @container (max-width: 345px) {
    [data-per="100k"] .notes { min-height: calc(13 * 1.4em); }
    [data-per="100k"] .summary { min-height: calc(8 * 1.4em); }
  }
  @container (max-width: 315px) { [data-per="100k"] .notes { min-height: calc(14 * 1.4em); } }
  @container (max-width: 295px) { [data-per="100k"] .notes { min-height: calc(16 * 1.4em); } }
  @container (max-width: 285px) {
    [data-per="100k"] .summary { min-height: calc(9 * 1.4em); }
    [data-per="100k"] footer { min-height: calc(3 * 1.4em + 2px); }
  }
`;

export const policeEquipmentStyles = [
  toolbarStyles,
  reserve,
  css`
    .stage {
      position: relative;
      width: 100%;
      aspect-ratio: 975 / 610;
    }
    .stage.table-view,
    [data-view="years"] .stage {
      aspect-ratio: auto;
    }
    /* The ship-year figure: caption, a plot at most 240 px tall, its note. */
    [data-view="years"] .stage:not(.table-view) {
      min-height: 320px;
    }
    .notes {
      font-size: 0.9em;
      color: var(--rights-muted, var(--_muted));
    }
    .notes p {
      margin: 4px 0;
    }
    .notes p:first-child {
      color: var(--rights-text, var(--_text));
      font-weight: 600;
    }
    svg.map {
      display: block;
      width: 100%;
      height: 100%;
      touch-action: manipulation;
    }
    svg.map:focus {
      outline: none;
    }
    svg.map:focus-visible {
      outline: 2px solid var(--rights-focus, var(--_focus));
      outline-offset: 2px;
    }
    .state {
      stroke: var(--rights-bg, var(--_bg));
      stroke-width: 0.75;
      cursor: pointer;
    }
    svg.map .state:hover {
      stroke: var(--rights-text, var(--_text));
      stroke-width: 1.25;
    }
    /* Orange-red steps (ColorBrewer OrRd): ordered by lightness, readable without hue. */
    .c0 { fill: var(--rights-surface, var(--_surface)); }
    .c1 { fill: #fdd49e; }
    .c2 { fill: #fc8d59; }
    .c3 { fill: #d7301f; }
    .c4 { fill: #7f0000; }
    .c0,
    .no-data {
      stroke: var(--rights-border, var(--_border));
    }
    .no-data {
      fill: var(--rights-bg, var(--_bg));
      stroke-dasharray: 2 2;
      stroke: var(--rights-no-data, var(--_no-data));
    }
    @media not print {
      .chart.dark .c4 { fill: #ef6548; }
      .chart.dark .c3 { fill: #fc8d59; }
      .chart.dark .c2 { fill: #fdbb84; }
      .chart.dark .c1 { fill: #fee8c8; }
      .chart.dark .c2,
      .chart.dark .c1 { stroke: var(--_bg); }
    }
    .selected,
    .focus-ring {
      fill: none;
      pointer-events: none;
    }
    .selected {
      stroke: var(--rights-text, var(--_text));
      stroke-width: 2.5;
    }
    .focus-ring {
      stroke: var(--rights-focus, var(--_focus));
      stroke-width: 2;
      stroke-dasharray: 4 2;
    }
    /* The space above the list belongs to the list's box, not its heading: a heading's margin
       would collapse through the empty box while loading and move the page when the list lands. */
    .ranking {
      margin-top: 12px;
    }
    .ranking h3 {
      font-size: 0.95em;
      margin: 0 0 4px;
    }
    .ranking ol {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 2px 16px;
      font-size: 0.9em;
    }
    @container (min-width: 640px) {
      .ranking ol {
        grid-template-columns: 1fr 1fr;
        grid-auto-flow: column;
        grid-template-rows: repeat(5, auto);
      }
    }
    .ranking li {
      display: grid;
      grid-template-columns: minmax(7.5em, 11em) 1fr auto;
      align-items: center;
      gap: 8px;
      line-height: 1.5em;
    }
    .ranking .name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .ranking .bar {
      width: 100%;
      height: 0.7em;
    }
    .ranking .bar rect {
      fill: var(--rights-accent, var(--_accent));
    }
    .ranking .value {
      font-variant-numeric: tabular-nums;
      text-align: end;
    }
  `,
];
