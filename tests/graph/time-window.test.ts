import { describe, expect, it } from 'vitest';
import { isWindow, nextWindow, shiftWindow, windowHolding } from '../../src/graph/time-window.ts';

describe('graph/time-window', () => {
  it('finds the calendar month, quarter or year holding a date of any precision', () => {
    expect(windowHolding('1949-10-23', 'month')).toEqual({ start: '1949-10', end: '1949-10' });
    expect(windowHolding('1949-08-01', 'quarter')).toEqual({ start: '1949-07', end: '1949-09' });
    expect(windowHolding('1949', 'quarter')).toEqual({ start: '1949-01', end: '1949-03' });
    expect(windowHolding('1949-12', 'year')).toEqual({ start: '1949', end: '1949' });
    expect(windowHolding('0812-03-01', 'year')).toEqual({ start: '0812', end: '0812' });
  });

  it('shifts across years both ways', () => {
    const q4 = { start: '1949-10', end: '1949-12' };
    expect(shiftWindow(q4, 'quarter', 1)).toEqual({ start: '1950-01', end: '1950-03' });
    expect(shiftWindow(q4, 'quarter', -4)).toEqual({ start: '1948-10', end: '1948-12' });
    expect(shiftWindow({ start: '1950-01', end: '1950-01' }, 'month', -1)).toEqual({
      start: '1949-12',
      end: '1949-12',
    });
  });

  it('tells a window from another range', () => {
    expect(isWindow('1949-07', '1949-09', 'quarter')).toBe(true);
    expect(isWindow('1949-08', '1949-10', 'quarter')).toBe(false);
    expect(isWindow('1949', '1949', 'year')).toBe(true);
    expect(isWindow(null, '1949', 'year')).toBe(false);
  });

  it('steps from the first window, through the corpus, and stops past its ends', () => {
    const extent = { first: '1949-02-14', last: '1949-08-30' };
    const open = { start: null, end: null };
    const first = nextWindow(open, 'quarter', 1, extent);
    expect(first).toEqual({ start: '1949-01', end: '1949-03' });
    expect(nextWindow(open, 'quarter', -1, extent)).toEqual({ start: '1949-07', end: '1949-09' });
    const second = nextWindow(first ?? open, 'quarter', 1, extent);
    expect(second).toEqual({ start: '1949-04', end: '1949-06' });
    const third = nextWindow(second ?? open, 'quarter', 1, extent);
    expect(nextWindow(third ?? open, 'quarter', 1, extent)).toBeNull();
    expect(nextWindow(first ?? open, 'quarter', -1, extent)).toBeNull();
  });
});
