// A chart as one standalone SVG: what the reader sees (heading, notes, legend,
// plot or map, summary, credit line), laid out as on screen, in the current
// theme, without the controls. Pure SVG, no <foreignObject>: browsers refuse
// to turn a foreignObject image into PNG pixels, and design tools do not
// read it. Text becomes <text> per line where the browser broke the lines;
// boxes with a background or border become <rect>s; the chart's own SVGs are
// copied with their computed paint inlined (the shadow root's stylesheets do
// not travel with a file).

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Paint and text properties an SVG element needs once it leaves its stylesheet. */
const SVG_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linejoin', 'stroke-linecap',
  'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'paint-order', 'visibility',
];

export interface SvgImage {
  svg: string;
  width: number;
  height: number;
}

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

const round = (n: number): number => Math.round(n * 100) / 100;

const isTransparent = (color: string): boolean => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

function hidden(element: Element, style: CSSStyleDeclaration): boolean {
  return style.display === 'none' || style.visibility === 'hidden' || (element as HTMLElement).hidden === true;
}

/** Each line of a text node as the browser laid it out: [text, its box]. */
function textLines(node: Text): [string, DOMRect][] {
  const lines: [string, DOMRect][] = [];
  const range = document.createRange();
  const words = node.data.matchAll(/\S+/g);
  let text = '';
  let box: DOMRect | undefined;
  for (const word of words) {
    range.setStart(node, word.index);
    range.setEnd(node, word.index + word[0].length);
    const rect = range.getBoundingClientRect();
    if (!rect.width && !rect.height) continue;
    if (box && Math.abs(rect.top - box.top) < rect.height / 2) {
      text += ` ${word[0]}`;
      box = new DOMRect(box.left, box.top, rect.right - box.left, Math.max(box.height, rect.height));
    } else {
      if (box) lines.push([text, box]);
      text = word[0];
      box = rect;
    }
  }
  if (box) lines.push([text, box]);
  return lines;
}

function fontAttributes(style: CSSStyleDeclaration): string {
  return `font-family="${escapeXml(style.fontFamily)}" font-size="${style.fontSize}" font-weight="${style.fontWeight}"${
    style.fontStyle !== 'normal' ? ` font-style="${style.fontStyle}"` : ''
  } fill="${style.color}"`;
}

/** A copy of one of the chart's SVGs, placed at its position, paint inlined. */
function copySvg(svg: SVGSVGElement, x: number, y: number): string {
  const box = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i]!;
    const style = getComputedStyle(original);
    if (style.display === 'none') {
      target.remove();
      return;
    }
    for (const name of SVG_PROPERTIES) {
      const value = style.getPropertyValue(name);
      if (value && value !== 'normal' && value !== 'auto') target.setAttribute(name, value);
    }
    for (const attribute of [...target.attributes]) {
      if (/^(class|style|tabindex|role|part|focusable|data-|aria-)/.test(attribute.name)) target.removeAttribute(attribute.name);
    }
  });
  copy.setAttribute('x', String(round(x)));
  copy.setAttribute('y', String(round(y)));
  copy.setAttribute('width', String(round(box.width)));
  copy.setAttribute('height', String(round(box.height)));
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${round(box.width)} ${round(box.height)}`);
  return new XMLSerializer().serializeToString(copy).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '');
}

interface Item {
  top: number;
  bottom: number;
  /** The markup, with the item's top at `top`. */
  draw: (top: number) => string;
}

/** The gap left where controls were (at most this, in px). */
const GAP = 8;

/**
 * Where each y goes once the bands that held only left-out elements (a
 * toolbar row, the slider) close up to `GAP`.
 */
function closeGaps(items: Item[], skipped: { top: number; bottom: number }[]): (y: number) => number {
  const spans = items.map((item) => [item.top, item.bottom] as const).sort((a, b) => a[0] - b[0]);
  const cuts: [number, number][] = [];
  let reach = 0;
  for (const [top, bottom] of spans) {
    if (top - reach > GAP && skipped.some((band) => band.top < top && band.bottom > reach)) cuts.push([reach + GAP, top]);
    reach = Math.max(reach, bottom);
  }
  return (y) => y - cuts.reduce((sum, [from, to]) => sum + (y >= to ? to - from : y > from ? y - from : 0), 0);
}

/**
 * `box` (a chart's root element) as an SVG image. `skip` leaves out an element
 * and everything in it (controls, tooltips, closed details); the room they
 * took closes up.
 */
export function chartToSvg(box: HTMLElement, skip: (element: Element) => boolean): SvgImage {
  const origin = box.getBoundingClientRect();
  const items: Item[] = [];
  const skipped: { top: number; bottom: number }[] = [];
  const at = (rect: DOMRect): { x: number; y: number } => ({ x: rect.left - origin.left, y: rect.top - origin.top });

  const visit = (element: Element): void => {
    if (skip(element)) {
      const rect = element.getBoundingClientRect();
      if (rect.height) skipped.push({ top: rect.top - origin.top, bottom: rect.bottom - origin.top });
      return;
    }
    const style = getComputedStyle(element);
    if (hidden(element, style)) return;
    if (element instanceof SVGSVGElement) {
      const rect = element.getBoundingClientRect();
      if (rect.width && rect.height) {
        const { x, y } = at(rect);
        const markup = copySvg(element, x, 0);
        items.push({ top: y, bottom: y + rect.height, draw: (top) => markup.replace(/ y="0"/, ` y="${round(top)}"`) });
      }
      return;
    }
    if (element !== box) {
      const rect = element.getBoundingClientRect();
      const { x, y } = at(rect);
      const fill = isTransparent(style.backgroundColor) ? '' : style.backgroundColor;
      const border = parseFloat(style.borderTopWidth) > 0 && !isTransparent(style.borderTopColor) ? style.borderTopColor : '';
      if ((fill || border) && rect.width && rect.height) {
        const attributes = `x="${round(x)}" width="${round(rect.width)}" height="${round(rect.height)}" rx="${parseFloat(style.borderTopLeftRadius) || 0}" fill="${fill || 'none'}"${
          border ? ` stroke="${border}" stroke-width="${style.borderTopWidth}"` : ''
        }`;
        items.push({ top: y, bottom: y + rect.height, draw: (top) => `<rect y="${round(top)}" ${attributes}/>` });
      }
    }
    for (const child of element.childNodes) {
      if (child instanceof Element) visit(child);
      else if (child instanceof Text && child.data.trim()) {
        for (const [text, rect] of textLines(child)) {
          const { x, y } = at(rect);
          const font = fontAttributes(style);
          items.push({
            top: y,
            bottom: y + rect.height,
            draw: (top) => `<text x="${round(x)}" y="${round(top + rect.height / 2)}" dominant-baseline="central" ${font}>${escapeXml(text)}</text>`,
          });
        }
      }
    }
  };
  visit(box);

  const place = closeGaps(items, skipped);
  const parts = items.map((item) => item.draw(place(item.top)));
  const bottom = Math.max(0, ...items.map((item) => place(item.bottom)));
  const padding = parseFloat(getComputedStyle(box).paddingBottom) || 0;
  const width = Math.ceil(origin.width);
  const height = Math.ceil(bottom + padding);
  const background = getComputedStyle(box).backgroundColor;
  const svg = `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="${
    isTransparent(background) ? '#ffffff' : background
  }"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}
