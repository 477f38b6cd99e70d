import { describe, expect, it } from 'vitest';
import { budgetedWork } from '../../src/graph/budgeted-work.ts';

describe('graph/budgeted-work', () => {
  it('goes on a step per call on a zero budget, and finishes when the result is asked for', () => {
    const done: number[] = [];
    function* steps(): Generator<void, number> {
      for (let i = 1; i <= 5; i++) {
        done.push(i);
        yield;
      }
      return done.length;
    }
    const work = budgetedWork(steps());
    expect(work.run(0)).toBe(false);
    expect(work.run(0)).toBe(false);
    expect(done).toEqual([1, 2]);
    expect(work.ready()).toBeNull();
    expect(work.result()).toBe(5);
    expect(work.ready()).toBe(5);
    expect(work.run(0)).toBe(true);
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });
});
