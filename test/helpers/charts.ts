/**
 * Every element with what its loaded default view draws (a selector to wait
 * for) and the attributes that give it something to draw, for tests that run
 * one check across all ten: [tag, drawn, attributes].
 */
export const EVERY_CHART: [string, string, Record<string, string>][] = [
  ['rights-democracy-map', 'svg.map path.country', {}],
  ['rights-regime-share', 'svg.plot path.band', {}],
  ['rights-democracy-trend', 'svg.plot path.line', { countries: 'USA HUN' }],
  ['rights-democracy-change', 'svg.plot g.row', {}],
  ['rights-timeline', 'input[type="range"]', {}],
  ['rights-civilian-harm', 'svg.plot rect.hit', {}],
  ['rights-strike-map', 'svg.map path.land', {}],
  ['rights-assistance-ranking', 'svg.bars g.row', {}],
  ['rights-assistance-map', 'svg.map path.country', {}],
  ['rights-assistance-vs-democracy', 'svg.scatter .dot', {}],
];
