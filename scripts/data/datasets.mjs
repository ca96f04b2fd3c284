// Every dataset the project ships, in build order. Add a builder here to ship it.
import { buildCountries } from './countries.mjs';
import { buildWorld } from './world.mjs';
import { buildVdemV15, buildVdemV14 } from './vdem.mjs';

export const DATASETS = [buildCountries, buildWorld, buildVdemV15, buildVdemV14];
