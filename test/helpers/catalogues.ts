// The shipped catalogues, as tests import them (a chart loads its own by itself).
import fr from '../../src/i18n/lang-fr.json';
import es from '../../src/i18n/lang-es.json';
import ar from '../../src/i18n/lang-ar.json';

export const CATALOGUES = { fr, es, ar } as unknown;
