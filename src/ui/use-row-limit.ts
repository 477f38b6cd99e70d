/**
 * Keep a wrapping row of items to its first rows: the items past them are taken out of the
 * layout (and so out of the keyboard's reach) and counted, for a "+N more" that shows them. The
 * number of rows is the box's CSS `--rows` (1 by default), so each screen size sets its own.
 */
import { useLayoutEffect, useState } from 'preact/hooks';

/** Class given to the items past the box's rows. */
export const BEYOND_ROWS = 'beyond-rows';

/** How many of `tops` (the items' top edges, in order) lie past the first `rows` rows. */
export function countBeyondRows(tops: readonly number[], rows: number): number {
  let row = 0;
  let rowTop = Number.NEGATIVE_INFINITY;
  for (const [index, top] of tops.entries()) {
    // A wrapped line starts below the one before it; a pixel of rounding is the same line.
    if (top > rowTop + 1) {
      row++;
      rowTop = top;
    }
    if (row > rows) return tops.length - index;
  }
  return 0;
}

/**
 * Limit the box's children to its rows unless expanded; returns how many are left out. Measured
 * again when the box changes width (a window turned, a panel opened) or `deps` change.
 */
export function useRowLimit(
  box: { current: HTMLElement | null },
  expanded: boolean,
  deps: unknown[],
): number {
  const [beyond, setBeyond] = useState(0);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    let width = -1;
    const measure = (): void => {
      const items = [...element.children] as HTMLElement[];
      for (const item of items) item.classList.remove(BEYOND_ROWS);
      const rows = Number.parseInt(getComputedStyle(element).getPropertyValue('--rows'), 10);
      const out = expanded
        ? 0
        : countBeyondRows(
            items.map((item) => item.offsetTop),
            Number.isFinite(rows) && rows > 0 ? rows : 1,
          );
      for (const item of items.slice(items.length - out)) item.classList.add(BEYOND_ROWS);
      setBeyond(out);
    };
    measure();
    // Only a change of width moves items between rows; the height changes with what is left out.
    const observer = new ResizeObserver(([entry]) => {
      const now = entry?.contentRect.width ?? -1;
      if (now === width) return;
      width = now;
      measure();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [expanded, ...deps]);
  return beyond;
}
