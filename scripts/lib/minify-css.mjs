/**
 * The text of a Lit `css` template without comments and layout whitespace, for
 * the embed build (terser leaves template text alone). Only whitespace that
 * CSS ignores goes: around `{`, `}` and `;`, after `,` and `:`; other runs of
 * whitespace become one space, so a descendant combinator (`.chart :focus`)
 * keeps its meaning. `${…}` interpolations pass through untouched. A product
 * of two numbers in `em` (the height reservations, `calc(8.3 * 1.4em)`) is
 * written as its value (`11.62em`), and an attribute selector's value that is
 * a plain identifier loses its quotes (`[data-measure=arms]`).
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([,:])\s+/g, '$1')
    .replace(/;}/g, '}')
    .replace(/calc\((\d+(?:\.\d+)?) ?\* ?(\d+(?:\.\d+)?)em\)/g, (_, a, b) => `${Number((Number(a) * Number(b)).toFixed(4))}em`)
    .replace(/\[([\w-]+)([~|^$*]?=)"([a-zA-Z_][\w-]*)"\]/g, '[$1$2$3]')
    .trim();
}
