// rights-atlas in a React 19 app.
//
// Props: React 19 sets a custom element's props as properties when the element
// defines them (every rights-atlas setting is a property), so they take their
// natural JS values: year={2010}, controls={false}, highlight={['HUN', 'POL']}.
// A value a chart cannot use (year={NaN}) is shown as a message in the chart.
//
// Events: either a ref and addEventListener (the map and the ranking below), or
// React 19's `on` + the exact event name, dashes and case kept (the trend):
// onrights-select={fn} listens to "rights-select".
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
// Each import defines one element (importing one twice is harmless).
import 'rights-atlas/democracy-map';
import 'rights-atlas/democracy-trend';
import 'rights-atlas/assistance-ranking';

const EVENTS = ['rights-ready', 'rights-year-change', 'rights-select'];
const HIGHLIGHTS = [
  ['HUN', 'POL'],
  ['IND', 'TUR', 'USA'],
];

/**
 * Adds `listener` for the rights-* events to the element in `ref`. A layout
 * effect, not useEffect: it runs as soon as the element is in the page, before
 * the element first draws. A chart whose data another chart already loaded
 * draws (and fires rights-ready) at once, before a useEffect would have run.
 */
function useRightsEvents(ref, listener) {
  useLayoutEffect(() => {
    const element = ref.current;
    for (const type of EVENTS) element.addEventListener(type, listener);
    // The cleanup matters: StrictMode mounts, unmounts and mounts again in development.
    return () => {
      for (const type of EVENTS) element.removeEventListener(type, listener);
    };
  }, [ref, listener]);
}

export function App() {
  const [year, setYear] = useState(2010);
  const [metric, setMetric] = useState('polyarchy');
  const [highlight, setHighlight] = useState(HIGHLIGHTS[0]);
  const [countries, setCountries] = useState(['HUN', 'POL', 'IND']);
  const [controls, setControls] = useState(false);
  const [events, setEvents] = useState({ last: null, counts: {} });
  const map = useRef(null);
  const ranking = useRef(null);

  // One stable listener (it only calls state setters), so listeners are added once.
  const onEvent = useCallback((event) => {
    const { type, detail, currentTarget } = event;
    setEvents((seen) => ({
      last: { type, from: currentTarget.localName, detail },
      counts: { ...seen.counts, [type]: (seen.counts[type] ?? 0) + 1 },
    }));
    // Keep React's state in step with what the reader did in a chart.
    if (type === 'rights-year-change') setYear(detail.year);
    if (type === 'rights-select' && currentTarget === map.current) {
      setCountries((codes) => (detail.selected ? [...new Set([...codes, detail.code])] : codes.filter((code) => code !== detail.code)));
    }
  }, []);
  useRightsEvents(map, onEvent);
  useRightsEvents(ranking, onEvent);

  const otherHighlight = highlight === HIGHLIGHTS[0] ? HIGHLIGHTS[1] : HIGHLIGHTS[0];
  const last = events.last;
  return (
    <main>
      <h1>Democracy decline, in React</h1>
      <div className="buttons">
        <button type="button" onClick={() => setYear(2000)}>Year 2000</button>
        <button type="button" onClick={() => setYear((y) => (Number.isFinite(y) ? y + 1 : 2010))}>Next year</button>
        <button type="button" onClick={() => setMetric((m) => (m === 'polyarchy' ? 'libdem' : 'polyarchy'))}>
          {metric === 'polyarchy' ? 'Show liberal democracy' : 'Show electoral democracy'}
        </button>
        <button type="button" onClick={() => setHighlight(otherHighlight)}>Highlight {otherHighlight.join(', ')}</button>
        <button type="button" onClick={() => setControls((c) => !c)}>{controls ? 'Hide' : 'Show'} the map&apos;s timeline</button>
        <button type="button" onClick={() => setYear(NaN)}>Try year=NaN</button>
      </div>
      <p>
        Year: <span id="year">{String(year)}</span> · countries in the trend: <span id="countries">{countries.join(' ')}</span>
      </p>
      <p id="last-event" aria-live="polite">
        {last ? `Last event: ${last.type} from <${last.from}> ${JSON.stringify(last.detail)}` : 'No event yet'}
      </p>
      <p id="event-counts">{EVENTS.map((type) => `${type}: ${events.counts[type] ?? 0}`).join(' · ')}</p>

      <rights-democracy-map ref={map} year={year} metric={metric} highlight={highlight} controls={controls}></rights-democracy-map>
      <rights-democracy-trend
        countries={countries}
        metric={metric}
        from={1990}
        year={year}
        onrights-ready={onEvent}
        onrights-year-change={onEvent}
      ></rights-democracy-trend>
      <rights-assistance-ranking ref={ranking} measure="arms" year={year} limit={8} highlight={highlight}></rights-assistance-ranking>
    </main>
  );
}
