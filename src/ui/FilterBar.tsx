/** Filters by document type, with counts, and what the filters currently show. */
import { useMemo } from 'preact/hooks';
import { useAppState } from '../state/context.ts';
import { formatCount, plural } from './format.ts';

export function FilterBar() {
  const state = useAppState();
  const filter = state.filter.value;
  const { counts } = state.visibility.value;
  // Counted once per corpus, not on every step of a timeline drag.
  const types = useMemo(() => {
    const counts = new Map<string, number>();
    for (const doc of state.corpus.documentList)
      counts.set(doc.type, (counts.get(doc.type) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  }, [state.corpus]);
  const toggle = (type: string): void => {
    const next = new Set(filter.hiddenTypes);
    if (next.has(type)) next.delete(type);
    else next.add(type);
    state.setFilter({ hiddenTypes: next });
  };
  return (
    <div class="filter-bar">
      <fieldset class="types">
        <legend>Document types</legend>
        {types.map(([type, count]) => (
          <label key={type} class="chip">
            <input
              type="checkbox"
              checked={!filter.hiddenTypes.has(type)}
              onChange={() => toggle(type)}
            />
            {type} <span class="count">{formatCount(count)}</span>
          </label>
        ))}
      </fieldset>
      <p class="shown" aria-live="polite">
        {state.documentsPending
          ? 'Loading the documents…'
          : `Showing ${plural(counts.documents, 'document')} of ${formatCount(counts.totalDocuments)}, ${plural(counts.nodes, 'person', 'people')}${counts.undated > 0 ? `; ${formatCount(counts.undatedShown)} of ${formatCount(counts.undated)} undated` : ''}.`}
      </p>
    </div>
  );
}
