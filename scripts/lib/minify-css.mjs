/**
 * The text of a Lit `css` template without comments and layout whitespace, for
 * the embed build (terser leaves template text alone). Only whitespace that
 * CSS ignores goes: around `{`, `}` and `;`, after `,` and `:`; other runs of
 * whitespace become one space, so a descendant combinator (`.chart :focus`)
 * keeps its meaning. `${…}` interpolations pass through untouched.
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([,:])\s+/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}
