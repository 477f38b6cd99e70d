/** Filters by document type, with counts, and what the filters currently show. */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useAppState } from '../state/context.ts';
import { formatCount, plural } from './format.ts';

/**
 * How many of a box's wrapping children do not fit its height: a corpus with many types says
 * "+N more" instead of hiding the rest in a scroll box (a desktop browser draws no scrollbar until
 * scrolled, a phone none at all). Those are made invisible, so the keyboard does not reach them
 * unseen; measured again when the box changes size.
 */
function useHiddenBelowFold(
  box: { current: HTMLElement | null },
  expanded: boolean,
  deps: unknown[],
): number {
  const [hidden, setHidden] = useState(0);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const measure = (): void => {
      const items = [...element.children] as HTMLElement[];
      // Expanded, every chip shows (the box scrolls where it must).
      const fold = expanded ? Number.POSITIVE_INFINITY : element.clientHeight + 1;
      let below = 0;
      for (const item of items) {
        const out = item.offsetTop + item.offsetHeight > fold;
        item.classList.toggle('below-fold', out);
        if (out) below++;
      }
      setHidden(below);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [expanded, ...deps]);
  return hidden;
}

export function FilterBar() {
  const state = useAppState();
  const filter = state.filter.value;
  const visibility = state.visibility.value;
  const { counts } = visibility;
  // Counted once per corpus, not on every step of a timeline drag.
  const types = useMemo(() => {
    const counts = new Map<string, number>();
    for (const doc of state.corpus.documentList)
      counts.set(doc.type, (counts.get(doc.type) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  }, [state.corpus]);
  // Documents of each type the filters let through: "cable 9 of 14".
  const shownByType = useMemo(() => {
    const shown = new Map<string, number>();
    for (const doc of state.corpus.documentList)
      if (visibility.documents.has(doc.id)) shown.set(doc.type, (shown.get(doc.type) ?? 0) + 1);
    return shown;
  }, [state.corpus, visibility]);
  const [expanded, setExpanded] = useState(false);
  const chips = useRef<HTMLDivElement>(null);
  const hidden = useHiddenBelowFold(chips, expanded, [types]);
  const toggle = (type: string): void => {
    const next = new Set(filter.hiddenTypes);
    if (next.has(type)) next.delete(type);
    else next.add(type);
    state.setFilter({ hiddenTypes: next });
  };
  const filtered = counts.documents !== counts.totalDocuments;
  return (
    <div class="filter-bar">
      <fieldset class="types">
        <legend>
          Document types{' '}
          {(hidden > 0 || expanded) && (
            <button
              type="button"
              class="link more-types"
              aria-expanded={expanded}
              aria-controls="type-chips"
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? 'fewer' : `+${formatCount(hidden)} more`}
            </button>
          )}
        </legend>
        <div id="type-chips" ref={chips} class="chips" data-expanded={expanded}>
          {types.map(([type, count]) => {
            const shown = shownByType.get(type) ?? 0;
            return (
              <label key={type} class="chip">
                <input
                  type="checkbox"
                  checked={!filter.hiddenTypes.has(type)}
                  onChange={() => toggle(type)}
                />
                {type}{' '}
                <span class="count">
                  {filtered && !filter.hiddenTypes.has(type) && shown !== count
                    ? `${formatCount(shown)} of ${formatCount(count)}`
                    : formatCount(count)}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <p class="shown" aria-live="polite">
        {state.documentsPending
          ? 'Loading the documents…'
          : `Showing ${plural(counts.documents, 'document')} of ${formatCount(counts.totalDocuments)}, ${plural(counts.nodes, 'person', 'people')}${counts.undated > 0 ? `; ${formatCount(counts.undatedShown)} of ${formatCount(counts.undated)} undated` : ''}.`}
      </p>
    </div>
  );
}
