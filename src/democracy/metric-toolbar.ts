// The toolbar of the democracy index charts (trend, change): the index to
// show and the table switch. A pure view; the chart handles the choices.
import type { TemplateResult } from 'lit';
import { menu, renderToolbar } from '../core/toolbar.js';
import { METRIC_DEFINITIONS, measureLabel } from './metrics.js';
import { TREND_METRICS, type TrendMetric } from './trend-data.js';

export function renderMetricToolbar(metric: TrendMetric, table: boolean, choose: (metric: TrendMetric) => void, toggleTable: () => void): TemplateResult {
  return renderToolbar([menu(measureLabel(), TREND_METRICS, (id) => METRIC_DEFINITIONS[id].label, metric, choose)], { on: table, toggle: toggleTable });
}
