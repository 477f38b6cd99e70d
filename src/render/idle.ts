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
 * Run `step` in idle periods, with the milliseconds each may take, until it returns true; the
 * returned function stops it.
 */
export function whenIdle(step: (budgetMs: number) => boolean): () => void {
  let stopped = false;
  let cancel = (): void => undefined;
  const next = (): void => {
    cancel = onceIdle((budgetMs) => {
      if (!stopped && !step(budgetMs)) next();
    });
  };
  next();
  return () => {
    stopped = true;
    cancel();
  };
}

/** A pause that lets the browser handle input and draw before the work goes on. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
