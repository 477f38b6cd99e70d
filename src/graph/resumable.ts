/**
 * Work split into steps — a generator that yields between them — done a step at a time and
 * resumed where it stopped, or finished at once when its result is needed. How long to go on is
 * the scheduler's to decide (render/idle.ts spreads the indexing of a large archive over the
 * browser's idle moments); the algorithms here only say where they can stop.
 */
export interface Resumable<T> {
  /** Do one more step; true once the work is done. */
  step(): boolean;
  /** The result, finishing the work first if no one has. */
  result(): T;
  /** The result if the work is done, without doing any of it. */
  ready(): T | null;
}

/** Resumable work over a generator's steps. A step should be worth a few hundred items. */
export function resumable<T>(steps: Generator<void, T>): Resumable<T> {
  let done: { value: T } | null = null;
  const step = (): boolean => {
    if (done) return true;
    const next = steps.next();
    if (next.done) done = { value: next.value };
    return done !== null;
  };
  return {
    step,
    result() {
      while (!step());
      if (!done) throw new Error('graph/resumable: the work did not finish');
      return done.value;
    },
    ready: () => done?.value ?? null,
  };
}
