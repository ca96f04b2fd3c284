/** How long work put off until the main thread is idle may wait at most, ms. */
const LATEST = 200;

/** Without requestIdleCallback: the time a task may take, ms (half a 60 Hz frame). */
const FALLBACK_BUDGET = 8;

/** The part of IdleDeadline that idle work reads. */
export interface IdleBudget {
  timeRemaining(): number;
}

/**
 * Runs `work` when the main thread is next idle (within LATEST ms even on a
 * busy page); returns a function that cancels it. Where the browser has no
 * requestIdleCallback (Safari), a task after the current frame, with a
 * frame's budget.
 */
export function whenIdle(work: (budget: IdleBudget) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: LATEST });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => {
    const start = performance.now();
    work({ timeRemaining: () => Math.max(0, FALLBACK_BUDGET - (performance.now() - start)) });
  }, 16);
  return () => clearTimeout(handle);
}
