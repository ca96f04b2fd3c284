// rights-atlas-frame.js: an optional script for the page that holds
// rights-atlas iframes (frame.html). It sets each such iframe's height to its
// content's, as the frame reports it, so the chart never scrolls inside its
// box. A message counts only if it comes from that very iframe's window and
// from the origin its src names (or, for an iframe sandboxed without
// allow-same-origin, the opaque origin "null").
const HEIGHT_MESSAGE = 'rights-atlas:height';

function fromFrame(frame: HTMLIFrameElement, event: MessageEvent): boolean {
  if (frame.contentWindow !== event.source) return false;
  const opaque = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
  return event.origin === (opaque ? 'null' : new URL(frame.src, location.href).origin);
}

addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== HEIGHT_MESSAGE || typeof data.height !== 'number' || !(data.height >= 0)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (fromFrame(frame, event)) frame.style.height = `${Math.min(Math.ceil(data.height), 20000)}px`;
  }
});

// A module, not a global script (its names stay its own).
export {};
