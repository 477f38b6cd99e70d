/**
 * The people's measures as the file formats declare them: which node attributes they are, with
 * their types, and how a file says what the betweenness is (exact, or estimated from a seeded
 * sample of sources above the work threshold). GEXF and GraphML share it, so both say the same.
 */
import type { MeasuresNote, PersonAttributes } from '../graph/types.ts';

/** The measures a node carries beside its document counts (`sent` and `received` among those). */
export const MEASURE_ATTRIBUTES = [
  { name: 'correspondents', type: 'int' },
  { name: 'betweenness', type: 'double' },
  { name: 'community', type: 'int' },
] as const satisfies readonly { name: keyof PersonAttributes; type: 'int' | 'double' }[];

/** Whether the betweenness was computed from a sample of the people rather than all of them. */
export function betweennessEstimated(note: MeasuresNote): boolean {
  return note.betweennessSources < note.people;
}

/** One sentence for a file's description: how the measures were computed, and of what. */
export function measuresSentence(note: MeasuresNote, scope: 'filtered' | 'all'): string {
  const sources = betweennessEstimated(note)
    ? `estimated from ${note.betweennessSources} of ${note.people} people as sources (seed ${note.seed})`
    : `exact over ${note.people} people`;
  const of = scope === 'all' ? 'the corpus' : 'the whole corpus, not only the filtered view';
  return `Measures of ${of}: betweenness ${sources}; ${note.communities} Louvain communities (seed ${note.seed}).`;
}
