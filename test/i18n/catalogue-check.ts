import { RESERVE_KEY, type Message } from '../../src/core/i18n.js';
import sources from '../../data/sources.json';

/** The distinct `{name}` placeholders of a text, sorted. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}

const formsOf = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));

/**
 * What is wrong with `catalogue` (a parsed lang-<code>.json) against the code's
 * English, one line per problem; `whole` also reports the catalogue's keys the
 * English lacks (off when checking one area's English against the whole file).
 */
export function catalogueProblems(lang: string, english: Readonly<Record<string, Message>>, catalogue: unknown, whole = true): string[] {
  if (!catalogue || typeof catalogue !== 'object') return [`${lang}: not a JSON object`];
  const entries = catalogue as Record<string, unknown>;
  const problems: string[] = [];
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  for (const [key, source] of Object.entries(english)) {
    if (!(key in entries)) {
      problems.push(`${lang} ${key}: missing`);
      continue;
    }
    const translated = entries[key];
    // Placeholders of the English (all its forms together; `count` may be written as #).
    const wanted = placeholders(formsOf(source).join(' ')).filter((name) => name !== 'count');
    if (typeof source === 'string') {
      if (typeof translated !== 'string') {
        problems.push(`${lang} ${key}: should be text, as in English`);
        continue;
      }
    } else {
      if (!translated || typeof translated !== 'object' || Array.isArray(translated)) {
        problems.push(`${lang} ${key}: should be plural forms, as in English`);
        continue;
      }
      const forms = translated as Record<string, unknown>;
      for (const category of categories) if (typeof forms[category] !== 'string') problems.push(`${lang} ${key}: plural form "${category}" missing`);
      for (const category of Object.keys(forms)) if (!categories.includes(category)) problems.push(`${lang} ${key}: "${category}" is not a plural form of ${lang}`);
    }
    const texts = formsOf(translated as Message).filter((text): text is string => typeof text === 'string');
    const found = placeholders(texts.join(' ')).filter((name) => name !== 'count');
    for (const name of wanted) if (!found.includes(name)) problems.push(`${lang} ${key}: placeholder {${name}} lost`);
    for (const name of found) if (!wanted.includes(name)) problems.push(`${lang} ${key}: placeholder {${name}} is not in the English`);
    if (texts.some((text) => !text.trim())) problems.push(`${lang} ${key}: empty`);
  }
  if (whole) for (const key of Object.keys(entries)) if (!(key in english) && key !== RESERVE_KEY) problems.push(`${lang} ${key}: not in the code (stale)`);
  if (RESERVE_KEY in entries) problems.push(...reserveProblems(lang, entries[RESERVE_KEY]));
  return problems;
}

/**
 * A catalogue's height tables (scripts/measure-reserve.mjs --lang --write): per
 * element tag, CSS that sets nothing but min-height, at most inside @container.
 */
export function reserveProblems(lang: string, tables: unknown): string[] {
  if (!tables || typeof tables !== 'object' || Array.isArray(tables)) return [`${lang} ${RESERVE_KEY}: should map element tags to CSS`];
  const problems: string[] = [];
  for (const [tag, css] of Object.entries(tables as Record<string, unknown>)) {
    if (!/^rights-[a-z-]+$/.test(tag)) problems.push(`${lang} ${RESERVE_KEY} ${tag}: not an element tag`);
    if (typeof css !== 'string' || !css.trim()) {
      problems.push(`${lang} ${RESERVE_KEY} ${tag}: should be CSS text`);
      continue;
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const rules = [...sheet.cssRules].flatMap((rule) => (rule instanceof CSSContainerRule ? [...rule.cssRules] : [rule]));
    if (!rules.length) problems.push(`${lang} ${RESERVE_KEY} ${tag}: no rules`);
    for (const rule of rules) {
      const properties = rule instanceof CSSStyleRule ? [...rule.style] : ['(not a style rule)'];
      const other = properties.filter((name) => name !== 'min-height');
      if (other.length) problems.push(`${lang} ${RESERVE_KEY} ${tag}: sets ${other.join(', ')} (${rule.cssText.slice(0, 60)})`);
    }
  }
  return problems;
}

/** Every credit and licence name the data holds, as [kind, English]. */
export function dataTexts(): ['credit' | 'licence', string][] {
  const entries = Object.values(sources as unknown as Record<string, { creditShort: string; licenceName: string }>);
  const texts = entries.flatMap((source) => [['credit', source.creditShort], ['licence', source.licenceName]] as ['credit' | 'licence', string][]);
  return texts.filter(([, text], i) => text && texts.findIndex(([, other]) => other === text) === i);
}

