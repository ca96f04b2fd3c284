// An SVG image as PNG pixels, through an <img> and a canvas. A page whose
// Content Security Policy allows neither blob: nor data: images cannot do
// this; the promise then rejects with PNG_BLOCKED, which the menu turns into a
// sentence in the reader's language.

export const PNG_BLOCKED = 'png-blocked-by-content-security-policy';

function load(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  return image.decode().then(() => image);
}

/** `svg` (its own size `width` × `height`) drawn `scale` times larger, as a PNG file. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const blobUrl = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  let image: HTMLImageElement;
  try {
    image = await load(blobUrl).catch(() => load(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`));
  } catch {
    throw new Error(PNG_BLOCKED);
  } finally {
    URL.revokeObjectURL(blobUrl);
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error(PNG_BLOCKED);
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(PNG_BLOCKED))), 'image/png'));
}
