// Every dataset the project ships, in build order. Add a builder here to ship it.
import { buildCountries } from './countries.mjs';
import { buildWorld } from './world.mjs';
import { buildVdemV15, buildVdemV14 } from './vdem.mjs';
import { buildVdemV10 } from './vdem-v10.mjs';
import { buildPopulation } from './population.mjs';
import { buildRegimeShare } from './regime-share.mjs';
import { buildTbij } from './tbij.mjs';
import { buildCivcas } from './civcas.mjs';
import { buildForeignAssistance } from './foreignassistance.mjs';
import { buildMilitaryAid } from './military-aid.mjs';
import { buildSipri } from './sipri.mjs';
import { buildUcdpConflictDeaths, buildUcdpViolenceByType, buildUcdpUsConflicts } from './ucdp.mjs';
import { buildAirwarsSomalia } from './airwars.mjs';
import { buildFreedomHouse } from './freedom-house.mjs';
import { buildGuantanamo } from './guantanamo.mjs';
import { buildRefugeeAdmissions } from './refugee-admissions.mjs';
import { buildGlomag } from './glomag.mjs';
import { buildLeso1033 } from './leso-1033.mjs';
import { buildUsStates } from './us-states.mjs';
import { buildAigs2022 } from './aigs-2022.mjs';
import { buildTiCpi } from './ti-cpi.mjs';
import { buildUnhrcMembership } from './unhrc-membership.mjs';

export const DATASETS = [
  buildCountries,
  buildWorld,
  buildVdemV15,
  buildVdemV14,
  buildVdemV10,
  buildPopulation,
  buildRegimeShare,
  buildTbij,
  buildCivcas,
  buildForeignAssistance,
  buildMilitaryAid,
  buildSipri,
  buildUcdpConflictDeaths,
  buildUcdpViolenceByType,
  buildUcdpUsConflicts,
  buildAirwarsSomalia,
  buildFreedomHouse,
  buildGuantanamo,
  buildRefugeeAdmissions,
  buildGlomag,
  buildLeso1033,
  buildUsStates,
  buildAigs2022,
  buildTiCpi,
  buildUnhrcMembership,
];
