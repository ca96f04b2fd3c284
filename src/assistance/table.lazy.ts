// The assistance charts' numbers as a table: the table view and the Download
// menu's table, in a file of its own that a chart loads the first time either
// is asked for (core/lazy-module.ts).
export { renderRankingTable } from './ranking-table.js';
export { assistanceDataTable } from './data-table.js';
export { styles } from './table.styles.js';
