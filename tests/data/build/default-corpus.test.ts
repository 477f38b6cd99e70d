/**
 * The default corpus, built for real: every record accounted for and read as a historian would.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/data/build/pipeline.ts';
import type { BuildResult } from '../../../src/data/build/pipeline.ts';
import { readCorpus } from '../../../src/data/io/read-corpus.ts';
import { IssueLog } from '../../../src/data/issues.ts';
import { DEFAULT_CORPUS_DIR } from '../../../src/data/cli/paths.ts';
import type { DocumentRecord, Role } from '../../../src/graph/types.ts';

let result: BuildResult;
let log: IssueLog;

beforeAll(() => {
  log = new IssueLog();
  result = buildCorpus(readCorpus(DEFAULT_CORPUS_DIR, log), log);
});

const doc = (number: string): DocumentRecord => {
  const found = result.documents.filter((d) => d.number === number);
  if (found.length !== 1)
    throw new Error(`expected one document numbered ${number}, found ${found.length}`);
  return found[0] as DocumentRecord;
};
const people = (d: DocumentRecord, role: Role): string[] => d.roles[role].map((r) => r.person);
const edgesOf = (docId: string) =>
  result.graph
    .filterEdges((_e, attrs) => attrs.doc === docId)
    .map((e) => `${result.graph.source(e)}>${result.graph.target(e)}`);

describe('data/build: the default corpus', () => {
  it('builds the same when the caller hands its rows over (releaseRows empties them)', () => {
    const input = readCorpus(DEFAULT_CORPUS_DIR, new IssueLog());
    const handedOver = buildCorpus(input, new IssueLog(), { releaseRows: true });
    expect(input.rows).toEqual([]);
    expect(handedOver.documents).toEqual(result.documents);
    expect(handedOver.graph.export()).toEqual(result.graph.export());
    expect(handedOver.report).toEqual(result.report);
  });

  it('accounts for all 34 documents of the source list, with no errors', () => {
    expect(result.report.totals).toMatchObject({ records: 34, built: 34, rejected: 0, errors: 0 });
    expect(
      result.report.totals.inGraph + result.report.totals.attached + result.report.totals.unplaced,
    ).toBe(34);
    expect(new Set(result.documents.map((d) => d.id)).size).toBe(34);
    expect(log.issues).toEqual([]);
  });

  it('keeps titles exactly as published and the last record without a summary', () => {
    const titles = result.documents.map((d) => d.title);
    expect(titles).toContain('Incoming Cable No. 600081, Shtykov to Vyshinky, 2 September 1950');
    const last = result.documents[result.documents.length - 1];
    expect(last?.title).toMatch(/^Telegram from Kim Il Sung and Pak Heon-yeong telling Stalin/);
    expect(last?.summary).toBe('');
    expect(result.documents.every((d) => d.source.includes('Wilson Center Digital Archive'))).toBe(
      true,
    );
  });

  it('reads two senders of one document: Meretskov and Shtykov → Stalin', () => {
    const d = doc('121973');
    expect(people(d, 'senders')).toEqual(['meretskov', 'shtykov']);
    expect(people(d, 'recipients')).toEqual(['stalin']);
    expect(edgesOf(d.id).sort()).toEqual(['meretskov>stalin', 'shtykov>stalin']);
  });

  it('reads No. 59363 as Mao Zedong → Kovalev → Stalin, both hops on the same record', () => {
    const d = doc('59363');
    expect([people(d, 'originators'), people(d, 'senders'), people(d, 'recipients')]).toEqual([
      ['mao-zedong'],
      ['kovalev'],
      ['stalin'],
    ]);
    expect(edgesOf(d.id)).toEqual(['mao-zedong>kovalev', 'kovalev>stalin']);
  });

  it('reads No. 20475 as Gromyko → Kovalev, curated to Stalin → Gromyko → Kovalev → Mao Zedong', () => {
    const d = doc('20475');
    expect(d.curated).toEqual(['originators', 'via', 'recipients', 'notes']);
    expect(edgesOf(d.id)).toEqual(['stalin>gromyko', 'gromyko>kovalev', 'kovalev>mao-zedong']);
  });

  it('reads the VCh telephone message as Kim Il Sung → Stalin with VCh as the medium, not a node', () => {
    const d = result.documents.find((x) => x.title.startsWith('Telephone Message via VCh'));
    expect(d?.medium).toBe('VCh');
    expect(d && edgesOf(d.id)).toEqual(['kim-il-sung>stalin']);
    expect(
      result.graph
        .nodes()
        .some((n) => /vch/i.test(n) || /vch/i.test(result.graph.getNodeAttribute(n, 'label'))),
    ).toBe(false);
  });

  it('reads Trygve Lie → the Soviet Ministry of Foreign Affairs, with Lake Success as a place', () => {
    const d = result.documents.find((x) => x.title.startsWith('Telegram from Lake Success'));
    expect(d?.places).toEqual(['Lake Success', 'Moscow']);
    expect(d && edgesOf(d.id)).toEqual(['trygve-lie>mfa-ussr']);
    expect(result.graph.getNodeAttribute('mfa-ussr', 'label')).toBe(
      'Soviet Ministry of Foreign Affairs',
    );
    expect(result.graph.nodes().some((n) => /lake/i.test(n))).toBe(false);
  });

  it('draws Molotov → Stalin in September 1947 as two parallel edges', () => {
    const september = result.graph.filterOutEdges(
      'molotov',
      'stalin',
      (_e, a) => a.date?.startsWith('1947-09') ?? false,
    );
    expect(september).toHaveLength(2);
    expect(new Set(september.map((e) => result.graph.getEdgeAttribute(e, 'doc'))).size).toBe(2);
  });

  it('has one node for Stalin whatever the title calls him', () => {
    const forms = result.documents
      .flatMap((d) => Object.values(d.roles).flat())
      .filter((r) => r.person === 'stalin')
      .map((r) => r.asWritten);
    expect(new Set(forms)).toEqual(
      new Set([
        'Cde. Stalin',
        'Stalin',
        'Generalissimo Iosif Vissarionovich Stalin',
        'Filippov [Stalin]',
        'Joseph Stalin',
        'Cde. I.V. Stalin',
      ]),
    );
    expect(
      result.graph
        .nodes()
        .filter((n) => /stalin|filippov/i.test(result.graph.getNodeAttribute(n, 'label'))),
    ).toEqual(['stalin']);
  });

  it('resolves offices by date and keeps the office as written', () => {
    const pyongyang = result.documents.find(
      (d) => d.id === '1949-10-03-filippov-ambassador-pyongyang',
    );
    expect(pyongyang?.roles.recipients[0]).toMatchObject({
      person: 'shtykov',
      resolvedBy: 'office',
      office: 'Soviet Ambassador, Pyongyang',
    });
    const peking = result.documents.find((d) => d.id === '1950-09-20-gromyko-ambassador-peking');
    expect(peking?.roles.recipients[0]).toMatchObject({
      person: 'roshchin',
      office: 'Soviet Ambassador, Peking',
    });
  });

  it('keeps one-sided documents attached to their known person and listed', () => {
    const attached = result.report.records.filter((r) => r.status === 'attached').map((r) => r.id);
    expect(attached).toEqual(
      expect.arrayContaining([
        '1947-10-29-telegram-418',
        '1947-10-23-draft-telegram-vyshinsky',
        '1949-11-03-cable-826-827',
      ]),
    );
    expect(result.graph.getNodeAttribute('vyshinsky', 'sent')).toBeGreaterThanOrEqual(3);
    expect(result.report.records.find((r) => r.id === '1947-10-29-telegram-418')?.reason).toMatch(
      /sender Andrei Vyshinsky/,
    );
  });

  it('tells Kim Il from Kim Il Sung and finds people the summaries mention', () => {
    const d = result.documents.find((x) => x.id === '1949-05-15-shtykov-vyshinsky');
    expect(d && people(d, 'mentions')).toEqual(['kim-il', 'mao-zedong']);
    expect(result.graph.getNodeAttribute('kim-il', 'documents')).toBe(0);
    expect(result.graph.getNodeAttribute('kim-il', 'mentioned')).toBe(1);
  });

  it('links the parties of agreements and protocols with participation edges', () => {
    const edges = result.graph
      .filterEdges((_e, a) => a.kind === 'participation')
      .map((e) => result.graph.getEdgeAttribute(e, 'doc'));
    expect(edges.sort()).toEqual(['1949-03-17-agreement-loan-dprk', '1949-03-protocol-chongjin']);
  });

  it('resolves every name in the corpus to the registry', () => {
    expect(result.report.unresolved).toEqual([]);
  });
});
