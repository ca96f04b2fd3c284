// How a reader moves over the state map with keys: the arrow keys by where
// states lie, letters by name, Home and End by rank. A file of its own,
// fetched while the map is first drawn (core/lazy-module.ts): the first
// drawing does not wait for it, and until it is here the map answers Enter only.
export { stateForKey } from './keys.js';
