import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/data/parse/dates.ts';
import { isoBounds } from '../../../src/graph/dates.ts';

describe('data/parse: dates', () => {
  it.each([
    ['23 October 1949', '1949-10-23', 'day'],
    ['3 May 1950', '1950-05-03', 'day'],
    ['May 3, 1950', '1950-05-03', 'day'],
    ['12-14 May 1947', '1947-05-12', 'day'],
    ['1950-05-03', '1950-05-03', 'day'],
    ['03.05.1950', '1950-05-03', 'day'],
    ['March 1949', '1949-03', 'month'],
    ['Sept. 1950', '1950-09', 'month'],
    ['1949-10', '1949-10', 'month'],
    ['1950', '1950', 'year'],
    ['late 1949', '1949', 'year'],
  ])('reads %s as %s (%s)', (text, iso, precision) => {
    expect(parseDate(text)).toMatchObject({ iso, precision, asWritten: text });
  });

  it.each(['31 February 1950', '32 May 1947', 'Korea', '1950-13', '', 'sometime'])(
    'rejects %s',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );

  it('gives the calendar span of each precision', () => {
    expect(isoBounds('1949')).toEqual(['1949-01-01', '1949-12-31']);
    expect(isoBounds('1948-02')).toEqual(['1948-02-01', '1948-02-29']);
    expect(isoBounds('1950-05-03')).toEqual(['1950-05-03', '1950-05-03']);
    expect(isoBounds(null)).toBeNull();
  });
});
