/**
 * Round trips of a built corpus through an export format and the import: the records compared
 * field by field, each party with the node it names. Differences are listed as
 * "id: field: before → after", so a failing test says what was lost, and where.
 */
import type { BuildResult } from '../../src/data/build/pipeline.ts';
import type { AbstractGraph } from 'graphology-types';
import type { CorrespondenceGraph } from '../../src/graph/build.ts';
import type { DocumentRecord, PartyRef } from '../../src/graph/types.ts';
import { ROLES } from '../../src/graph/types.ts';

/**
 * Fields a round trip does not keep, by design: where a record was read (`origin`: the exported
 * file is another file) and how a name was tied to its node (`resolvedBy`: an export gives each
 * party its node's authority ids, so a name the registry knew comes back "by authority").
 */
export const NOT_CARRIED = ['origin', 'resolvedBy'] as const;

/** A party as a comparison sees it: as written, and the node it names. */
function partyView(graph: CorrespondenceGraph, ref: PartyRef): Record<string, unknown> {
  const node = graph.hasNode(ref.person) ? graph.getNodeAttributes(ref.person) : null;
  return {
    person: ref.person,
    asWritten: ref.asWritten,
    evidence: ref.evidence ?? null,
    office: ref.office ?? null,
    place: ref.place ?? null,
    uncertain: ref.uncertain ?? false,
    label: node?.label ?? null,
    kind: node?.kind ?? null,
    authority: node?.authority ?? [],
    registered: node?.registered ?? null,
  };
}

/** Every field of a record but those not carried, parties with their nodes. */
export function recordView(
  graph: CorrespondenceGraph,
  doc: DocumentRecord,
): Record<string, unknown> {
  const { roles, ...rest } = doc;
  const view: Record<string, unknown> = {
    ...rest,
    origin: undefined,
    placeRefs: doc.placeRefs ?? null,
    partiesFrom: doc.partiesFrom ?? null,
    url: doc.url ?? null,
  };
  for (const role of ROLES) view[role] = roles[role].map((ref) => partyView(graph, ref));
  return view;
}

/** The differences between two builds' records, "id: field: before → after", in corpus order. */
export function recordDifferences(
  before: Pick<BuildResult, 'graph' | 'documents'>,
  after: Pick<BuildResult, 'graph' | 'documents'>,
  adjust: (field: string, value: unknown, doc: DocumentRecord) => unknown = (_f, value) => value,
): string[] {
  const differences: string[] = [];
  const again = new Map(after.documents.map((doc) => [doc.id, doc]));
  if (after.documents.length !== before.documents.length)
    differences.push(`${before.documents.length} records became ${after.documents.length}`);
  for (const doc of before.documents) {
    const back = again.get(doc.id);
    if (!back) {
      differences.push(`${doc.id}: missing`);
      continue;
    }
    const a = recordView(before.graph, doc);
    const b = recordView(after.graph, back);
    for (const field of Object.keys({ ...a, ...b })) {
      const expected = JSON.stringify(adjust(field, a[field], doc));
      const actual = JSON.stringify(b[field]);
      if (expected !== actual) differences.push(`${doc.id}: ${field}: ${expected} → ${actual}`);
    }
  }
  return differences;
}

/** Several values as a list, whether a format keeps a list or a string of them ("a b"). */
const list = (value: unknown, separator: RegExp): string[] =>
  Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string' && value !== ''
      ? value.split(separator)
      : [];

/** A person's measures as a file gives them back: numbers, or null where none was written. */
const MEASURES = ['sent', 'received', 'correspondents', 'betweenness', 'community'] as const;

/**
 * What Gephi needs of a graph, as any format gives it back: each person's label, kind,
 * affiliation, authority ids and measures; each edge's ends, document, date, end of a range and
 * type.
 */
export function graphView(of: CorrespondenceGraph | AbstractGraph): {
  nodes: unknown[];
  edges: unknown[];
} {
  const graph = of as AbstractGraph;
  const nodes: unknown[] = [];
  const edges: unknown[] = [];
  graph.forEachNode((node, attrs) => {
    const a = attrs as Record<string, unknown>;
    nodes.push({
      node,
      label: a.label,
      kind: a.kind,
      affiliation: a.affiliation,
      authority: list(a.authority, / /),
      aliases: list(a.aliases, /; /),
      ...Object.fromEntries(MEASURES.map((name) => [name, a[name] ?? null])),
    });
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    const a = attrs as unknown as Record<string, unknown>;
    const value = (name: string): unknown => (a[name] === '' ? null : (a[name] ?? null));
    edges.push({
      edge,
      source,
      target,
      doc: a.doc,
      date: value('date'),
      dateEnd: value('dateEnd'),
      type: a.type,
    });
  });
  const key = (item: unknown): string => JSON.stringify(item);
  return {
    nodes: nodes.sort((x, y) => key(x).localeCompare(key(y))),
    edges: edges.sort((x, y) => key(x).localeCompare(key(y))),
  };
}
