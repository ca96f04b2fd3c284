// Issue #16: every element, in every shipped language, shows no English
// words: visible text, text for screen readers only and accessible names, in
// the chart view, the table view, a notice for a bad attribute and the open
// Download menu. Proper names (data sets, publishers, file formats), country
// names without a name in the language, attribute values a page typed (in
// quotes) and the sources' own credits and citations (marked lang="en" under
// Details) are not translated and not counted.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { EVERY_CHART, drawnChart } from '../helpers/charts.js';
import { $, $$, quietly } from '../helpers/dom.js';
import { afterLayout, until } from '../helpers/wait.js';
import { countryLoaders } from '../../src/data/countries.js';
import { englishOnly, englishWords, readerTexts } from './reader-texts.js';
import manifest from '../../custom-elements.json';
import aigsJson from '../../data/aigs-2022.json';
import type { Aigs2022 } from '../../src/data/surveillance-exports.js';
import { translate } from '../../src/core/i18n.js';
import { SHIPPED } from '../helpers/languages.js';
import lesoJson from '../../data/leso-1033.json';

const LANGUAGES = ['fr', 'es', 'ar'] as const;

/** Words that stay as they are in every language: names of sources, publishers, formats and standards. */
const PROPER = new Set(
  'V-Dem SIPRI TBIJ UCDP Airwars ForeignAssistance.gov ForeignAssistance gov USAID DSCA Freedom House Bureau Investigative Journalism ISO USA CSV SVG PNG CC BY-SA BY SA Natural Earth Equal Earth RoW Lührmann Lindberg Maerz Gapminder UN OWID ERT GED PRIO TIV Our World Data via Trivino Colao Reprieve Bush Obama Trump AIGS Feldstein Global Magnitsky OFAC SDN Transparency International BY-ND ND world-countries ODbL'.split(' '),
);

/** Names of the companies the surveillance index records (Huawei, Hikvision…): proper names, written as the index spells them. */
const aigs = aigsJson as unknown as Aigs2022;
const COMPANY_WORDS = new Set([...aigs.countries.companies, ...aigs.countries.moreCompanies].flat().flatMap((cell) => cell.split(/,\s*(?:and\s+)?/)).flatMap((name) => englishWords(name)));

/** Strings that are the same word in English and the language, by design (checked by hand). */
const SAME_IN: Record<string, Set<string>> = {
  fr: new Set(['Zoom', 'Pause', 'Image (SVG)', 'Image (PNG)', 'Total', 'Source\u00a0:', 'Sources\u00a0:', 'Licence\u00a0:', 'Note\u00a0:', 'Type', 'Source', 'Technologies', 'Score', 'Sources']),
  es: new Set(['Zoom', 'Total']),
  ar: new Set(),
};

interface View {
  name: string;
  show: (el: HTMLElement) => Promise<void>;
}

const pressTable = async (el: HTMLElement): Promise<void> => {
  const button = $$(el, '.toolbar button[aria-pressed]')[0] as HTMLButtonElement | undefined;
  if (!button) return;
  button.click();
  await until(() => $(el, 'table'), `<${el.localName}> shows its table`);
  await afterLayout(el);
};

const openDownloads = async (el: HTMLElement): Promise<void> => {
  const button = $(el, '.download button') as HTMLButtonElement | null;
  if (!button) return;
  button.click();
  await until(() => $(el, '.download-panel [role="menuitem"]'), `<${el.localName}> opens its Download menu`);
};

const VIEWS: View[] = [
  { name: 'chart and Download menu', show: openDownloads },
  { name: 'table', show: pressTable },
];

let namesWithoutTranslation: Map<string, Set<string>> | undefined;

/**
 * Words of country names as the chart writes them in `lang`: Intl's names
 * (many are the same as in English: "Pakistan", "Honduras"), and the
 * registry's English names where Intl has none (V-Dem units such as Somaliland).
 */
async function countryNameWords(lang: string): Promise<Set<string>> {
  namesWithoutTranslation ??= new Map();
  let words = namesWithoutTranslation.get(lang);
  if (!words) {
    const registry = await countryLoaders.registry();
    const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    words = new Set<string>();
    for (const [alpha2, , name] of Object.values(registry.countries)) {
      for (const word of englishWords((alpha2 && display.of(alpha2)) || name)) words.add(word);
    }
    namesWithoutTranslation.set(lang, words);
  }
  return words;
}

/** Words of U.S. state and territory names as the language's catalogue writes them (many as in English: "Texas", "Guam"). */
function stateNameWords(lang: 'fr' | 'es' | 'ar'): Set<string> {
  const { code, name } = (lesoJson as unknown as { states: { code: string[]; name: string[] } }).states;
  const words = new Set<string>();
  code.forEach((c, i) => {
    const key = `police.state.${c}`;
    if (SHIPPED[lang][key]) for (const word of englishWords(translate(name[i]!, key, undefined, lang))) words.add(word);
  });
  return words;
}

/** Names and values of the elements' attributes as a page types them (`theme="dark"`), which notices quote in every language. */
const ATTRIBUTE_VALUES = new Set(
  (manifest as { modules: { declarations?: { attributes?: { name: string; type?: { text?: string } }[] }[] }[] }).modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => declaration.attributes ?? [])
    .flatMap((attribute) => [attribute.name, ...[...(attribute.type?.text ?? '').matchAll(/'([a-z][\w-]*)'/g)].map((match) => match[1]!)]),
);

async function textsOf(tag: string, drawn: string, attributes: Record<string, string>, lang: string, view: View): Promise<string[]> {
  const el = await quietly(() => drawnChart(tag, drawn, { ...attributes, lang, theme: 'purple' }, 720));
  await view.show(el);
  return readerTexts(el);
}

describe('every word in the reader’s language (#16)', function () {
  this.timeout(60000);

  for (const [tag, drawn, attributes] of EVERY_CHART) {
    for (const view of VIEWS) {
      it(`<${tag}>, ${view.name}: no English in ${LANGUAGES.join(', ')}`, async () => {
        const english = new Set(await textsOf(tag, drawn, attributes, 'en', view));
        expect(english.size, 'English texts found').to.be.above(3);
        const left: string[] = [];
        for (const lang of LANGUAGES) {
          const allowed = new Set([...PROPER, ...COMPANY_WORDS, ...ATTRIBUTE_VALUES, ...(await countryNameWords(lang)), ...stateNameWords(lang)]);
          for (const text of await textsOf(tag, drawn, attributes, lang, view)) {
            if (SAME_IN[lang]!.has(text)) continue;
            const words = englishWords(text).filter((word) => !allowed.has(word));
            if (!words.length) continue;
            // Arabic has no Latin words of its own; French and Spanish share the alphabet, so a text counts when English shows it too.
            if (lang === 'ar' || english.has(text) || englishOnly(text).some((word) => !allowed.has(word))) left.push(`${lang}: ${JSON.stringify(text)}`);
          }
        }
        expect(left, 'English left').to.deep.equal([]);
      });
    }
  }
});
