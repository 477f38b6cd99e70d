import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/graph/corpus.ts';
import { createDaySpans, dayNumber, inDayWindow } from '../../src/graph/day-window.ts';
import { computeVisibility, DEFAULT_FILTER } from '../../src/graph/filter.ts';
import type { DocumentFilter } from '../../src/graph/filter.ts';
import { loadRealCorpus } from '../helpers/corpus-fixture.ts';
import { handCorpus, handDoc } from '../helpers/hand-corpus.ts';

const DAY_MS = 86_400_000;

describe('graph/day-window', () => {
  it('counts days as the calendar does, leap years and early years included', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1949-10-23')).toBe(Date.UTC(1949, 9, 23) / DAY_MS);
    // Every day of four years around a century that is not a leap year, and one that is.
    for (const start of [Date.UTC(1899, 0, 1), Date.UTC(1999, 0, 1)]) {
      for (let t = start; t < start + 4 * 366 * DAY_MS; t += DAY_MS) {
        const iso = new Date(t).toISOString().slice(0, 10);
        expect(dayNumber(iso), iso).toBe(t / DAY_MS);
      }
    }
    // Date would read the year 0050 as 1950; the count must not.
    expect(dayNumber('0050-03-01') - dayNumber('0050-02-28')).toBe(1);
    const year50 = new Date(0);
    year50.setUTCFullYear(50, 0, 1);
    expect(dayNumber('0050-01-01')).toBe(year50.getTime() / DAY_MS);
  });

  it('gives ranged and partial dates the days they stand for, undated none', () => {
    const spans = createDaySpans();
    expect(spans('1949-10')).toEqual([dayNumber('1949-10-01'), dayNumber('1949-10-31')]);
    expect(spans('1949-10-23', '1949-11')).toEqual([
      dayNumber('1949-10-23'),
      dayNumber('1949-11-30'),
    ]);
    expect(spans('1950')).toBe(spans('1950'));
    const undated = spans(null);
    expect(inDayWindow(undated, { from: -1e8, to: 1e8, undated: true })).toBe(true);
    expect(inDayWindow(undated, { from: -1e8, to: 1e8, undated: false })).toBe(false);
  });
});

/** The filter's edges, written as the GPU gets them: all-but-date edges whose day span passes. */
function windowed(corpus: Corpus, filter: DocumentFilter): Set<string> {
  const visibility = computeVisibility(corpus, filter);
  const spans = createDaySpans();
  const result = new Set<string>();
  for (const edge of visibility.edgesAnyDate) {
    const { date, dateEnd } = corpus.graph.getEdgeAttributes(edge);
    if (inDayWindow(spans(date, dateEnd), visibility.window)) result.add(edge);
  }
  return result;
}

describe('graph/filter: dates applied apart', () => {
  const filters: Partial<DocumentFilter>[] = [
    { start: '1949-10', end: '1949-10' },
    { start: '1950-06-25' },
    { end: '1949', includeUndated: false },
    { start: '1949-03-05', end: '1950-01-15', hiddenTypes: new Set(['Telegram']) },
    { start: '1948', hiddenAffiliations: new Set(['United Nations']) },
  ];

  it('gives the same edges as the whole filter, on the real corpus', () => {
    const corpus = loadRealCorpus();
    for (const part of filters) {
      const filter = { ...DEFAULT_FILTER, ...part };
      const expected = new Set(computeVisibility(corpus, filter).edges);
      expect(windowed(corpus, filter), JSON.stringify(part)).toEqual(expected);
      expect(expected.size).toBeLessThan(corpus.graph.size);
    }
  });

  it('reads a ranged date to its end, and keeps undated documents apart', () => {
    const ranged = handDoc('r', { senders: ['a'], recipients: ['b'] }, '1949-10-20');
    ranged.date = { ...ranged.date, end: '1949-11-05' };
    const corpus = handCorpus([
      ranged,
      handDoc('u', { senders: ['a'], recipients: ['c'] }, null),
      handDoc('d', { senders: ['b'], recipients: ['c'] }, '1949-10-01'),
    ]);
    expect(corpus.graph.getEdgeAttribute('r/0', 'dateEnd')).toBe('1949-11-05');
    const november = { ...DEFAULT_FILTER, start: '1949-11', includeUndated: false };
    expect([...windowed(corpus, november)]).toEqual(['r/0']);
    expect(new Set(computeVisibility(corpus, november).edges)).toEqual(new Set(['r/0']));
    const withUndated = { ...november, includeUndated: true };
    expect(windowed(corpus, withUndated)).toEqual(new Set(['r/0', 'u/0']));
  });
});
