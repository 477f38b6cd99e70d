/** Shown over the network when the filters hide every document. */
import { useAppState } from '../state/context.ts';

export function EmptyState() {
  const state = useAppState();
  if (state.documentsPending || state.visibility.value.counts.documents > 0) return null;
  return (
    <div class="empty-state" role="status">
      <p>No documents match the current filters.</p>
      <button type="button" onClick={() => state.resetFilter()}>
        Reset filters
      </button>
    </div>
  );
}
