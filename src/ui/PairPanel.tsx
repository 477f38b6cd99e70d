/**
 * Two people and every document between them, both ways, by date: what a pair's line drawn from
 * afar stands for (render/renderer.ts `pairAt`). Within the filters when one is set.
 */
import { compareStrings } from '../graph/compare.ts';
import { pairEdges } from '../graph/pairs.ts';
import { useAppState } from '../state/context.ts';
import { formatDate, plural } from './format.ts';
import { PersonLink } from './PersonLink.tsx';

export function PairPanel({ a, b }: { a: string; b: string }) {
  const state = useAppState();
  const { corpus } = state;
  const visible = state.viewState.value.visibleEdges;
  const edges = pairEdges(corpus.graph, a, b).filter((edge) => !visible || visible.has(edge));
  // Each document once, with the first of its lines (both hops of a relay open the same record).
  const firstLine = new Map<string, string>();
  for (const edge of edges) {
    const doc = corpus.graph.getEdgeAttribute(edge, 'doc');
    if (!firstLine.has(doc)) firstLine.set(doc, edge);
  }
  const documents = [...firstLine.keys()]
    .map((id) => corpus.documents.get(id))
    .filter((doc) => doc !== undefined)
    .sort(
      (x, y) =>
        compareStrings(x.date.iso ?? '9999', y.date.iso ?? '9999') || compareStrings(x.id, y.id),
    );
  return (
    <section class="panel-body" aria-labelledby="pair-heading">
      <header class="panel-header">
        <h2 id="pair-heading">
          <PersonLink id={a} /> and <PersonLink id={b} />
        </h2>
        <button
          type="button"
          class="close"
          onClick={() => state.clearSelection()}
          aria-label="Close the list of documents between these two"
        >
          ×
        </button>
      </header>
      <p class="pair-count">
        {plural(firstLine.size, 'document')} between them
        {visible ? ' within the filters' : ''}, both ways.
      </p>
      {state.documentsPending ? (
        <p class="muted">Loading the documents…</p>
      ) : (
        <ul class="doc-list" aria-label="Documents between these two">
          {documents.map((doc) => (
            <li key={doc.id}>
              <button
                type="button"
                class="doc-link"
                onClick={() => state.selectDocument(doc.id, firstLine.get(doc.id) ?? null)}
              >
                <span class="doc-date">{formatDate(doc.date)}</span>
                <span class="doc-title">{doc.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
