// What the chart loads the first time a reader asks for it, in a file of its
// own (core/lazy-module.ts): the official-vs-independent view (its rows and
// pairs, axis, drawing, summary and tooltips), the table views and the
// Download menu's table. The annual chart needs none of it to draw.
export { compare, rowsOf } from './comparison.js';
export { comparisonAxis } from './comparison-layout.js';
export { comparisonSummary, pairsOf } from './comparison-pairs.js';
export { comparisonChart } from './comparison-view.js';
export { comparisonTipFor } from './comparison-tip.js';
export { annualTable, comparisonTable } from './tables.js';
export { harmDataTable } from './data-table.js';
export { styles } from './views.styles.js';
