import { describe, expect, it } from 'vitest';
import { resumable } from '../../src/graph/resumable.ts';

describe('graph/resumable', () => {
  it('goes on a step per call, and finishes when the result is asked for', () => {
    const done: number[] = [];
    function* steps(): Generator<void, number> {
      for (let i = 1; i <= 5; i++) {
        done.push(i);
        yield;
      }
      return done.length;
    }
    const work = resumable(steps());
    expect(work.step()).toBe(false);
    expect(work.step()).toBe(false);
    expect(done).toEqual([1, 2]);
    expect(work.ready()).toBeNull();
    expect(work.result()).toBe(5);
    expect(work.ready()).toBe(5);
    expect(work.step()).toBe(true);
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });
});
