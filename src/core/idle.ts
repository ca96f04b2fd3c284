/** How long work put off until the main thread is idle may wait at most, ms. */
const LATEST = 200;

/**
 * Runs `work` when the main thread is next idle (within LATEST ms even on a
 * busy page); returns a function that cancels it. Where the browser has no
 * requestIdleCallback (Safari), a task after the current frame.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: LATEST });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 16);
  return () => clearTimeout(handle);
}
