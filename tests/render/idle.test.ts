import { describe, expect, it } from 'vitest';
import { runFor } from '../../src/render/idle.ts';

describe('render/idle: runFor', () => {
  it('takes one step on a spent budget, and goes on to the end on an unbounded one', () => {
    let steps = 0;
    const step = (): boolean => ++steps >= 5;
    expect(runFor(0, step)).toBe(false);
    expect(steps).toBe(1);
    expect(runFor(Number.POSITIVE_INFINITY, step)).toBe(true);
    expect(steps).toBe(5);
  });
});
