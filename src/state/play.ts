/**
 * Time in motion: the timeline's play steps a window of a chosen width (a month, a quarter, a
 * year) through the corpus by setting the filter's dates, so the network, the map, the lists and
 * the counts follow as they follow any filter. The lines that appear in a step — between two
 * people with no line in the previous step's window — are emphasised. A window of time holds only
 * dated documents: stepping unticks "Show undated documents" (the reader may tick it again), or the
 * undated would stand in every step as if written then.
 */
import { computed, signal } from '@preact/signals';
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { Corpus } from '../graph/corpus.ts';
import { computeVisibility } from '../graph/filter.ts';
import type { DocumentFilter, Visibility } from '../graph/filter.ts';
import { isWindow, nextWindow } from '../graph/time-window.ts';
import type { WindowWidth } from '../graph/time-window.ts';
import type { Emphasis } from '../graph/types.ts';

export interface PlayState {
  /** Width of the window play and the step keys move. */
  windowWidth: Signal<WindowWidth>;
  playing: Signal<boolean>;
  /** New lines of the current step (and the people they join); null when not stepping. */
  fresh: ReadonlySignal<Emphasis | null>;
  /**
   * Move the window one width forward or back (from the corpus's first or last window when the
   * dates are not a window yet). False, and play stops, past either end.
   */
  stepWindow(direction: 1 | -1): boolean;
  /** Play from the current window (from the first when at the end or not on a window). */
  play(): void;
  pause(): void;
}

/** The first and last dates of the corpus's dated documents; null when none is dated. */
export function datedExtent(corpus: Corpus): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const doc of corpus.documentList) {
    const { iso } = doc.date;
    if (!iso) continue;
    const end = doc.date.end ?? iso;
    if (first === null || iso < first) first = iso;
    if (last === null || end > last) last = end;
  }
  return first && last ? { first, last } : null;
}

/** The lines visible now between pairs of people with no line visible in the previous window. */
function freshLines(
  corpus: Corpus,
  now: Visibility,
  before: Visibility,
): { nodes: Set<string>; edges: Set<string> } {
  const { graph } = corpus;
  const pairs = new Set<string>();
  for (const edge of before.edges) pairs.add(`${graph.source(edge)}\u0000${graph.target(edge)}`);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const edge of now.edges) {
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (pairs.has(`${source}\u0000${target}`)) continue;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  }
  return { nodes, edges };
}

/** The play state over a corpus's filter. */
export function createPlayState(
  corpus: Corpus,
  filter: Signal<DocumentFilter>,
  visibility: ReadonlySignal<Visibility>,
): PlayState {
  const windowWidth = signal<WindowWidth>('quarter');
  const playing = signal(false);
  // What the window a step left showed, and the filter the step made: a filter changed otherwise
  // is no step. The visibility is the one already computed for the view (at 20k/100k, working it
  // out again took a third of a step's state update here).
  const previous = signal<{ shown: Visibility; made: DocumentFilter } | null>(null);
  const extent = datedExtent(corpus);
  const fresh = computed<Emphasis | null>(() => {
    const before = previous.value;
    const now = filter.value;
    if (!before || before.made !== now) return null;
    const lines = freshLines(corpus, visibility.value, before.shown);
    return lines.edges.size > 0 ? lines : null;
  });
  const stepWindow = (direction: 1 | -1): boolean => {
    const current = filter.peek();
    const next = extent ? nextWindow(current, windowWidth.peek(), direction, extent) : null;
    if (!next) {
      playing.value = false;
      return false;
    }
    const onWindow = isWindow(current.start, current.end, windowWidth.peek());
    const made = { ...current, start: next.start, end: next.end, includeUndated: false };
    const shown = onWindow
      ? current.includeUndated
        ? computeVisibility(corpus, { ...current, includeUndated: false })
        : visibility.peek()
      : null;
    previous.value = shown ? { shown, made } : null;
    filter.value = made;
    return true;
  };
  return {
    windowWidth,
    playing,
    fresh,
    stepWindow,
    play() {
      if (!extent) return;
      const current = filter.peek();
      const width = windowWidth.peek();
      // At the end (or off any window), play starts again from the first window.
      if (!isWindow(current.start, current.end, width) || !nextWindow(current, width, 1, extent)) {
        previous.value = null;
        const first = nextWindow({ start: null, end: null }, width, 1, extent);
        filter.value = { ...current, ...first, includeUndated: false };
      }
      playing.value = true;
    },
    pause() {
      playing.value = false;
    },
  };
}
