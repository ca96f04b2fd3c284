import { css } from 'lit';

/*
 * Text that arrives with the data (summary, footer) gets its height reserved
 * per container width, so the page never jumps when data lands, measured in
 * Chromium every 10 px from 300 to 1300 px by scripts/measure-reserve.mjs
 * (re-run it, and its --check, when the text changes), over the default and
 * the spans from=2009 to=2017, from=2016 and from=2002 to=2008:
 *   node scripts/measure-reserve.mjs rights-guantanamo --sel ".summary,footer" --extra footer=2
 *     --variant "" --variant "from=2009 to=2017" --variant "from=2016" --variant "from=2002 to=2008"
 * (the same flags with --lang fr|es|ar --write for the catalogues, and with --check).
 */
export const guantanamoStyles = css`
  .summary { min-height: calc(2 * 1.4em); }
  footer { min-height: calc(1 * 1.4em + 2px); }
  @container (max-width: 735px) { .summary { min-height: calc(3 * 1.4em); } }
  @container (max-width: 505px) { .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 495px) { footer { min-height: calc(2 * 1.4em + 2px); } }
  @container (max-width: 365px) { .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 305px) { .summary { min-height: calc(6 * 1.4em); } }
  .term {
    fill: var(--rights-surface, var(--_surface));
  }
  .term-edge {
    stroke: var(--rights-border, var(--_border));
    stroke-width: 1;
  }
  .term-label {
    fill: var(--rights-muted, var(--_muted));
    font-size: 11px;
    font-weight: 600;
  }
  .peak {
    fill: var(--rights-accent, var(--_accent));
    opacity: 0.18;
  }
  .peak-arrow {
    fill: var(--rights-accent, var(--_accent));
  }
  .known,
  .between {
    fill: none;
    stroke: var(--rights-text, var(--_text));
    stroke-linejoin: round;
  }
  .known {
    stroke-width: 2.5;
  }
  .between {
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
    opacity: 0.8;
  }
  .dot {
    fill: var(--rights-text, var(--_text));
    stroke: var(--rights-bg, var(--_bg));
    stroke-width: 1.5;
  }
  .hit {
    fill: transparent;
  }
  .count.active .dot {
    fill: var(--rights-accent, var(--_accent));
  }
  .value {
    fill: var(--rights-text, var(--_text));
    font-size: 11px;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--rights-bg, var(--_bg));
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip .held {
    font-variant-numeric: tabular-nums;
  }
  .tooltip .note {
    margin-top: 2px;
    color: var(--rights-muted, var(--_muted));
  }
  table.terms {
    margin-top: 12px;
  }
  tr.total th,
  tr.total td {
    font-weight: 700;
  }
  .legend .peak {
    opacity: 0.35;
  }
  .legend .known,
  .legend .between {
    stroke: currentColor;
  }
  .legend .dot {
    fill: currentColor;
  }
  .legend .term {
    stroke: var(--rights-border, var(--_border));
  }
`;
