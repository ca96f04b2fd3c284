// The words of every chart in the reader's language.
//
// English lives beside the code that uses it (each module's `messages({...})`),
// so an English page loads no catalogue. French, Spanish and Arabic are one
// JSON catalogue each (src/i18n/lang-<code>.json, format in src/i18n/README.md),
// fetched the first time a chart on the page uses that language. A key missing
// from a catalogue falls back to English (the catalogue check in
// test/i18n/catalogues.test.ts keeps that from shipping).
//
// Templates are plain text with `{name}` placeholders; a message that depends on
// a count is an object of CLDR plural forms (`one`, `other`, and `zero`, `two`,
// `few`, `many` where the language has them), chosen by Intl.PluralRules, in
// which `#` is the count in the language's digits. Lists are joined by
// Intl.ListFormat (`formatList`), numbers by Intl.NumberFormat (core/format.ts)
// before they reach a template, so word order, plurals and digits are each
// language's own.
//
// A catalogue also carries, under RESERVE_KEY, the heights each chart reserves
// for text that arrives with its data, measured in that language
// (scripts/measure-reserve.mjs --lang): the same words take more lines in French
// than in English, and a chart must not move when its data lands.
//
// Which language: a chart's update runs "in" its language (RightsElement wraps
// each update in `inLanguage`), so a template can say `msg('key')` without
// passing the language down; code that runs outside an update (event handlers,
// the Download menu) passes it explicitly.

export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralForms;
export type Messages = Readonly<Record<string, Message>>;
export type Params = Readonly<Record<string, string | number>>;

/** The interface languages shipped, English first (the fallback). */
export const UI_LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Interface languages written right to left. */
const RIGHT_TO_LEFT: readonly UiLanguage[] = ['ar'];

// Each import() is a file of its own in every build (the embed fetches it as JSON).
const CATALOGUE_FILES: Record<Exclude<UiLanguage, 'en'>, () => Promise<{ default: unknown }>> = {
  fr: () => import('../i18n/lang-fr.json'),
  es: () => import('../i18n/lang-es.json'),
  ar: () => import('../i18n/lang-ar.json'),
};

/** Every module's English, in the order modules were loaded: read by the catalogue check. */
export const ENGLISH: Record<string, Message> = {};
/** Keys two modules define with different English (the catalogue check fails on any). */
export const CLASHING_KEYS: string[] = [];

const loaded = new Map<UiLanguage, Messages>();

/** A catalogue's key for its height reservations: element tag → CSS (not a message). */
export const RESERVE_KEY = '@reserve';
const reserveSheets = new Map<string, CSSStyleSheet | null>();
const everyReserveSheet = new WeakSet<CSSStyleSheet>();

/**
 * The stylesheet of heights `tag` reserves in `ui`'s words, from its catalogue;
 * null for English (the element's own styles) or where the catalogue has none.
 * Built once per language and tag, shared by every chart of that tag.
 */
export function reserveSheet(ui: UiLanguage, tag: string): CSSStyleSheet | null {
  if (ui === 'en' || !loaded.has(ui)) return null;
  const key = `${ui} ${tag}`;
  let sheet = reserveSheets.get(key);
  if (sheet === undefined) {
    const tables = (loaded.get(ui) as Record<string, unknown>)[RESERVE_KEY];
    const css = tables && typeof tables === 'object' ? (tables as Record<string, unknown>)[tag] : undefined;
    sheet = null;
    if (typeof css === 'string' && typeof CSSStyleSheet === 'function') {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      everyReserveSheet.add(sheet);
    }
    reserveSheets.set(key, sheet);
  }
  return sheet;
}

/** Whether a shadow root's sheet is one of the language reservations (swapped when the chart's language changes). */
export const isReserveSheet = (sheet: CSSStyleSheet): boolean => everyReserveSheet.has(sheet);
const pending = new Map<UiLanguage, Promise<boolean>>();
const failed = new Set<UiLanguage>();
const uiByTag = new Map<string, UiLanguage | null>();

/** The shipped interface language for a BCP 47 tag (by its language subtag), or null when none is. */
export function uiLanguageOf(tag: string): UiLanguage | null {
  let ui = uiByTag.get(tag);
  if (ui === undefined) {
    const primary = tag.split('-')[0].toLowerCase();
    ui = (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : null;
    uiByTag.set(tag, ui);
  }
  return ui;
}

export const isRightToLeftUi = (ui: UiLanguage): boolean => RIGHT_TO_LEFT.includes(ui);

/** Whether the catalogue is here (English always is). */
export function hasCatalogue(ui: UiLanguage): boolean {
  return ui === 'en' || loaded.has(ui);
}

/** Whether the last attempt to fetch the catalogue failed (the chart then speaks English and says so). */
export function catalogueFailed(ui: UiLanguage): boolean {
  return failed.has(ui);
}

/**
 * Fetches a language's catalogue once per page; settles true when it is here,
 * false when it could not be loaded (a later call tries again).
 */
export function loadCatalogue(ui: UiLanguage): Promise<boolean> {
  if (hasCatalogue(ui)) return Promise.resolve(true);
  let loading = pending.get(ui);
  if (!loading) {
    loading = CATALOGUE_FILES[ui as Exclude<UiLanguage, 'en'>]()
      .then((module) => {
        const catalogue = module.default;
        if (!catalogue || typeof catalogue !== 'object') throw new Error(`the ${ui} catalogue is not an object`);
        loaded.set(ui, catalogue as Messages);
        failed.delete(ui);
        return true;
      })
      .catch((error: unknown) => {
        console.warn(`rights-atlas: the ${ui} catalogue could not be loaded`, error);
        failed.add(ui);
        return false;
      })
      .finally(() => pending.delete(ui));
    pending.set(ui, loading);
  }
  return loading;
}

/**
 * Adds messages to a language's catalogue on this page (a page's own
 * corrections, or tests of a catalogue in the making); charts pick them up on
 * their next update.
 */
export function addMessages(ui: Exclude<UiLanguage, 'en'>, extra: Messages): void {
  loaded.set(ui, { ...loaded.get(ui), ...extra });
  for (const key of reserveSheets.keys()) if (key.startsWith(`${ui} `)) reserveSheets.delete(key);
}

/**
 * Starts fetching the catalogue a tag needs, if any (while a chart's code and
 * data download); settles when it is here or could not be loaded, never rejects.
 */
export function preloadCatalogue(tag: string): Promise<boolean> {
  const ui = uiLanguageOf(tag);
  return ui && !hasCatalogue(ui) && !failed.has(ui) ? loadCatalogue(ui) : Promise.resolve(true);
}

let currentLang = 'en';

/** Runs `work` with `lang` (a BCP 47 tag) as the language of every `msg` that does not name one. */
export function inLanguage<T>(lang: string, work: () => T): T {
  const outer = currentLang;
  currentLang = lang;
  try {
    return work();
  } finally {
    currentLang = outer;
  }
}

/** The language of the update in progress (English outside any). */
export const currentLanguage = (): string => currentLang;

const pluralRules = new Map<string, Intl.PluralRules>();
const integerFormats = new Map<string, Intl.NumberFormat>();

function pluralOf(lang: string, count: number): Intl.LDMLPluralRule {
  // English's CLDR rule ("one" is exactly 1 or -1) without ICU: a chart's sentences ask on every update.
  if (uiLanguageOf(lang) === 'en') return Math.abs(count) === 1 ? 'one' : 'other';
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

/**
 * English locales whose numbers Intl writes in ASCII digits with "." for
 * decimals and "," between groups of three (not en-IN: "1,23,456"): their
 * numbers are written without Intl (ICU start-up), checked against it by tests.
 */
export const PLAIN_ENGLISH = new Set(['en', 'en-US', 'en-GB']);

/** "-1,234,567": an integer grouped by threes, as Intl writes it in PLAIN_ENGLISH. */
export const commaGrouped = (value: number): string => String(value).replace(/\B(?=(\d{3})+$)/g, ',');

/** A whole number (a year, a count in a sentence) in the language's digits; English skips Intl (ICU start-up). */
export function formatInteger(value: number, lang: string, grouping = false): string {
  if (Number.isSafeInteger(value) && (grouping ? PLAIN_ENGLISH.has(lang) : uiLanguageOf(lang) === 'en')) return grouping ? commaGrouped(value) : String(value);
  const key = `${lang}|${grouping}`;
  let format = integerFormats.get(key);
  if (!format) integerFormats.set(key, (format = new Intl.NumberFormat(lang, { maximumFractionDigits: 0, useGrouping: grouping })));
  return format.format(value);
}

/** Fills `{name}` from params: numbers as plain integers in the language's digits (years), text as it is. */
function fill(template: string, params: Params | undefined, lang: string): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? (Number.isInteger(value) ? formatInteger(value, lang) : String(value)) : value;
  });
}

/** The text of a message in `lang`: a catalogue's when it has the key, else English. */
export function translate(english: Message, key: string, params: Params | undefined, lang: string): string {
  const ui = uiLanguageOf(lang) ?? 'en';
  const message = (ui !== 'en' && loaded.get(ui)?.[key]) || english;
  if (typeof message === 'string') return fill(message, params, lang);
  const count = Number(params?.count ?? 0);
  const form = message[pluralOf(lang, count)] ?? message.other;
  return fill(form.replace(/#/g, formatInteger(count, lang, true)), params, lang);
}

/**
 * A module's English messages, and the function that says them in the current
 * (or a given) language. Keys are global: prefix them with the module's area
 * (`map.loading`).
 */
export function messages<M extends Messages>(english: M): (key: keyof M & string, params?: Params, lang?: string) => string {
  for (const [key, text] of Object.entries(english)) {
    if (key in ENGLISH && JSON.stringify(ENGLISH[key]) !== JSON.stringify(text)) CLASHING_KEYS.push(key);
    ENGLISH[key] = text;
  }
  return (key, params, lang = currentLang) => translate(english[key], key, params, lang);
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "A, B and C" in the language's own words and punctuation. */
export function formatList(items: readonly string[], lang = currentLang, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  if (items.length < 2) return items[0] ?? '';
  // English without Intl: no ICU start-up on an English page.
  if (uiLanguageOf(lang) === 'en') return `${items.slice(0, -1).join(', ')} ${type === 'conjunction' ? 'and' : 'or'} ${items[items.length - 1]}`;
  const key = `${lang}|${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(lang, { type, style: 'long' })));
  return format.format(items);
}
