// The crosshair readout: the year, the index and its edition, one line per
// series, and each country's episode in that year. Pure.
import { html, type TemplateResult } from 'lit';
import type { SeriesStyle } from '../../core/series-palette.js';
import type { Episode, TrendSeries } from '../../democracy/trend-data.js';
import { crosshairLines, episodeText, type TrendWording } from './describe.js';
import { lineColor } from './chart.js';
import { messages } from '../../core/i18n.js';
import { yearText } from '../../democracy/trend-data.js';

const msg = messages({
  'trend.readoutNote': '{index}; 68% interval in brackets',
  'trend.readoutEpisode': '{name} {episode}.',
});

export interface ReadoutView {
  year: number;
  series: TrendSeries[];
  codes: string[];
  styles: Map<string, SeriesStyle>;
  active: string;
  /** A country's episodes (empty for averages). */
  episodes: (id: string) => Episode[];
  hasInterval: boolean;
  words: TrendWording;
}

export function renderReadout(v: ReadoutView): TemplateResult {
  const notes = v.codes.map((code) => ({ code, text: episodeText(v.episodes(code), v.year) })).filter((n) => n.text);
  return html`<strong>${yearText(v.year)}</strong>
    <p class="note">${v.hasInterval ? msg('trend.readoutNote', { index: v.words.indexLabel }) : v.words.indexLabel}</p>
    <dl>
      ${crosshairLines(v.series, v.year, v.words).map(
        (line) => html`<dt>
            <svg class="swatch" viewBox="0 0 10 3" aria-hidden="true"><rect width="10" height="3" fill=${lineColor(v.styles, line.id)}></rect></svg
            >${line.id === v.active ? html`<b>${line.label}</b>` : line.label}
          </dt>
          <dd>${line.value}</dd>`,
      )}
    </dl>
    ${notes.map((n) => html`<p class="note">${msg('trend.readoutEpisode', { name: v.words.name(n.code), episode: n.text })}</p>`)}`;
}
