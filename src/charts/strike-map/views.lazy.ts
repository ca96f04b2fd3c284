// The records as a table: the table view and the Download menu's table, in a
// file of its own that the map loads the first time either is asked for
// (core/lazy-module.ts).
export { strikeTable } from './table.js';
export { strikeDataTable } from './data-table.js';
export { styles } from './views.styles.js';
