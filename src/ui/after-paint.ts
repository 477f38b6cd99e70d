import { useEffect, useState } from 'preact/hooks';

/**
 * Run `callback` once the browser has painted: after the next animation frame and the task that
 * follows it. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * A component's flag that is true at once when `now`, else from its first painted frame on: what
 * the flag guards renders a frame later, so that frame shows the rest sooner.
 */
export function usePaintedFlag(now: boolean): boolean {
  const [flag, setFlag] = useState(now);
  useEffect(() => (flag ? undefined : afterNextPaint(() => setFlag(true))), [flag]);
  return flag;
}
