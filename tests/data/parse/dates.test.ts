import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/data/parse/dates.ts';
import { dateSpan, isoBounds } from '../../../src/graph/dates.ts';

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

describe('data/parse: qualified dates', () => {
  it.each([
    ['circa 1795', '1795', 'circa'],
    ['ca. March 1949', '1949-03', 'circa'],
    ['c. 1949-10-23', '1949-10-23', 'circa'],
    ['about 1950', '1950', 'circa'],
    ['early March 1949', '1949-03', 'early'],
    ['late 1949', '1949', 'late'],
    ['Not after 5 March 1795', '1795-03-05', 'not after'],
    ['before 1 May 1949', '1949-05-01', 'before'],
    ['end of 1950', '1950', 'end of'],
  ])('reads %s as %s, %s', (text, iso, qualifier) => {
    expect(parseDate(text)).toMatchObject({ iso, qualifier, asWritten: text });
  });

  it('gives no qualifier to a date written without one', () => {
    for (const text of ['23 October 1949', '1949-10', '1680-03/1681-05']) {
      expect(parseDate(text)).not.toHaveProperty('qualifier');
    }
  });
});

describe('data/parse: date ranges', () => {
  it('reads ISO intervals as the earliest date with the latest as the end', () => {
    expect(parseDate('1680-03/1681-05')).toEqual({
      iso: '1680-03',
      precision: 'month',
      asWritten: '1680-03/1681-05',
      end: '1681-05',
    });
    expect(parseDate('1680/..')).toEqual({
      iso: '1680',
      precision: 'year',
      asWritten: '1680/..',
      qualifier: 'not before',
    });
    expect(parseDate('../1681-05-02')).toEqual({
      iso: '1681-05-02',
      precision: 'day',
      asWritten: '../1681-05-02',
      qualifier: 'not after',
    });
    expect(parseDate('1681/1680')).toBeNull();
    expect(parseDate('../..')).toBeNull();
    expect(parseDate('1680/garbage')).toBeNull();
  });

  it('spans a range from the start of its first date to the end of its last', () => {
    expect(dateSpan({ iso: '1680-03', end: '1681' })).toEqual(['1680-03-01', '1681-12-31']);
    expect(dateSpan({ iso: '1680-03-02' })).toEqual(['1680-03-02', '1680-03-02']);
    expect(dateSpan({ iso: null })).toBeNull();
  });
});

describe('data/parse: dates read again', () => {
  it('gives each caller its own date: completing one does not change the next reading', () => {
    const first = parseDate('3 May 1950');
    expect(first).toEqual({ iso: '1950-05-03', precision: 'day', asWritten: '3 May 1950' });
    Object.assign(first ?? {}, { end: '1950-05-09', qualifier: 'circa' });
    expect(parseDate('3 May 1950')).toEqual({
      iso: '1950-05-03',
      precision: 'day',
      asWritten: '3 May 1950',
    });
    expect(parseDate('not a date 1950x')).toBeNull();
    expect(parseDate('not a date 1950x')).toBeNull();
  });
});
