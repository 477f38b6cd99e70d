/**
 * The records panel: the document of the selected edge (both hops of a relayed document open the
 * same record), and the other documents between the same two people.
 */
import { compareStrings } from '../graph/compare.ts';
import { labelOf } from '../graph/corpus.ts';
import { useAppState } from '../state/context.ts';
import { DocumentRecord } from './DocumentRecord.tsx';
import { formatDate } from './format.ts';

export function DocumentPanel({ id, edge }: { id: string; edge: string | null }) {
  const state = useAppState();
  const { corpus } = state;
  const doc = corpus.documents.get(id);
  if (!doc) return <p class="muted">This document is not in the corpus.</p>;
  const { graph } = corpus;
  const ends =
    edge && graph.hasEdge(edge) ? ([graph.source(edge), graph.target(edge)] as const) : null;
  const between = ends
    ? [
        ...new Set(
          [...graph.outEdges(ends[0], ends[1]), ...graph.outEdges(ends[1], ends[0])].map((e) =>
            graph.getEdgeAttribute(e, 'doc'),
          ),
        ),
      ]
        .filter((other) => other !== id)
        .map((other) => corpus.documents.get(other))
        .filter((other) => other !== undefined)
        .sort((a, b) => compareStrings(a.date.iso ?? '9999', b.date.iso ?? '9999'))
    : [];
  return (
    <section class="panel-body" aria-labelledby="records-heading">
      <header class="panel-header">
        <h2 id="records-heading">
          {ends ? `Records: ${labelOf(corpus, ends[0])} → ${labelOf(corpus, ends[1])}` : 'Record'}
        </h2>
        <button
          type="button"
          class="close"
          onClick={() => state.clearSelection()}
          aria-label="Close the record"
        >
          ×
        </button>
      </header>
      <DocumentRecord doc={doc} />
      {between.length > 0 && ends && (
        <section class="between" aria-label="Other documents between these two">
          <h3>
            Also between {labelOf(corpus, ends[0])} and {labelOf(corpus, ends[1])} ({between.length}
            )
          </h3>
          <ul class="doc-list">
            {between.map((other) => (
              <li key={other.id}>
                <button
                  type="button"
                  class="doc-link"
                  onClick={() => state.selectDocument(other.id, edge)}
                >
                  <span class="doc-date">{formatDate(other.date)}</span>
                  <span class="doc-title">{other.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
