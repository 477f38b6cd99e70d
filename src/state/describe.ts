/** The current view, described for export captions and file names. */
import { labelOf } from '../graph/corpus.ts';
import type { ViewDescription } from '../graph/export/describe.ts';
import type { AppState } from './app-state.ts';

export function describeCurrentView(state: AppState): ViewDescription {
  const { corpus } = state;
  const trace = state.trace.value;
  const selection = state.selection.value;
  return {
    corpusName: corpus.meta.name,
    corpusSlug: corpus.meta.slug,
    filter: state.filter.value,
    allTypes: [...new Set(corpus.documentList.map((d) => d.type))],
    allAffiliations: [...state.palette.keys()],
    channel:
      trace?.from && trace.to
        ? { from: labelOf(corpus, trace.from), to: labelOf(corpus, trace.to), mode: trace.mode }
        : null,
    selection:
      selection?.kind === 'person'
        ? labelOf(corpus, selection.id)
        : selection?.kind === 'document'
          ? selection.id
          : null,
  };
}
