import { describe, expect, it } from 'vitest';
import { buildCorrespondenceGraph, chainLayers, placementOf } from '../../src/graph/build.ts';
import type { NodeInfo } from '../../src/graph/build.ts';
import type { DocumentRecord, DocumentRoles, PartyRef } from '../../src/graph/types.ts';

const ref = (person: string): PartyRef => ({ person, asWritten: person, resolvedBy: 'registry' });
const roles = (r: Partial<Record<keyof DocumentRoles, string[]>>): DocumentRoles => ({
  originators: (r.originators ?? []).map(ref),
  senders: (r.senders ?? []).map(ref),
  via: (r.via ?? []).map(ref),
  recipients: (r.recipients ?? []).map(ref),
  participants: (r.participants ?? []).map(ref),
  mentions: (r.mentions ?? []).map(ref),
});
const doc = (
  id: string,
  r: Partial<Record<keyof DocumentRoles, string[]>>,
  date: string | null = '1950-01-01',
): DocumentRecord => ({
  id,
  title: id,
  type: 'cable',
  number: null,
  date: { iso: date, precision: date ? 'day' : 'none', asWritten: date },
  summary: '',
  collection: '',
  source: '',
  roles: roles(r),
  places: [],
  medium: null,
  topic: null,
  notes: [],
  curated: [],
  placement: placementOf(roles(r)),
  origin: { file: 'test.csv', line: 1 },
});
const info = (id: string): NodeInfo => ({
  id,
  label: id.toUpperCase(),
  kind: 'person',
  affiliation: 'X',
  role: '',
  aliases: [],
  registered: true,
});

describe('graph/build', () => {
  it('turns a relayed document into one edge per hop, each carrying the document id', () => {
    const g = buildCorrespondenceGraph(
      [doc('d1', { originators: ['mao'], senders: ['kovalev'], recipients: ['stalin'] })],
      [info('mao'), info('kovalev'), info('stalin')],
    );
    expect(g.mapEdges((_e, a, s, t) => [s, t, a.doc, a.hop, a.fromRole, a.toRole])).toEqual([
      ['mao', 'kovalev', 'd1', 0, 'originators', 'senders'],
      ['kovalev', 'stalin', 'd1', 1, 'senders', 'recipients'],
    ]);
    expect(g.getNodeAttributes('kovalev')).toMatchObject({ sent: 1, received: 0, documents: 1 });
    expect(g.getNodeAttributes('mao')).toMatchObject({ originated: 1, documents: 1 });
  });

  it('makes several intermediaries sequential hops, in the order written', () => {
    const layers = chainLayers(roles({ senders: ['a'], via: ['x', 'y'], recipients: ['b'] }));
    expect(layers.map((l) => l.people)).toEqual([['a'], ['x'], ['y'], ['b']]);
  });

  it('keeps several documents between two people as parallel edges, both directions apart', () => {
    const g = buildCorrespondenceGraph(
      [
        doc('d1', { senders: ['a'], recipients: ['b'] }),
        doc('d2', { senders: ['a'], recipients: ['b'] }),
        doc('d3', { senders: ['b'], recipients: ['a'] }),
      ],
      [info('a'), info('b')],
    );
    expect(
      g
        .outEdges('a', 'b')
        .map((e) => g.getEdgeAttribute(e, 'doc'))
        .sort(),
    ).toEqual(['d1', 'd2']);
    expect(g.outEdges('b', 'a').map((e) => g.getEdgeAttribute(e, 'doc'))).toEqual(['d3']);
  });

  it('links conversation participants pairwise with edges of their own kind', () => {
    const g = buildCorrespondenceGraph(
      [doc('c', { participants: ['a', 'b', 'c'] })],
      [info('a'), info('b'), info('c')],
    );
    expect(g.mapEdges((_e, a, s, t) => `${s}-${t}:${a.kind}`)).toEqual([
      'a-b:participation',
      'a-c:participation',
      'b-c:participation',
    ]);
    expect(g.getNodeAttribute('b', 'participated')).toBe(1);
  });

  it('places documents: edges, attached to one side, or unplaced', () => {
    expect(placementOf(roles({ senders: ['a'], recipients: ['b'] }))).toBe('graph');
    expect(placementOf(roles({ senders: ['a'] }))).toBe('attached');
    expect(placementOf(roles({ senders: ['a'], recipients: ['a'] }))).toBe('attached');
    expect(placementOf(roles({ participants: ['a'] }))).toBe('attached');
    expect(placementOf(roles({ mentions: ['a'] }))).toBe('unplaced');
    expect(placementOf(roles({}))).toBe('unplaced');
  });

  it('counts one-sided documents on their node and skips self-loops', () => {
    const g = buildCorrespondenceGraph(
      [doc('d1', { senders: ['a'] }), doc('d2', { senders: ['a'], recipients: ['a'] })],
      [info('a')],
    );
    expect(g.size).toBe(0);
    expect(g.getNodeAttributes('a')).toMatchObject({ sent: 2, received: 1, documents: 2 });
  });

  it('adds a node for a party missing from the people list instead of dropping it', () => {
    const g = buildCorrespondenceGraph(
      [doc('d1', { senders: ['ghost'], recipients: ['a'] })],
      [info('a')],
    );
    expect(g.getNodeAttributes('ghost')).toMatchObject({ label: 'ghost', registered: false });
    expect(g.size).toBe(1);
  });
});
