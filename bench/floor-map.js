// The floor for bench/map-render.mjs: the least code that draws the same map.
// Data fetched as JSON like the embed's (URLs passed in): the embed's own V-Dem
// v15 file (compact, decoded by the element's expandJson), and the 1:110m outlines as TopoJSON, projected here at run time
// (the element loads the same outlines pre-projected by the data build). Same
// countries (Antarctica left out), same projection, extent and path precision,
// same five colours and thresholds; no interactivity, legend, text, table,
// tooltip, accessibility or theming.
// bench/map-render.mjs bundles and minifies this file with rollup + terser at
// bench time, as the embed is.
import { feature } from 'topojson-client';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { scaleThreshold } from 'd3-scale';
import { expandJson } from '../src/data/fetch-data.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 960;
const HEIGHT = WIDTH / 2;
const NO_DATA = '#c9ced6';
const color = scaleThreshold()
  .domain([0.2, 0.4, 0.6, 0.8])
  .range(['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494']);

let data;

/**
 * Downloads and prepares the data once per page, like the element's lazy
 * loaders (which also cache the TopoJSON -> GeoJSON conversion).
 */
function load(urls) {
  const json = (url) => fetch(url).then((response) => response.json());
  data ??= Promise.all([json(urls.world), json(urls.vdem).then(expandJson)]).then(([topology, vdem]) => {
    const countries = feature(topology, topology.objects.countries).features.filter(
      (f) => typeof f.id === 'string' && f.id !== 'ATA',
    );
    return { countries, vdem };
  });
  return data;
}

function fillFor(vdem, code, year) {
  const series = vdem.countries[code];
  const value = series ? (series.polyarchy[year - series.start] ?? null) : null;
  return value === null ? NO_DATA : color(value);
}

/** Draws the map for `year` into `container`; returns a year setter that re-fills the paths. */
export async function drawMap(container, year, urls) {
  const { countries, vdem } = await load(urls);
  const projection = geoEqualEarth().fitExtent(
    [
      [2, 2],
      [WIDTH - 2, HEIGHT - 2],
    ],
    { type: 'FeatureCollection', features: countries },
  );
  const path = geoPath(projection).digits(1);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute('class', 'map');
  const paths = countries.map((country) => {
    const element = document.createElementNS(SVG, 'path');
    element.setAttribute('d', path(country) ?? '');
    element.setAttribute('fill', fillFor(vdem, country.id, year));
    element.setAttribute('data-code', country.id);
    svg.append(element);
    return element;
  });
  container.append(svg);
  return {
    svg,
    setYear(next) {
      for (let i = 0; i < paths.length; i++) paths[i].setAttribute('fill', fillFor(vdem, countries[i].id, next));
    },
  };
}
