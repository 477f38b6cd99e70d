/**
 * The explorer's state: signals for selection, hover, filters, view and camera, and what is
 * derived from them. Made by a factory and provided through context, so every test and every
 * corpus gets its own state; there is no module singleton.
 */
import { batch, computed, signal } from '@preact/signals';
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { Corpus } from '../graph/corpus.ts';
import { computeVisibility, DEFAULT_FILTER, isFilterActive } from '../graph/filter.ts';
import type { DocumentFilter, Visibility } from '../graph/filter.ts';
import { createSearchIndex } from '../graph/search.ts';
import type { SearchIndex } from '../graph/search.ts';
import { paletteForAffiliations } from '../formats/scene/style.ts';
import { DEFAULT_NODE_LOOK, nodeLookFunctions } from '../formats/scene/look.ts';
import type { PersonAttributes } from '../graph/types.ts';
import type { NodeLook } from '../formats/scene/look.ts';
import type { Scene } from '../formats/scene/scene.ts';
import type { BuildReport } from '../graph/report.ts';
import type { ViewState } from '../render/view-state.ts';
import { documentEmphasis, egoEmphasis, pairEmphasis } from './selection.ts';
import { createTraceState } from './trace.ts';
import { createPlayState } from './play.ts';
import type { PlayState } from './play.ts';
import type { TraceState } from './trace.ts';
import { traceEmphasis } from '../graph/channels.ts';
import type { Selection } from './selection.ts';

export type { Selection } from './selection.ts';

/** Camera position as the URL keeps it (sigma's normalised coordinates). */
export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface Notice {
  id: number;
  text: string;
}

export type ViewMode = 'graph' | 'list' | 'map';

/** Draws the current view as a scene for image export; set by the network view while it is mounted. */
export type ImageSource = (options: { labels: boolean }) => Scene;

export interface AppState extends TraceState, PlayState {
  corpus: Corpus;
  /** What the build (or the browser import) said about every record; null when not available. */
  report: BuildReport | null;
  /** True while the network is drawn but its documents are still loading. */
  documentsPending: boolean;
  /** Open another corpus in place of this one (set by the page that owns the state). */
  replaceCorpus:
    ((result: { corpus: Corpus; report: BuildReport; keptAs?: string }) => void) | null;
  search: SearchIndex;
  /** Affiliation → colour, shared by the legend and the renderer. */
  palette: ReadonlyMap<string, string>;
  selection: Signal<Selection | null>;
  hovered: Signal<string | null>;
  filter: Signal<DocumentFilter>;
  view: Signal<ViewMode>;
  /** What node size and colour stand for (the legend's choices). */
  look: Signal<NodeLook>;
  /** A person's colour in the current look, for the swatches beside names in the panels. */
  personColor: ReadonlySignal<(id: string, attrs: PersonAttributes) => string>;
  camera: Signal<Camera | null>;
  notices: Signal<Notice[]>;
  /** The mounted network view's scene source (not a signal: nothing renders from it). */
  imageSource: { current: ImageSource | null };
  visibility: ReadonlySignal<Visibility>;
  viewState: ReadonlySignal<ViewState>;
  selectPerson(id: string): void;
  selectDocument(id: string, edge?: string | null): void;
  /** Select two people and the documents between them. */
  selectPair(a: string, b: string): void;
  clearSelection(): void;
  setFilter(patch: Partial<DocumentFilter>): void;
  resetFilter(): void;
  notify(text: string): void;
  dismissNotice(id: number): void;
}

export interface AppStateOptions {
  report: BuildReport | null;
  documentsPending: boolean;
  /** Carry selection, filters, view, camera and channel over from an earlier state of the same graph. */
  carryOver: AppState | null;
  replaceCorpus: AppState['replaceCorpus'];
}

/** Create the state of an explorer over one corpus. */
export function createAppState(corpus: Corpus, options: Partial<AppStateOptions> = {}): AppState {
  const before = options.carryOver;
  const selection = signal<Selection | null>(before?.selection.peek() ?? null);
  const hovered = signal<string | null>(null);
  const filter = signal<DocumentFilter>(before?.filter.peek() ?? DEFAULT_FILTER);
  const view = signal<ViewMode>(before?.view.peek() ?? 'graph');
  const look = signal<NodeLook>(before?.look.peek() ?? DEFAULT_NODE_LOOK);
  const camera = signal<Camera | null>(before?.camera.peek() ?? null);
  // Notices are not carried over: applying the link again repeats the ones that still hold.
  const notices = signal<Notice[]>([]);
  let noticeId = 0;

  const palette = paletteForAffiliations(corpus.graph.mapNodes((_n, attrs) => attrs.affiliation));
  // The swatch beside a name is the colour of that person's disc, from the renderer's own look
  // functions: by community when the legend colours by community, by affiliation otherwise.
  const personColor = computed(() => nodeLookFunctions(corpus.graph, look.value).color);
  const visibility = computed(() => computeVisibility(corpus, filter.value));
  const filtered = computed(() => isFilterActive(filter.value));
  const tracing = createTraceState(corpus, visibility, filtered);
  if (before) tracing.trace.value = before.trace.peek();
  const playState = createPlayState(corpus, filter, visibility);
  if (before) playState.windowWidth.value = before.windowWidth.peek();
  const viewState = computed<ViewState>(() => {
    const active = filtered.value;
    const visible = visibility.value;
    const visibleEdges = active ? visible.edges : null;
    const current = selection.value;
    const traced = tracing.traceResult.value;
    const focus =
      current?.kind === 'person'
        ? egoEmphasis(corpus, current.id, visibleEdges)
        : current?.kind === 'document'
          ? documentEmphasis(corpus, current.id)
          : current?.kind === 'pair'
            ? pairEmphasis(corpus, current.id, current.other, visibleEdges)
            : traced
              ? traceEmphasis(traced)
              : null;
    const hover = hovered.value;
    // A hovered person previews their letters; while the timeline steps, the new lines show.
    const preview =
      hover !== null && !focus
        ? egoEmphasis(corpus, hover, visibleEdges)
        : !focus
          ? playState.fresh.value
          : null;
    const highlighted = new Set<string>();
    if (current?.kind === 'person') highlighted.add(current.id);
    if (current?.kind === 'pair')
      for (const end of [current.id, current.other]) highlighted.add(end);
    if (hover !== null) highlighted.add(hover);
    if (traced && !current) for (const end of [traced.from, traced.to]) highlighted.add(end);
    return {
      visibleNodes: active ? visible.nodes : null,
      visibleEdges,
      edgesAnyDate: active ? visible.edgesAnyDate : null,
      dayWindow: active ? visible.window : null,
      focus,
      preview,
      highlighted,
    };
  });

  return {
    ...tracing,
    ...playState,
    corpus,
    report: options.report ?? null,
    documentsPending: options.documentsPending ?? false,
    replaceCorpus: options.replaceCorpus ?? null,
    search: createSearchIndex(corpus),
    palette,
    selection,
    hovered,
    filter,
    view,
    look,
    personColor,
    camera,
    notices,
    imageSource: { current: null },
    visibility,
    viewState,
    selectPerson(id) {
      const current = selection.peek();
      if (current?.kind === 'person' && current.id === id) return;
      if (corpus.graph.hasNode(id)) selection.value = { kind: 'person', id };
    },
    selectDocument(id, edge = null) {
      const current = selection.peek();
      if (current?.kind === 'document' && current.id === id && current.edge === edge) return;
      if (corpus.documents.has(id)) selection.value = { kind: 'document', id, edge };
    },
    selectPair(a, b) {
      const current = selection.peek();
      if (current?.kind === 'pair' && current.id === a && current.other === b) return;
      if (corpus.graph.hasNode(a) && corpus.graph.hasNode(b))
        selection.value = { kind: 'pair', id: a, other: b };
    },
    clearSelection() {
      batch(() => {
        selection.value = null;
        hovered.value = null;
      });
    },
    setFilter(patch) {
      filter.value = { ...filter.value, ...patch };
    },
    resetFilter() {
      filter.value = DEFAULT_FILTER;
    },
    notify(text) {
      notices.value = [...notices.value, { id: ++noticeId, text }];
    },
    dismissNotice(id) {
      notices.value = notices.value.filter((n) => n.id !== id);
    },
  };
}
