import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/data/build/pipeline.ts';
import { readCorpus } from '../../src/data/io/read-corpus.ts';
import { IssueLog } from '../../src/data/issues.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/data/cli/paths.ts';
import { traceChannels, traceEmphasis } from '../../src/graph/channels.ts';
import type { TraceResult } from '../../src/graph/channels.ts';
import { createCorpus } from '../../src/graph/corpus.ts';
import type { Corpus } from '../../src/graph/corpus.ts';
import { handCorpus, handDoc } from '../helpers/hand-corpus.ts';

const paths = (result: TraceResult): string[] => result.routes.map((r) => r.people.join('>'));
const docsPerHop = (result: TraceResult, i = 0): string[][] =>
  (result.routes[i]?.hops ?? []).map((h) => h.documents);

describe('graph/channels: relayed documents', () => {
  const corpus = handCorpus([
    handDoc('relay', { originators: ['a'], senders: ['x'], recipients: ['b'] }, '1950-01-05'),
    handDoc('relay2', { originators: ['a'], senders: ['x'], recipients: ['b'] }, '1950-01-02'),
    handDoc('direct', { senders: ['a'], recipients: ['b'] }, '1950-02-01'),
    handDoc(
      'long',
      { originators: ['a'], senders: ['x'], via: ['y', 'z'], recipients: ['b'] },
      '1950-03-01',
    ),
    handDoc('unrelated', { senders: ['x'], recipients: ['y'] }, '1950-01-01'),
  ]);

  it('lists the direct documents and the routes of single documents through intermediaries', () => {
    const result = traceChannels(corpus, 'a', 'b', { maxHops: 4 });
    expect(result.direct?.documents).toEqual(['direct']);
    expect(paths(result)).toEqual(['a>x>b', 'a>x>y>z>b']);
    expect(docsPerHop(result, 0)).toEqual([
      ['relay2', 'relay'],
      ['relay2', 'relay'],
    ]);
    expect(docsPerHop(result, 1)).toEqual([['long'], ['long'], ['long'], ['long']]);
  });

  it('bounds the hops, and respects direction unless told otherwise', () => {
    expect(paths(traceChannels(corpus, 'a', 'b', { maxHops: 3 }))).toEqual(['a>x>b']);
    const back = traceChannels(corpus, 'b', 'a');
    expect(back.direct).toBeNull();
    expect(back.routes).toEqual([]);
    const undirected = traceChannels(corpus, 'b', 'a', { undirected: true });
    expect(undirected.direct?.documents).toEqual(['direct']);
    expect(paths(undirected)).toEqual(['b>x>a']);
  });

  it('stops at the route limit and says more exist', () => {
    const many = handCorpus(
      Array.from({ length: 6 }, (_, i) =>
        handDoc(`d${i}`, { originators: ['a'], senders: [`m${i}`], recipients: ['b'] }),
      ),
    );
    const result = traceChannels(many, 'a', 'b', { maxRoutes: 4 });
    expect(result.routes).toHaveLength(4);
    expect(result.truncated).toBe(true);
  });

  it('returns nothing for unknown, identical or unconnected people', () => {
    expect(traceChannels(corpus, 'a', 'nobody').routes).toEqual([]);
    expect(traceChannels(corpus, 'a', 'a').direct).toBeNull();
    expect(traceChannels(corpus, 'y', 'a')).toMatchObject({ direct: null, routes: [] });
  });
});

describe('graph/channels: time-respecting routes', () => {
  it('keeps only routes whose hops are dated in order', () => {
    const corpus = handCorpus([
      handDoc('ax', { senders: ['a'], recipients: ['x'] }, '1950-01-10'),
      handDoc('xb', { senders: ['x'], recipients: ['b'] }, '1950-02-01'),
      handDoc('ay', { senders: ['a'], recipients: ['y'] }, '1950-03-01'),
      handDoc('yb', { senders: ['y'], recipients: ['b'] }, '1950-02-01'),
    ]);
    const result = traceChannels(corpus, 'a', 'b', { mode: 'time' });
    expect(paths(result)).toEqual(['a>x>b']);
    expect(traceChannels(corpus, 'a', 'b', { mode: 'time', maxGapDays: 10 }).routes).toEqual([]);
    expect(paths(traceChannels(corpus, 'a', 'b', { mode: 'time', maxGapDays: 30 }))).toEqual([
      'a>x>b',
    ]);
  });

  it('keeps only the documents of each hop that can continue the route', () => {
    const corpus = handCorpus([
      handDoc('ax-early', { senders: ['a'], recipients: ['x'] }, '1950-01-01'),
      handDoc('ax-late', { senders: ['a'], recipients: ['x'] }, '1950-06-01'),
      handDoc('xb', { senders: ['x'], recipients: ['b'] }, '1950-03-01'),
    ]);
    expect(docsPerHop(traceChannels(corpus, 'a', 'b', { mode: 'time' }))).toEqual([
      ['ax-early'],
      ['xb'],
    ]);
  });

  it('treats dates of month or year precision as spans that may overlap', () => {
    const corpus = handCorpus([
      handDoc('ax', { senders: ['a'], recipients: ['x'] }, '1950-03'),
      handDoc('xb', { senders: ['x'], recipients: ['b'] }, '1950-03-01'),
    ]);
    expect(paths(traceChannels(corpus, 'a', 'b', { mode: 'time' }))).toEqual(['a>x>b']);
  });

  it('leaves undated documents out, counting them, unless allowed', () => {
    const corpus = handCorpus([
      handDoc('az', { senders: ['a'], recipients: ['z'] }, null),
      handDoc('zb', { senders: ['z'], recipients: ['b'] }, '1950-01-01'),
    ]);
    const excluded = traceChannels(corpus, 'a', 'b', { mode: 'time' });
    expect(excluded.routes).toEqual([]);
    expect(excluded.excludedUndated).toBe(1);
    expect(paths(traceChannels(corpus, 'a', 'b', { mode: 'time', undated: 'allow' }))).toEqual([
      'a>z>b',
    ]);
  });

  it('finds simple paths through cycles, shortest first, and respects the work budget', () => {
    const corpus = handCorpus([
      handDoc('ax', { senders: ['a'], recipients: ['x'] }, '1950-01-01'),
      handDoc('xy', { senders: ['x'], recipients: ['y'] }, '1950-01-02'),
      handDoc('yx', { senders: ['y'], recipients: ['x'] }, '1950-01-03'),
      handDoc('xa', { senders: ['x'], recipients: ['a'] }, '1950-01-03'),
      handDoc('yb', { senders: ['y'], recipients: ['b'] }, '1950-01-04'),
      handDoc('xb', { senders: ['x'], recipients: ['b'] }, '1950-01-05'),
    ]);
    expect(paths(traceChannels(corpus, 'a', 'b', { mode: 'time' }))).toEqual(['a>x>b', 'a>x>y>b']);
    const starved = traceChannels(corpus, 'a', 'b', { mode: 'time', budget: 1 });
    expect(starved.truncated).toBe(true);
  });
});

describe('graph/channels: the default corpus', () => {
  let corpus: Corpus;
  beforeAll(() => {
    const log = new IssueLog();
    const built = buildCorpus(readCorpus(DEFAULT_CORPUS_DIR, log), log, { layout: false });
    corpus = createCorpus(built.graph, built.documents);
  });
  const numbers = (ids: string[] | undefined): (string | null)[] =>
    (ids ?? []).map((id) => corpus.documents.get(id)?.number ?? id);

  it('Mao Zedong → Stalin: the direct cable No. 21340 and the route through Kovalev (No. 59363)', () => {
    for (const mode of ['relayed', 'time'] as const) {
      const result = traceChannels(corpus, 'mao-zedong', 'stalin', { mode });
      expect(numbers(result.direct?.documents)).toEqual(['21340']);
      expect(paths(result)).toContain('mao-zedong>kovalev>stalin');
      const route = result.routes.find((r) => r.people.join('>') === 'mao-zedong>kovalev>stalin');
      expect(route?.hops.map((h) => numbers(h.documents))).toEqual([['59363'], ['59363']]);
    }
  });

  it('Stalin → Mao Zedong: the direct cable No. 2220 and, from the curation, the route through Gromyko and Kovalev', () => {
    const result = traceChannels(corpus, 'stalin', 'mao-zedong');
    expect(numbers(result.direct?.documents)).toEqual(['2220']);
    expect(paths(result)).toEqual(['stalin>gromyko>kovalev>mao-zedong']);
    expect(result.routes[0]?.hops.map((h) => numbers(h.documents))).toEqual([
      ['20475'],
      ['20475'],
      ['20475'],
    ]);
  });

  it('Kim Il Sung → Stalin: direct letters and the route through Gromyko', () => {
    const result = traceChannels(corpus, 'kim-il-sung', 'stalin');
    expect(result.direct?.documents).toEqual([
      '1948-09-22-kim-il-sung-stalin-vch',
      '1950-07-08-kim-il-sung-stalin-letter',
      'undated-kim-pak-stalin-telegram',
    ]);
    expect(paths(result)).toEqual(['kim-il-sung>gromyko>stalin']);
    const emphasis = traceEmphasis(result);
    expect([...emphasis.nodes].sort()).toEqual(['gromyko', 'kim-il-sung', 'stalin']);
    expect(emphasis.edges.size).toBe(5);
  });

  it('honours the current filter', () => {
    const only1949 = new Set(
      corpus.documentList.filter((d) => d.date.iso?.startsWith('1949')).map((d) => d.id),
    );
    const result = traceChannels(corpus, 'mao-zedong', 'stalin', { documents: only1949 });
    expect(result.direct).toBeNull();
    expect(paths(result)).toEqual(['mao-zedong>kovalev>stalin']);
  });
});
