// What a reader (or a screen reader) gets from a chart: every text node and
// accessible name in its shadow root and the open Download menu, one string each,
// whitespace collapsed. The sources' own words (marked lang="en": credits,
// titles, citations, licence terms) are left out, as is CSS.

const NAME_ATTRIBUTES = ['aria-label', 'aria-roledescription', 'aria-description', 'aria-valuetext', 'title', 'alt', 'placeholder'];

export function readerTexts(el: Element): string[] {
  const root = el.shadowRoot!;
  const texts: string[] = [];
  const add = (text: string | null): void => {
    const clean = (text ?? '').replace(/\s+/g, ' ').trim();
    if (clean) texts.push(clean);
  };
  const skipped = (node: Node): boolean => {
    const element = node instanceof Element ? node : node.parentElement;
    if (!element || element.closest('style, script')) return true;
    // Text marked as English inside the chart (a source's own words); the chart's root says its own language.
    const marked = element.closest('[lang]');
    return !!marked && marked.getAttribute('lang') === 'en' && !marked.classList.contains('chart');
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skipped(node)) continue;
    if (node instanceof Text) add(node.data);
    else if (node instanceof Element) for (const name of NAME_ATTRIBUTES) if (node.hasAttribute(name)) add(node.getAttribute(name));
  }
  return texts;
}

/** English words that have no place in French or Spanish text. */
const ENGLISH_ONLY = new Set(
  'the and with from which this that were was have than each between since after before under over only people countries country years year shown showing strikes deaths killed democracy autocracy democracies autocracies chart loading download share none highest lowest more less'.split(' '),
);

/**
 * The Latin-script words of ≥ 3 letters in a text, after removing what a page
 * typed (quoted attribute values) and web addresses: the candidates for English.
 */
export function englishWords(text: string): string[] {
  const stripped = PROPER_PHRASES.reduce((rest, phrase) => rest.split(phrase).join(' '), text)
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/"[^"]*"|«[^»]*»|“[^”]*”/g, ' ');
  const words = stripped.match(/[A-Za-z][A-Za-z.'’-]*[A-Za-z]/g) ?? [];
  // Codes and acronyms (ISO codes, record ids such as YEM011, TBIJ) are not words of a language.
  return words.filter((word) => word.replace(/[^A-Za-z]/g, '').length >= 3 && !/^[A-Z]{2,6}$/.test(word));
}

/** Names of several words, English by origin, that every language writes as they are. */
const PROPER_PHRASES = ['The Bureau of Investigative Journalism', 'Bureau of Investigative Journalism', 'Our World in Data', 'Freedom in the World', 'Natural Earth', 'Human Rights First', 'Migration Policy Institute', 'AI Global Surveillance Index', 'Regimes of the World', 'Global Magnitsky', 'Transparency International', 'Corruption Perceptions Index'];

/** Words of a French or Spanish text that only English has. */
export const englishOnly = (text: string): string[] => englishWords(text).filter((word) => ENGLISH_ONLY.has(word.toLowerCase()));
