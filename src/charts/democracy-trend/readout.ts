// The crosshair readout: the year, the index and its edition, one line per
// series, and the active country's episode. Pure.
import { html, nothing, type TemplateResult } from 'lit';
import type { Episode, TrendSeries } from '../../democracy/trend-data.js';
import { crosshairLines, episodeText, type TrendWording } from './describe.js';
import { lineColor } from './chart.js';

export interface ReadoutView {
  year: number;
  series: TrendSeries[];
  codes: string[];
  active: string;
  episodes: Episode[];
  hasInterval: boolean;
  words: TrendWording;
}

export function renderReadout(v: ReadoutView): TemplateResult {
  const episode = episodeText(v.episodes, v.year);
  return html`<strong>${v.year}</strong>
    <p class="note">${v.words.indexLabel}${v.hasInterval ? '; 68% interval in brackets' : ''}</p>
    <dl>
      ${crosshairLines(v.series, v.year, v.words).map(
        (line) => html`<dt>
            <svg class="swatch" viewBox="0 0 10 3" aria-hidden="true"><rect width="10" height="3" fill=${lineColor(v.codes, line.id)}></rect></svg
            >${line.id === v.active ? html`<b>${line.label}</b>` : line.label}
          </dt>
          <dd>${line.value}</dd>`,
      )}
    </dl>
    ${episode ? html`<p class="note">${v.words.name(v.active)} ${episode}.</p>` : nothing}`;
}
