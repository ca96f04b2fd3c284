import { messages } from '../core/i18n.js';

const msg = messages({
  'democracy.regime.0': 'Closed autocracy',
  'democracy.regime.1': 'Electoral autocracy',
  'democracy.regime.2': 'Electoral democracy',
  'democracy.regime.3': 'Liberal democracy',
  'democracy.notCoded': 'Not coded by V-Dem',
});

/**
 * Regimes of the World (Lührmann, Tannenberg & Lindberg 2018), codes 0–3 as
 * V-Dem codes them: the one palette, names and symbols of every chart. An
 * array whose items are getters, so `REGIME_NAMES[k]` and `REGIME_NAMES.map`
 * speak the language of the update that reads them.
 */
export const REGIME_NAMES: readonly string[] = Object.defineProperties(
  [] as string[],
  Object.fromEntries([0, 1, 2, 3].map((i) => [i, { get: () => msg(`democracy.regime.${i as 0 | 1 | 2 | 3}`), enumerable: true }])),
);

/**
 * ColorBrewer PRGn 4-class (Cynthia Brewer, colorbrewer2.org), rated
 * colour-blind safe; written out rather than imported because
 * d3-scale-chromatic does not tree-shake.
 */
export const REGIME_COLORS: readonly string[] = ['#7b3294', '#c2a5cf', '#a6dba0', '#008837'];

/**
 * The same categories on a dark background, from the same PRGn scheme (its
 * 9-class #9970ab and #5aae61 for the outer two): #7b3294 and #008837 have
 * only 2.3:1 and 3.9:1 against the dark theme's background, these 4.5:1 and 6.5:1.
 */
export const REGIME_COLORS_DARK: readonly string[] = ['#9970ab', '#c2a5cf', '#a6dba0', '#5aae61'];

/** A shape per regime, so the category never rests on colour alone. */
export const REGIME_SYMBOLS = ['square', 'triangle', 'circle', 'diamond'] as const;

/** "Not coded by V-Dem" in the current (or a given) language. */
export const notCoded = (lang?: string): string => msg('democracy.notCoded', undefined, lang);

/** Codes 0 and 1 are autocracies, 2 and 3 democracies. */
export const isAutocracy = (regime: number | null): boolean => regime === 0 || regime === 1;

/** SVG path of a regime symbol of size s centred on 0,0; a dash when not coded. */
export function symbolPath(regime: number | null, s: number): string {
  const h = s / 2;
  switch (regime === null ? -1 : REGIME_SYMBOLS[regime]) {
    case 'square':
      return `M${-h},${-h}h${s}v${s}h${-s}Z`;
    case 'triangle':
      return `M0,${-h}L${h},${h}L${-h},${h}Z`;
    case 'circle':
      return `M${-h},0a${h},${h} 0 1,0 ${s},0a${h},${h} 0 1,0 ${-s},0Z`;
    case 'diamond':
      return `M0,${-h}L${h},0L0,${h}L${-h},0Z`;
    default:
      return `M${-h},0H${h}`;
  }
}
