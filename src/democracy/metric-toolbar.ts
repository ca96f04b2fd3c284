// The toolbar of the democracy index charts (trend, change): the index to
// show and the table switch. A pure view; the chart handles the choices.
import { html, type TemplateResult } from 'lit';
import { METRIC_INFO, TREND_METRICS, type TrendMetric } from './trend-data.js';

export function renderMetricToolbar(metric: TrendMetric, table: boolean, choose: (metric: TrendMetric) => void, toggleTable: () => void): TemplateResult {
  return html`<div class="toolbar">
    <label
      >Measure
      <select @change=${(event: Event) => choose((event.target as HTMLSelectElement).value as TrendMetric)}>
        ${TREND_METRICS.map((id) => html`<option value=${id} ?selected=${id === metric}>${METRIC_INFO[id].label}</option>`)}
      </select></label
    >
    <button type="button" @click=${toggleTable} aria-pressed=${table ? 'true' : 'false'}>Table</button>
  </div>`;
}
