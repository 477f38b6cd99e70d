/**
 * Run `task` once the browser is idle (after the frame being drawn), or after `timeoutMs` at the
 * latest; returns a function that cancels it.
 */
export function onceIdle(task: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}
