/**
 * Work split into steps — a generator that yields between them — run for about a budget of
 * milliseconds per call and resumed where it stopped. The explorer spreads the indexing of a large
 * archive over idle moments this way, and finishes whatever is left when the result is needed.
 */
export interface BudgetedWork<T> {
  /** Go on for about `budgetMs` milliseconds; true once the work is done. */
  run(budgetMs: number): boolean;
  /** The result, finishing the work first if idle time has not. */
  result(): T;
  /** The result if the work is done, without doing any of it. */
  ready(): T | null;
}

/**
 * Budgeted work over a generator's steps. The clock is read at each yield, so a step should be
 * worth more than reading it (a few hundred items, not one).
 */
export function budgetedWork<T>(steps: Generator<void, T>): BudgetedWork<T> {
  let done: { value: T } | null = null;
  const run = (budgetMs: number): boolean => {
    if (done) return true;
    const until = performance.now() + budgetMs;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        done = { value: step.value };
        return true;
      }
      if (performance.now() >= until) return false;
    }
  };
  return {
    run,
    result() {
      run(Number.POSITIVE_INFINITY);
      if (!done) throw new Error('graph/budgeted-work: the work did not finish');
      return done.value;
    },
    ready: () => done?.value ?? null,
  };
}
