/** What can be selected in the explorer. The emphasis it gives is computed in src/graph/emphasis.ts. */
export type Selection =
  { kind: 'person'; id: string } | { kind: 'document'; id: string; edge: string | null };

export { documentEmphasis, egoEmphasis } from '../graph/emphasis.ts';
