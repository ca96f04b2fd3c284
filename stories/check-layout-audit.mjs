// The layout audit that stories/check-layout.mjs runs inside each story's page (and its self-test
// runs on a fixture). Serialised on its own by page.evaluate: it may use nothing from this
// module's scope.

/**
 * Looks at every visible rights-* element on the page and returns what a reader would see go
 * wrong, as `{ tag, rule, detail }` problems:
 *
 * - `overlap`: two visible text boxes of one chart overlap by more than `tolerance` px both ways
 *   (HTML text by its line boxes, SVG text by its element's box). Not counted: text a reader
 *   cannot see (display/visibility/opacity, visually hidden, inside a closed <details>), tooltips
 *   (they float over the chart on purpose), a halo copy drawn under the same label, and an SVG
 *   text element against its own tspans.
 * - `clipped`: text cut off by its box: an element with overflow hidden/clip or text-overflow
 *   whose content is wider (or taller) than it, text extending outside such an ancestor, or SVG
 *   text extending outside its outermost <svg>. Boxes that scroll (overflow auto/scroll) are
 *   meant to hold more than they show and are not counted in their scrolling direction.
 * - `overflow` (when `reflow` is set, i.e. at 320 px, WCAG 1.4.10): the element is wider than
 *   its box, or something in its shadow root sticks out left or right of the element, unless it
 *   sits in a box that scrolls sideways; also the page scrolling sideways.
 * - `footer` (when `footerLines` is set): the footer takes more than that many lines while all
 *   of its <details> are closed.
 * - `blank` (when `maxBlank` is set): more than that many px of the element lie below the last
 *   thing drawn in it (text, graphic or control): room reserved for text that never came. Not
 *   counted while a load error shows (`.error`): the frame keeps its size so that the page does
 *   not move, and again when Try again brings the data.
 */
export function audit({ tolerance = 1, reflow = false, footerLines = 0, maxBlank = 0 } = {}) {
  const problems = [];
  const short = (text, n = 48) => {
    const t = text.replace(/\s+/g, ' ').trim();
    return t.length > n ? `${t.slice(0, n - 1)}…` : t;
  };
  const px = (n) => Math.round(n);
  const describe = (el) => {
    const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).filter(Boolean).slice(0, 2) : [...(el.classList ?? [])].slice(0, 2);
    const part = el.getAttribute?.('part');
    return `<${el.localName}${cls.length ? `.${cls.join('.')}` : ''}${part ? ` part=${part}` : ''}>`;
  };
  /** The element's parent, crossing no shadow boundary (null at the shadow root). */
  const up = (el) => el.parentElement;
  const isScroll = (value) => value === 'auto' || value === 'scroll';
  const isClip = (value) => value === 'hidden' || value === 'clip';

  const hosts = [...document.querySelectorAll('*')].filter(
    (el) => el.localName.startsWith('rights-') && el.shadowRoot && el.checkVisibility(),
  );
  if (reflow && document.documentElement.scrollWidth > window.innerWidth + tolerance) {
    problems.push({
      tag: 'page',
      rule: 'overflow',
      detail: `the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window`,
    });
  }

  for (const host of hosts) {
    const tag = host.localName;
    const shadow = host.shadowRoot;
    const hostRect = host.getBoundingClientRect();
    const hiddenMemo = new Map();

    /** True when a reader cannot see `el` (or anything in it). */
    const hidden = (el) => {
      if (hiddenMemo.has(el)) return hiddenMemo.get(el);
      let result = !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
      if (!result) {
        // The content of a closed <details> (its summary, and the details box itself, show).
        const closed = el.closest('details:not([open])');
        if (closed && closed !== el && !el.closest('summary')) result = true;
      }
      if (!result && !(el instanceof SVGElement)) {
        // Visually hidden (screen-reader only): clipped to nothing, or a 1 px box that hides its overflow.
        const style = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        if ((style.clip !== 'auto' && style.position === 'absolute') || /inset\(50%/.test(style.clipPath)) result = true;
        else if ((r.width <= 1 || r.height <= 1) && style.overflow !== 'visible') result = true;
      }
      if (!result && up(el)) result = hidden(up(el));
      hiddenMemo.set(el, result);
      return result;
    };
    const inTooltip = (el) => Boolean(el.closest('[role=tooltip], [part~=tooltip], .tooltip'));

    // Every visible text box: HTML text by line box, SVG text by its text/tspan element.
    const boxes = [];
    const svgBoxes = new Map();
    const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data.trim();
      const parent = node.parentElement;
      if (!text || !parent) continue;
      if (parent.closest('style, script, title, desc, option, template')) continue;
      if (hidden(parent)) continue;
      if (parent.localName === 'details' && !parent.open) continue; // loose text of a closed <details>
      if (parent instanceof SVGElement) {
        const box = svgBoxes.get(parent);
        if (box) box.text += ` ${text}`;
        else {
          const r = parent.getBoundingClientRect();
          if (r.width > 0.5 && r.height > 0.5) svgBoxes.set(parent, { el: parent, node, text, rect: r, svg: true });
        }
        continue;
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
      for (const rect of rects) boxes.push({ el: parent, node, text, rect, svg: false });
    }
    boxes.push(...svgBoxes.values());
    // What of each box is on screen: cut to every ancestor that clips or scrolls (text scrolled
    // out of a list that scrolls is not drawn over anything).
    for (const box of boxes) {
      let { left, top, right, bottom } = box.rect;
      for (let a = up(box.el); a; a = up(a)) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const r = a.getBoundingClientRect();
        if (style.overflowX !== 'visible') [left, right] = [Math.max(left, r.left), Math.min(right, r.right)];
        if (style.overflowY !== 'visible') [top, bottom] = [Math.max(top, r.top), Math.min(bottom, r.bottom)];
      }
      box.seen = { left, top, right, bottom };
    }
    const onScreen = boxes.filter((b) => b.seen.right - b.seen.left > 0.5 && b.seen.bottom - b.seen.top > 0.5);

    // (a) overlapping text
    const sorted = onScreen.filter((b) => !inTooltip(b.el)).sort((a, b) => a.seen.left - b.seen.left);
    const seenPairs = new Set();
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i];
      for (let j = i + 1; j < sorted.length; j++) {
        const b = sorted[j];
        if (b.seen.left >= a.seen.right - tolerance) break;
        if (a.node === b.node) continue;
        if (a.svg && b.svg && (a.el.contains(b.el) || b.el.contains(a.el))) continue;
        const w = Math.min(a.seen.right, b.seen.right) - Math.max(a.seen.left, b.seen.left);
        const h = Math.min(a.seen.bottom, b.seen.bottom) - Math.max(a.seen.top, b.seen.top);
        // Whole pixels: font boxes of stacked lines often share a fraction of a pixel that no glyph reaches.
        if (Math.round(w) <= tolerance || Math.round(h) <= tolerance) continue;
        // A halo: the same words drawn twice in one place, one under the other.
        const same = Math.abs(a.rect.left - b.rect.left) <= tolerance && Math.abs(a.rect.top - b.rect.top) <= tolerance;
        if (same && a.text === b.text) continue;
        const key = `${a.text}\u0000${b.text}`;
        if (seenPairs.has(key)) continue;
        seenPairs.add(key);
        problems.push({
          tag,
          rule: 'overlap',
          detail: `"${short(a.text)}" ${describe(a.el)} and "${short(b.text)}" ${describe(b.el)} overlap by ${px(w)}×${px(h)} px at (${px(Math.max(a.seen.left, b.seen.left) - hostRect.left)}, ${px(Math.max(a.seen.top, b.seen.top) - hostRect.top)})`,
        });
      }
    }

    // (b) clipped text
    const clippedEls = new Set();
    const clip = (el, detail) => {
      if (clippedEls.has(el)) return;
      clippedEls.add(el);
      problems.push({ tag, rule: 'clipped', detail });
    };
    for (const el of shadow.querySelectorAll('*')) {
      if (el instanceof SVGElement || hidden(el)) continue;
      const style = getComputedStyle(el);
      const text = el.textContent.trim();
      if (!text) continue;
      const cutX = (isClip(style.overflowX) || style.textOverflow === 'ellipsis') && el.scrollWidth > el.clientWidth + tolerance;
      const cutY = isClip(style.overflowY) && el.scrollHeight > el.clientHeight + tolerance;
      if (cutX || cutY) {
        clip(el, `${describe(el)} "${short(text)}" is cut off: content ${cutX ? `${el.scrollWidth} px wide in ${el.clientWidth}` : `${el.scrollHeight} px tall in ${el.clientHeight}`} px`);
      }
    }
    const cutBy = new Map();
    for (const box of boxes) {
      if (box.svg) {
        let svg = box.el.ownerSVGElement;
        while (svg?.ownerSVGElement) svg = svg.ownerSVGElement;
        if (!svg) continue;
        const s = svg.getBoundingClientRect();
        const out = [
          s.left - box.rect.left,
          box.rect.right - s.right,
          s.top - box.rect.top,
          box.rect.bottom - s.bottom,
        ];
        const worst = Math.max(...out);
        if (worst > tolerance) {
          const side = ['left', 'right', 'top', 'bottom'][out.indexOf(worst)];
          clip(box.el, `"${short(box.text)}" ${describe(box.el)} extends ${px(worst)} px past the ${side} of its SVG (${px(s.width)}×${px(s.height)} px)`);
        }
        continue;
      }
      // Past a box that scrolls in one direction, text is that box's to show (by scrolling).
      let scrolledX = false;
      let scrolledY = false;
      for (let a = up(box.el); a && !(scrolledX && scrolledY); a = up(a)) {
        const style = getComputedStyle(a);
        const clipsX = !scrolledX && isClip(style.overflowX);
        const clipsY = !scrolledY && isClip(style.overflowY);
        scrolledX ||= isScroll(style.overflowX);
        scrolledY ||= isScroll(style.overflowY);
        if (!clipsX && !clipsY) continue;
        const r = a.getBoundingClientRect();
        const outX = clipsX ? Math.max(r.left - box.rect.left, box.rect.right - r.right) : 0;
        const outY = clipsY ? Math.max(r.top - box.rect.top, box.rect.bottom - r.bottom) : 0;
        if (Math.max(outX, outY) > tolerance) {
          const list = cutBy.get(a) ?? [];
          if (!list.some((b) => b.el === box.el)) list.push({ el: box.el, text: box.text, out: Math.max(outX, outY) });
          cutBy.set(a, list);
          break;
        }
      }
    }
    // One line per box that hides text, with the first few texts it hides.
    for (const [a, list] of cutBy) {
      if (list.every((b) => clippedEls.has(b.el))) continue;
      const shown = list.slice(0, 3).map((b) => `"${short(b.text, 32)}" ${describe(b.el)} (${px(b.out)} px out)`);
      problems.push({
        tag,
        rule: 'clipped',
        detail: `${describe(a)} hides part of ${list.length} text${list.length > 1 ? 's' : ''}: ${shown.join(', ')}${list.length > 3 ? ', …' : ''}`,
      });
    }

    // (c) reflow at 320 px: nothing wider than the element unless it scrolls sideways.
    if (reflow) {
      if (host.scrollWidth > host.clientWidth + tolerance && host.clientWidth > 0) {
        problems.push({ tag, rule: 'overflow', detail: `the element's content is ${host.scrollWidth} px wide in ${host.clientWidth} px` });
      }
      const reported = [];
      for (const el of shadow.querySelectorAll('*')) {
        if (reported.some((r) => r.contains(el))) continue;
        if (el.closest('style, template') || hidden(el)) continue;
        // Inside a box that scrolls or clips sideways, only that box counts (checked itself).
        let contained = false;
        for (let a = up(el); a && !contained; a = up(a)) contained = getComputedStyle(a).overflowX !== 'visible';
        if (contained) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const out = Math.max(hostRect.left - r.left, r.right - hostRect.right);
        if (out > tolerance) {
          reported.push(el);
          problems.push({
            tag,
            rule: 'overflow',
            detail: `${describe(el)} "${short(el.textContent ?? '', 32)}" sticks ${px(out)} px out of the ${px(hostRect.width)} px element (${px(r.width)} px wide)`,
          });
        }
      }
    }

    // (e) the footer: a credit line and its details on demand, at most `footerLines` lines closed.
    if (footerLines) {
      const footer = shadow.querySelector('[part~=footer]');
      if (footer && !hidden(footer) && !footer.querySelector('details[open]')) {
        const lines = [];
        const texts = new Set();
        for (const box of onScreen.filter((b) => footer.contains(b.el)).sort((a, b) => a.seen.top - b.seen.top)) {
          texts.add(box.text);
          const line = lines.find((l) => box.seen.top < l.bottom - 2 && box.seen.bottom > l.top + 2);
          if (line) {
            line.top = Math.min(line.top, box.seen.top);
            line.bottom = Math.max(line.bottom, box.seen.bottom);
          } else lines.push({ top: box.seen.top, bottom: box.seen.bottom });
        }
        if (lines.length > footerLines) {
          problems.push({
            tag,
            rule: 'footer',
            detail: `the footer takes ${lines.length} lines (${px(footer.getBoundingClientRect().height)} px) with its details closed: "${short([...texts].join(' '), 160)}"`,
          });
        }
      }
    }

    // (f) blank room below the last thing drawn: a reservation far taller than what it holds.
    if (maxBlank && !shadow.querySelector('.error')) {
      let bottom = Math.max(hostRect.top, ...onScreen.map((b) => b.seen.bottom));
      for (const el of shadow.querySelectorAll('svg, canvas, img, input, select, button, table')) {
        if (el.closest('svg') !== el && el instanceof SVGElement) continue;
        if (hidden(el) || inTooltip(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width > 0.5 && r.height > 0.5) bottom = Math.max(bottom, r.bottom);
      }
      const blank = hostRect.bottom - bottom;
      if (blank > maxBlank) {
        problems.push({ tag, rule: 'blank', detail: `${px(blank)} px of the ${px(hostRect.height)} px element lie blank below its last line` });
      }
    }
  }
  return problems;
}
