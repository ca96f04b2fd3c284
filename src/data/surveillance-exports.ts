// Loader for the surveillance-technology chapter (issue #17): the Carnegie AI Global
// Surveillance Index, 2022 update (not the 2019 index). Typed to the shape
// scripts/data/aigs-2022.mjs writes.
import { lazy } from './load.js';
import type { SourceMeta } from './types.js';

/** The AI surveillance technologies the index records, in Carnegie's order. */
export type AigsTechnology = 'safeCity' | 'facialRecognition' | 'smartPolicing' | 'socialMedia';

/** Carnegie's region codes. */
export type AigsRegion = 'AF' | 'EAP' | 'EUR' | 'MENA' | 'SCA' | 'WHA';

/** 1 = documented, 0 = not documented (which does not mean not used). */
export type AigsFlag = 0 | 1;

/** Which governments use AI surveillance and whose suppliers provide it, per country. */
export interface Aigs2022 {
  meta: SourceMeta;
  technologies: AigsTechnology[];
  /** Region code -> English name. */
  regions: Record<AigsRegion, string>;
  /** Countries listed, and countries with each technology or with Chinese or U.S. technology. */
  counts: Record<'countries' | AigsTechnology | 'china' | 'us', number>;
  /** One column per field, one entry per country (sorted by ISO3). */
  countries: {
    /** ISO3 code (joins V-Dem). */
    code: string[];
    /** Name as in the workbook. */
    name: string[];
    region: AigsRegion[];
    /** ISO3 codes of further supplier countries (a country's own code where it buys from its own firms). */
    otherSuppliers: string[][];
    /** Company 1 to 5 of the workbook, in order; "Mult" = multiple suppliers. */
    companies: string[][];
    /** Names from the workbook's further, unlabelled columns. */
    moreCompanies: string[][];
  } & Record<AigsTechnology | 'china' | 'us', AigsFlag[]>;
}

/** Loaders are properties of one object so tests and hosts can swap a source. */
export const surveillanceExportsLoaders = {
  aigs2022: lazy<Aigs2022>(() => import('../../data/aigs-2022.json')),
};
