/**
 * What to emphasise for a selection: a person's ego network, every hop of a document, or the
 * documents between two people.
 * Shared by the explorer's highlight and the command-line image export.
 */
import type { Corpus } from './corpus.ts';
import type { Emphasis } from './types.ts';
import { pairEdges } from './pairs.ts';

/** A person with their correspondents through visible edges (all edges when null). */
export function egoEmphasis(
  corpus: Corpus,
  person: string,
  visibleEdges: ReadonlySet<string> | null,
): Emphasis {
  const nodes = new Set<string>([person]);
  const edges = new Set<string>();
  if (!corpus.graph.hasNode(person)) return { nodes, edges };
  corpus.graph.forEachEdge(person, (edge, _attrs, source, target) => {
    if (visibleEdges && !visibleEdges.has(edge)) return;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges };
}

/** Two people and the lines between them, both ways, through visible edges (all when null). */
export function pairEmphasis(
  corpus: Corpus,
  a: string,
  b: string,
  visibleEdges: ReadonlySet<string> | null,
): Emphasis {
  const edges = pairEdges(corpus.graph, a, b).filter(
    (edge) => !visibleEdges || visibleEdges.has(edge),
  );
  return { nodes: new Set([a, b].filter((p) => corpus.graph.hasNode(p))), edges: new Set(edges) };
}

/** Every hop of a document and every party on its chain. */
export function documentEmphasis(corpus: Corpus, id: string): Emphasis {
  const edges = new Set(corpus.edgesByDocument.get(id) ?? []);
  const nodes = new Set<string>();
  const doc = corpus.documents.get(id);
  if (doc) {
    for (const role of ['originators', 'senders', 'via', 'recipients', 'participants'] as const) {
      for (const ref of doc.roles[role]) nodes.add(ref.person);
    }
  }
  return { nodes, edges };
}
