/**
 * Channel tracing in the state: the query being built (from, to, options) and its result, traced
 * over the documents the current filters show.
 */
import { computed, signal } from '@preact/signals';
import type { ReadonlySignal, Signal } from '@preact/signals';
import { DEFAULT_TRACE_OPTIONS, traceChannels } from '../graph/channels.ts';
import type { TraceOptions, TraceResult } from '../graph/channels.ts';
import type { Corpus } from '../graph/corpus.ts';
import type { Visibility } from '../graph/filter.ts';

export type TraceSettings = Pick<
  TraceOptions,
  'mode' | 'maxHops' | 'undirected' | 'maxGapDays' | 'undated'
>;

export interface TraceDraft extends TraceSettings {
  from: string | null;
  to: string | null;
}

export const DEFAULT_TRACE_SETTINGS: TraceSettings = {
  mode: DEFAULT_TRACE_OPTIONS.mode,
  maxHops: DEFAULT_TRACE_OPTIONS.maxHops,
  undirected: DEFAULT_TRACE_OPTIONS.undirected,
  maxGapDays: DEFAULT_TRACE_OPTIONS.maxGapDays,
  undated: DEFAULT_TRACE_OPTIONS.undated,
};

export interface TraceState {
  /** The trace panel's query; null when no trace is open. */
  trace: Signal<TraceDraft | null>;
  /** The channels for a complete query, over the documents the filters show. */
  traceResult: ReadonlySignal<TraceResult | null>;
  openTrace(patch?: Partial<TraceDraft>): void;
  closeTrace(): void;
}

/** Create the tracing part of the state. */
export function createTraceState(
  corpus: Corpus,
  visibility: ReadonlySignal<Visibility>,
  filtered: ReadonlySignal<boolean>,
): TraceState {
  const trace = signal<TraceDraft | null>(null);
  const traceResult = computed(() => {
    const draft = trace.value;
    if (!draft?.from || !draft.to) return null;
    const documents = filtered.value ? visibility.value.documents : null;
    return traceChannels(corpus, draft.from, draft.to, { ...draft, documents });
  });
  return {
    trace,
    traceResult,
    openTrace(patch = {}) {
      const current = trace.value ?? { from: null, to: null, ...DEFAULT_TRACE_SETTINGS };
      trace.value = { ...current, ...patch };
    },
    closeTrace() {
      trace.value = null;
    },
  };
}
