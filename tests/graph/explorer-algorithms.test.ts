/** The explorer's pure algorithms: filters, search, correspondence grouping, timeline. */
import { beforeAll, describe, expect, it } from 'vitest';
import { personCorrespondence } from '../../src/graph/correspondence.ts';
import type { Corpus } from '../../src/graph/corpus.ts';
import { computeVisibility, DEFAULT_FILTER, passesDateAndType } from '../../src/graph/filter.ts';
import { createSearchIndex } from '../../src/graph/search.ts';
import { binOfEachDocument, countShownPerBin, histogram } from '../../src/graph/timeline.ts';
import { documentMembers } from '../../src/graph/visibility-index.ts';
import { loadRealCorpus } from '../helpers/corpus-fixture.ts';
import { handCorpus, handDoc } from '../helpers/hand-corpus.ts';

let corpus: Corpus;
beforeAll(() => {
  corpus = loadRealCorpus();
});

describe('graph/filter', () => {
  it('lets dates of month or year precision pass when they overlap the range', () => {
    const month = handDoc('m', { senders: ['a'], recipients: ['b'] }, '1949-03');
    const range = (start: string | null, end: string | null) =>
      passesDateAndType(month, { ...DEFAULT_FILTER, start, end });
    expect(range('1949-03-15', '1949-04')).toBe(true);
    expect(range('1949-04', null)).toBe(false);
    expect(range(null, '1949-02-28')).toBe(false);
    expect(range('1949', '1949')).toBe(true);
  });

  it('does not keep a document for someone it only mentions', () => {
    const hand = handCorpus([handDoc('d', { senders: ['a'], recipients: ['b'], mentions: ['c'] })]);
    hand.graph.setNodeAttribute('a', 'affiliation', 'Hidden');
    hand.graph.setNodeAttribute('b', 'affiliation', 'Hidden');
    const visible = computeVisibility(hand, {
      ...DEFAULT_FILTER,
      hiddenAffiliations: new Set(['Hidden']),
    });
    expect(visible.counts.documents).toBe(0);
    expect([...visible.nodes]).toEqual([]);
  });

  it('shows with USSR hidden only documents with a non-Soviet party', () => {
    const visible = computeVisibility(corpus, {
      ...DEFAULT_FILTER,
      hiddenAffiliations: new Set(['USSR']),
    });
    for (const id of visible.documents) {
      const doc = corpus.documents.get(id);
      const parties = ['originators', 'senders', 'via', 'recipients', 'participants'] as const;
      expect(
        parties.some((role) =>
          doc?.roles[role].some(
            (ref) => corpus.graph.getNodeAttribute(ref.person, 'affiliation') !== 'USSR',
          ),
        ),
      ).toBe(true);
    }
    expect(visible.documents.has('1947-09-18-molotov-stalin')).toBe(false);
  });
});

describe('graph/search', () => {
  it('finds people by alias and documents by number or title words', () => {
    const index = createSearchIndex(corpus);
    expect(index.search('Filippov').people[0]).toMatchObject({ id: 'stalin', matched: 'Filippov' });
    expect(index.search('roschin').people[0]?.id).toBe('roshchin');
    expect(index.search('59363').documents.map((d) => d.id)).toEqual(['1949-10-23-cable-59363']);
    expect(index.search('torpedo').documents).toEqual([]);
    expect(index.search('handwritten letter shtykov').documents.map((d) => d.id)).toEqual([
      '1950-07-09-kim-il-sung-shtykov-letter',
    ]);
    expect(index.findPerson('I.V. Stalin')).toBe('stalin');
    expect(index.findPerson('Nobody')).toBeNull();
  });

  it('indexes titles a slice at a time when asked, and all of them before a search', () => {
    const many = handCorpus(
      Array.from({ length: 600 }, (_, i) =>
        handDoc(`doc${i}`, { senders: ['a'], recipients: ['b'] }, '1949-03-01'),
      ),
    );
    const index = createSearchIndex(many);
    // No time at all: one slice of titles, then it stops and says it is not done.
    expect(index.prepareStep()).toBe(false);
    expect(index.search('doc599').documents.map((d) => d.id)).toEqual(['doc599']);
    expect(index.prepareStep()).toBe(true);
    expect(
      createSearchIndex(many)
        .search('doc7')
        .documents.map((d) => d.id),
    ).toContain('doc7');
  });
});

describe('graph/correspondence', () => {
  it('counts the sender of a relayed document among its recipient’s correspondents', () => {
    const groups = personCorrespondence(corpus, 'stalin');
    const withKovalev = groups.find((g) => g.correspondent === 'kovalev');
    expect(withKovalev?.entries.map((e) => [e.doc.id, e.relation])).toEqual([
      ['1949-10-23-cable-59363', 'from'],
    ]);
    const withGromyko = groups.find((g) => g.correspondent === 'gromyko');
    expect(withGromyko?.entries.map((e) => e.doc.id)).toContain(
      '1950-09-28-gromyko-stalin-kim-letter',
    );
    expect(
      groups.find((g) => g.correspondent === 'mao-zedong')?.entries.map((e) => e.doc.date.iso),
    ).toEqual(['1949-10-23', '1949-11-05', '1950-05-03', '1950-06-30']);
  });

  it('groups one-sided documents and mentions apart', () => {
    const kinds = personCorrespondence(corpus, 'vyshinsky').map((g) => g.kind);
    expect(kinds.slice(-2)).toEqual(['unknown', 'mentioned']);
  });
});

describe('graph/timeline', () => {
  it('counts documents per month over the dated span and keeps undated apart', () => {
    const result = histogram(corpus.documentList);
    expect(result.unit).toBe('month');
    expect(result.bins[0]?.key).toBe('1947-05');
    expect(result.bins[result.bins.length - 1]?.key).toBe('1950-09');
    expect(result.bins.reduce((sum, b) => sum + b.count, 0)).toBe(32);
    expect(result.undated).toBe(2);
    expect(result.bins.find((b) => b.key === '1949-03')?.count).toBe(4);
  });

  it('counts the shown documents per bin, from a filter result as from any set', () => {
    const hist = histogram(corpus.documentList);
    const bins = binOfEachDocument(corpus, hist);
    expect([...bins].filter((bin) => bin < 0)).toHaveLength(2);
    const filtered = computeVisibility(corpus, {
      ...DEFAULT_FILTER,
      start: '1949-03',
      end: '1949-10',
    });
    const plain = new Set(filtered.documents);
    // The filter's own result is read byte by byte; the copy key by key.
    expect(documentMembers(corpus, filtered.documents)).not.toBeNull();
    expect(documentMembers(corpus, plain)).toBeNull();
    const fromFilter = countShownPerBin(corpus, bins, hist.bins.length, filtered.documents);
    expect(fromFilter).toEqual(countShownPerBin(corpus, bins, hist.bins.length, plain));
    const march = hist.bins.findIndex((b) => b.key === '1949-03');
    expect(fromFilter[march]).toBe(4);
    expect(fromFilter[march - 1]).toBe(0);
    expect(fromFilter.reduce((sum, n) => sum + n, 0)).toBe(
      [...plain].filter((id) => corpus.documents.get(id)?.date.iso).length,
    );
    const all = countShownPerBin(
      corpus,
      bins,
      hist.bins.length,
      computeVisibility(corpus, DEFAULT_FILTER).documents,
    );
    expect(all).toEqual(hist.bins.map((b) => b.count));
  });

  it('counts by year over long spans', () => {
    const docs = [
      handDoc('a', { senders: ['x'] }, '1900-05-01'),
      handDoc('b', { senders: ['x'] }, '1950'),
    ];
    const result = histogram(docs);
    expect(result.unit).toBe('year');
    expect(result.bins).toHaveLength(51);
  });
});
