// The code every chart loads on first use (`*.lazy.ts` under src/: its table,
// a second view; core/lazy-module.ts), imported so that its English words are
// registered beside the charts' own: the catalogue checks read every word a
// chart can show. test/lint/views.test.mjs checks that this list is complete.
import '../../src/assistance/table.lazy.js';
import '../../src/charts/assistance-map/interaction.lazy.js';
import '../../src/charts/civilian-harm/views.lazy.js';
import '../../src/charts/strike-map/interaction.lazy.js';
import '../../src/charts/strike-map/views.lazy.js';
import '../../src/charts/surveillance-exports/table.lazy.js';
import '../../src/charts/police-equipment/interaction.lazy.js';
import '../../src/charts/police-equipment/views.lazy.js';
