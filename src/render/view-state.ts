/**
 * What the renderer should show, as plain data: which nodes and edges are visible, and which are
 * emphasised. The state layer computes it; the reducers read it; nothing here knows of Preact.
 */

import type { DayWindow } from '../graph/day-window.ts';
import type { Emphasis } from '../graph/types.ts';

export type { Emphasis };

export interface ViewState {
  /** Visible nodes and edges; null shows everything. */
  visibleNodes: ReadonlySet<string> | null;
  visibleEdges: ReadonlySet<string> | null;
  /**
   * The filter in two parts, for renderers that apply dates themselves: the edges visible were
   * dates not considered, and the window of days (`visibleEdges` is exactly those of
   * `edgesAnyDate` whose dates fall in it). Null when nothing is filtered.
   */
  edgesAnyDate: ReadonlySet<string> | null;
  dayWindow: DayWindow | null;
  /** Selection or traced channel: emphasised, everything else strongly dimmed. */
  focus: Emphasis | null;
  /** Hover preview: emphasised, everything else lightly dimmed. */
  preview: Emphasis | null;
  /** Nodes drawn with sigma's highlight ring and a forced label. */
  highlighted: ReadonlySet<string>;
}

export const EMPTY_VIEW: ViewState = {
  visibleNodes: null,
  visibleEdges: null,
  edgesAnyDate: null,
  dayWindow: null,
  focus: null,
  preview: null,
  highlighted: new Set(),
};
