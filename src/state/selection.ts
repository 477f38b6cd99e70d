/** What can be selected in the explorer. The emphasis it gives is computed in src/graph/emphasis.ts. */
export type Selection =
  | { kind: 'person'; id: string }
  | { kind: 'document'; id: string; edge: string | null }
  /** Two people and the documents between them (a pair's line clicked from afar). */
  | { kind: 'pair'; id: string; other: string };

export { documentEmphasis, egoEmphasis, pairEmphasis } from '../graph/emphasis.ts';
