// What the chart loads the first time a reader asks for it, in a file of its
// own (core/lazy-module.ts): the table view, the ship-year view and the
// Download menu's table. The map and its list need none of it to draw.
export { renderEquipmentTable } from './table.js';
export { renderShipYears, layoutShipYears } from './ship-years.js';
export { equipmentDataTable } from './data-table.js';
export { styles } from './views.styles.js';
