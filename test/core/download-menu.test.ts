// The toolbar's Download menu: opened and closed by keyboard and mouse, the
// files it makes (SVG, PNG at 2×, the 1200 × 675 social picture, CSV where
// the chart gives a table), the `downloads` switch, and the reader-facing
// message when pictures cannot be made. Files are caught at the <a download>
// click (capture phase on the shadow root), so nothing is saved to disk.
import { expect, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { chartFixture, settled, until } from '../helpers/wait.js';
import { drawnChart, EVERY_CHART } from '../helpers/charts.js';
import { $, $$, withWarnings } from '../helpers/dom.js';

interface Saved {
  name: string;
  blob: Blob;
}

/** Catches the chart's downloads: each <a download> click is stopped and its file read. */
function catchDownloads(el: Element): { files: Saved[]; next: () => Promise<Saved>; stop: () => void } {
  const files: Saved[] = [];
  const pending: Promise<Saved>[] = [];
  const onClick = (event: Event): void => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement) || !link.download) return;
    event.preventDefault();
    pending.push(
      fetch(link.href)
        .then((response) => response.blob())
        .then((blob) => {
          const saved = { name: link.download, blob };
          files.push(saved);
          return saved;
        }),
    );
  };
  el.shadowRoot!.addEventListener('click', onClick, true);
  let taken = 0;
  return {
    files,
    next: async () => {
      await until(() => pending.length > taken, 'a download');
      return pending[taken++]!;
    },
    stop: () => el.shadowRoot!.removeEventListener('click', onClick, true),
  };
}

const button = (el: Element): HTMLButtonElement => $(el, '.toolbar button[aria-haspopup="menu"]') as HTMLButtonElement;
const panel = (el: Element): Element | null => $(el, '.download-panel');
const items = (el: Element): HTMLButtonElement[] => $$(el, '.download-panel [role="menuitem"]') as HTMLButtonElement[];
const focused = (el: Element): Element | null => el.shadowRoot!.activeElement;
const itemNamed = (el: Element, pattern: RegExp): HTMLButtonElement => items(el).find((item) => pattern.test(item.textContent!))!;

async function openMenu(el: Element): Promise<void> {
  button(el).click();
  await until(() => items(el).length && focused(el) === items(el)[0], 'the menu open, its first item focused');
}

async function choose(el: Element, pattern: RegExp): Promise<void> {
  if (!panel(el)) await openMenu(el);
  itemNamed(el, pattern).click();
}

function center(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

// Resource timing keeps 250 entries by default; the page's modules (every chart's) can fill it before
// the menu's file is requested, and a request past the buffer is not recorded.
performance.setResourceTimingBufferSize(100000);
const exportRequested = (): boolean => performance.getEntriesByType('resource').some((entry) => /export\/download-menu/.test(entry.name));

describe('download menu', () => {
  afterEach(() => resetMouse());

  it('is not loaded before a reader opens it', async () => {
    const el = await chartFixture(html`<rights-regime-share></rights-regime-share>`, 'rights-regime-share', 'svg.plot path.band');
    expect(button(el), 'Download button').to.exist;
    expect(exportRequested(), 'menu code requested before use').to.equal(false);
    await openMenu(el);
    expect(exportRequested(), 'menu code requested on first use').to.equal(true);
  });

  it('opens with Enter, Space and the arrows; arrows move and wrap; Escape closes and returns focus', async () => {
    const el = await chartFixture(html`<rights-democracy-map year="2019"></rights-democracy-map>`, 'rights-democracy-map', 'svg.map path.country');
    const download = button(el);
    expect(download.getAttribute('aria-haspopup')).to.equal('menu');
    expect(download.getAttribute('aria-expanded')).to.equal('false');
    expect(download.textContent!.trim()).to.equal('Download');
    download.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el) === items(el)[0], 'Enter opens, first item focused');
    expect(download.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '.download-panel [role="menu"]')).to.exist;
    expect(items(el).map((item) => item.textContent)).to.include.members([
      'Image (SVG)',
      'Image (PNG)',
      'Image for social media (PNG, 1200×675)',
    ]);
    const all = items(el);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(all[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el), 'ArrowUp from the first item wraps to the last').to.equal(all[all.length - 1]);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(all[0]);
    await sendKeys({ press: 'Escape' });
    expect(panel(el), 'closed').to.equal(null);
    expect(focused(el), 'focus back on the button').to.equal(download);
    expect(download.getAttribute('aria-expanded')).to.equal('false');

    await sendKeys({ press: 'Space' });
    await until(() => focused(el) === items(el)[0], 'Space opens');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'ArrowUp' });
    await until(() => items(el).length && focused(el) === items(el)[items(el).length - 1], 'ArrowUp on the button opens on the last item');
    // Tab leaves the menu, closed, for the control after the button.
    await sendKeys({ press: 'Tab' });
    expect(panel(el)).to.equal(null);
    expect(focused(el)).not.to.equal(download);
  });

  it('opens and closes with the mouse; a click outside closes it', async () => {
    const el = await chartFixture(html`<rights-regime-share></rights-regime-share>`, 'rights-regime-share', 'svg.plot path.band');
    await sendMouse({ type: 'click', position: center(button(el)) });
    await until(() => panel(el), 'open after a click');
    await sendMouse({ type: 'click', position: center(button(el)) });
    await until(() => !panel(el), 'closed by a second click');
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    await sendMouse({ type: 'click', position: center(button(el)) });
    await until(() => panel(el), 'open again');
    await sendMouse({ type: 'click', position: center($(el, 'h2')!) });
    await until(() => !panel(el), 'closed by a click outside');
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    // Outside the element too.
    await sendMouse({ type: 'click', position: center(button(el)) });
    await until(() => panel(el), 'open again');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(panel(el)).to.equal(null);
  });

  it("works inside a page's closed shadow root: a click on an item is not taken for a click outside", async () => {
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const root = wrapper.attachShadow({ mode: 'closed' });
    const el = document.createElement('rights-regime-share');
    root.append(el);
    try {
      await until(() => el.shadowRoot?.querySelector('svg.plot path.band') && button(el), 'drawn in the closed root');
      await settled(el);
      const downloads = catchDownloads(el);
      await sendMouse({ type: 'click', position: center(button(el)) });
      await until(() => items(el).length, 'open');
      await sendMouse({ type: 'click', position: center(itemNamed(el, /SVG/)) });
      expect((await downloads.next()).name).to.match(/^regime-share.*\.svg$/);
      downloads.stop();
      await until(() => !panel(el), 'closed once the file is on its way');
      await sendMouse({ type: 'click', position: center(button(el)) });
      await until(() => panel(el), 'open again');
      await sendMouse({ type: 'click', position: center($(el, 'h2')!) });
      await until(() => !panel(el), 'closed by a click outside');
    } finally {
      wrapper.remove();
    }
  });

  it('SVG: well-formed, with the heading and the credit line with its licence, no controls; named after the tag and year', async () => {
    const el = await chartFixture(html`<rights-democracy-map year="2019"></rights-democracy-map>`, 'rights-democracy-map', 'svg.map path.country');
    const downloads = catchDownloads(el);
    await choose(el, /SVG/);
    const file = await downloads.next();
    downloads.stop();
    expect(file.name).to.match(/^democracy-map-(polyarchy-)?2019\.svg$/);
    expect(file.blob.type).to.equal('image/svg+xml');
    const doc = new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const text = doc.documentElement.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain($(el, 'h2')!.textContent!.trim());
    const credit = $(el, 'footer .credit')!.firstChild!.textContent!.trim().split(/\s+/).slice(0, 3).join(' ');
    expect(text).to.contain(credit);
    expect(text).to.contain($(el, 'footer .licence')!.textContent!.trim());
    expect(text).not.to.contain('Download');
    expect(text).not.to.contain('Table');
    // The file is on its way: the menu closed and focus is back on the button.
    await until(() => !panel(el), 'menu closed');
    expect(focused(el)).to.equal(button(el));
  });

  it('PNG: decodes at twice the picture size; the social picture at 1200×675 on the theme background', async () => {
    const el = await chartFixture(html`<rights-regime-share theme="dark"></rights-regime-share>`, 'rights-regime-share', 'svg.plot path.band');
    const downloads = catchDownloads(el);
    await choose(el, /SVG/);
    const svg = new DOMParser().parseFromString(await (await downloads.next()).blob.text(), 'image/svg+xml').documentElement;
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    expect(width).to.be.above(100);

    await choose(el, /^Image \(PNG\)$/);
    const png = await downloads.next();
    expect(png.name).to.match(/^regime-share.*\.png$/);
    expect(png.blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png.blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([width * 2, height * 2]);

    await choose(el, /social/);
    const social = await downloads.next();
    downloads.stop();
    expect(social.name).to.match(/^regime-share.*-social\.png$/);
    const picture = await createImageBitmap(social.blob);
    expect([picture.width, picture.height]).to.deep.equal([1200, 675]);
    // The corners are the chart's dark background (#14181d), not white.
    const canvas = new OffscreenCanvas(1200, 675);
    const context = canvas.getContext('2d')!;
    context.drawImage(picture, 0, 0);
    const [r, g, b] = context.getImageData(1, 1, 1, 1).data;
    expect([r, g, b]).to.deep.equal([0x14, 0x18, 0x1d]);
    // The chart fills one dimension: scaled to fit, centred.
    const [cr, cg, cb] = context.getImageData(600, 337, 1, 1).data;
    expect([cr, cg, cb]).not.to.deep.equal([255, 255, 255]);
  });

  it('CSV: offered when the chart gives its table; the file holds the table', async () => {
    const el = await chartFixture(html`<rights-democracy-map year="2019"></rights-democracy-map>`, 'rights-democracy-map', 'svg.map path.country');
    const table = await (el as unknown as { dataTable: () => Promise<{ title: string }> }).dataTable();
    expect(table).to.have.property('title');
    const downloads = catchDownloads(el);
    await openMenu(el);
    expect(items(el)[0]!.textContent).to.equal('Data (CSV)');
    items(el)[0]!.click();
    const file = await downloads.next();
    downloads.stop();
    expect(file.name).to.match(/^democracy-map-(polyarchy-)?2019\.csv$/);
    expect(file.blob.type).to.match(/^text\/csv/);
    const text = await file.blob.text();
    expect(text).to.contain(table.title);
    expect(text).to.match(/^\uFEFF?# Title: /);
    expect(text).to.contain('\r\n#   Cite as: ');
    expect(text.split('\r\n').length).to.be.above(100);
  });

  it('CSV in the chart\'s language: its header lines in French', async () => {
    const el = await chartFixture(html`<rights-democracy-map year="2019" lang="fr"></rights-democracy-map>`, 'rights-democracy-map', 'svg.map path.country');
    const downloads = catchDownloads(el);
    await openMenu(el);
    expect(items(el)[0]!.textContent).to.equal('Données (CSV)');
    items(el)[0]!.click();
    const text = await (await downloads.next()).blob.text();
    downloads.stop();
    const header = text.split('\r\n').filter((line) => line.replace(/^\uFEFF/, '').startsWith('#'));
    expect(header[0]).to.match(/^\uFEFF?# Titre: /);
    expect(header.some((line) => line.startsWith('#   Pour citer: ')), 'citation line').to.equal(true);
    expect(header.some((line) => line.startsWith('#   Lien: ')), 'link line').to.equal(true);
    expect(header.filter((line) => /^\uFEFF?# (Title|  Cite as|  Link|  Credit):/.test(line))).to.deep.equal([]);
  });

  it('no CSV item without a table; data whose terms forbid passing it on: the reason instead', async () => {
    const el = await chartFixture(html`<rights-regime-share></rights-regime-share>`, 'rights-regime-share', 'svg.plot path.band');
    const host = el as unknown as { dataTable: () => unknown };
    host.dataTable = () => null;
    await openMenu(el);
    expect(items(el).map((item) => item.textContent)).not.to.include('Data (CSV)');
    await sendKeys({ press: 'Escape' });
    host.dataTable = () => ({ withheld: 'The publisher does not allow its data to be passed on.' });
    await openMenu(el);
    const withheld = items(el)[0]!;
    expect(withheld.textContent).to.contain('The publisher does not allow its data to be passed on.');
    expect(withheld.getAttribute('aria-disabled')).to.equal('true');
    const downloads = catchDownloads(el);
    withheld.click();
    expect(panel(el), 'a withheld item does nothing').to.exist;
    expect(downloads.files).to.deep.equal([]);
    downloads.stop();
    // A chart whose dataTable() throws still offers its pictures.
    host.dataTable = () => {
      throw new Error('broken');
    };
    await sendKeys({ press: 'Escape' });
    await withWarnings(async () => {
      await openMenu(el);
      expect(items(el).map((item) => item.textContent)).to.deep.equal(['Image (SVG)', 'Image (PNG)', 'Image for social media (PNG, 1200×675)']);
    });
  });

  it('downloads="false" (or the property false) leaves the menu out; a bad value is reported and the menu stays', async () => {
    const el = await chartFixture(html`<rights-regime-share downloads="false"></rights-regime-share>`, 'rights-regime-share', 'svg.plot path.band');
    expect(button(el)).to.equal(null);
    expect($(el, '.toolbar button'), 'the other controls stay').to.exist;
    const host = el as unknown as { downloads: unknown };
    host.downloads = true;
    await settled(el);
    expect(button(el)).to.exist;
    host.downloads = false;
    await settled(el);
    expect(button(el)).to.equal(null);
    expect(el.getAttribute('downloads')).to.equal('false');
    el.setAttribute('downloads', 'off');
    await settled(el);
    expect(button(el)).to.equal(null);
    el.removeAttribute('downloads');
    await settled(el);
    expect(button(el)).to.exist;
    await withWarnings(async (warnings) => {
      el.setAttribute('downloads', 'maybe');
      await settled(el);
      expect($(el, '.notice')!.textContent).to.contain('"maybe"');
      expect(warnings.join(' ')).to.contain('downloads');
    });
    expect(button(el)).to.exist;
  });

  it('at 320 px every toolbar fits its row and the open menu fits inside the chart', async () => {
    for (const [tag, drawn, attributes] of EVERY_CHART) {
      if (tag === 'rights-timeline') continue;
      const el = await drawnChart(tag, drawn, attributes, 320);
      const toolbar = $(el, '.toolbar') as HTMLElement;
      expect(toolbar.scrollWidth, `${tag} toolbar overflows`).to.be.at.most(toolbar.clientWidth);
      const chart = ($(el, '.chart') as HTMLElement).getBoundingClientRect();
      for (const control of $$(el, '.toolbar > *')) {
        const box = control.getBoundingClientRect();
        expect(box.right, `${tag} ${control.localName} inside the chart`).to.be.at.most(chart.right + 0.5);
      }
      await openMenu(el);
      const menu = panel(el)!.getBoundingClientRect();
      expect(menu.left, `${tag} menu left edge`).to.be.at.least(chart.left);
      expect(menu.right, `${tag} menu right edge`).to.be.at.most(chart.right);
      expect(menu.bottom, `${tag} menu bottom`).to.be.at.most(chart.bottom);
      for (const item of items(el)) expect(item.scrollWidth, `${tag} "${item.textContent}" fits`).to.be.at.most(item.clientWidth);
      await sendKeys({ press: 'Escape' });
      el.parentElement!.remove();
    }
  });

  // Last: a page that cannot make pictures stays that way for the menu.
  it('where the page cannot make pictures (CSP), the menu says so instead of failing silently', async () => {
    const el = await chartFixture(html`<rights-regime-share></rights-regime-share>`, 'rights-regime-share', 'svg.plot path.band');
    const decode = HTMLImageElement.prototype.decode;
    // What a Content Security Policy without blob: and data: images does to the picture's <img>.
    HTMLImageElement.prototype.decode = () => Promise.reject(new DOMException('blocked', 'EncodingError'));
    const errors: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent): void => void errors.push(String('reason' in event ? event.reason : event.message));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const downloads = catchDownloads(el);
    try {
      await choose(el, /^Image \(PNG\)$/);
      const status = await until(() => (/does not allow/.test($(el, '.download-status')?.textContent ?? '') ? $(el, '.download-status') : null), 'the message');
      expect(status.textContent).to.contain('does not allow the chart to be turned into a picture');
      expect(status.getAttribute('role')).to.equal('status');
      expect(panel(el), 'the menu stays open to show it').to.exist;
      expect(itemNamed(el, /social/).getAttribute('aria-disabled')).to.equal('true');
      // The SVG still works.
      await choose(el, /SVG/);
      expect((await downloads.next()).name).to.match(/\.svg$/);
      // Opened again, the menu says it at once.
      await until(() => !panel(el), 'closed after the SVG');
      await openMenu(el);
      expect($(el, '.download-status')!.textContent).to.contain('does not allow');
    } finally {
      HTMLImageElement.prototype.decode = decode;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      downloads.stop();
    }
    expect(errors).to.deep.equal([]);
  });
});
