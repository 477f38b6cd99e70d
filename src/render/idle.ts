/** Work for the moments the browser has nothing else to do. */

/**
 * Run `task` once the browser is idle, with the milliseconds it may take; at the latest after
 * `timeoutMs` when one is given. Returns a function that cancels it.
 */
export function onceIdle(task: (budgetMs: number) => void, timeoutMs?: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(
      (deadline) => task(Math.max(5, deadline.timeRemaining())),
      timeoutMs === undefined ? undefined : { timeout: timeoutMs },
    );
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => task(20), 50);
  return () => clearTimeout(id);
}

/**
 * Run `step` in idle periods, step after step while the period lasts, until it returns true; the
 * returned function stops it. The scheduling of resumable work (graph/resumable.ts) is here,
 * where the page has idle time to give: the algorithms only say where they can stop.
 */
export function whenIdle(step: () => boolean): () => void {
  let stopped = false;
  let cancel = (): void => undefined;
  const next = (): void => {
    cancel = onceIdle((budgetMs) => {
      if (!stopped && !runFor(budgetMs, step)) next();
    });
  };
  next();
  return () => {
    stopped = true;
    cancel();
  };
}

/** Steps for about `budgetMs` milliseconds (the clock read between steps); true once done. */
export function runFor(budgetMs: number, step: () => boolean): boolean {
  const until = performance.now() + budgetMs;
  for (;;) {
    if (step()) return true;
    if (performance.now() >= until) return false;
  }
}

/** A pause that lets the browser handle input and draw before the work goes on. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
