/**
 * The network canvas. Creates the renderer once per graph in an effect and kills it on cleanup;
 * selection, hover and filters reach it as a view state, refreshed without re-indexing.
 */
import { effect } from '@preact/signals';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Point } from '../render/edge-geometry.ts';
import { createRenderer } from '../render/renderer.ts';
import type { Renderer } from '../render/renderer.ts';
import type { AppState } from '../state/app-state.ts';
import { useAppState } from '../state/context.ts';
import { formatDate, plural, shortTitle } from './format.ts';
import { ZoomControls } from './ZoomControls.tsx';

declare global {
  interface Window {
    /** Handle for end-to-end tests and the console: the live renderer and graph. */
    cablegraph?: { renderer: Renderer; state: AppState };
    /** Tests and tuning: draw highlights with the focus layer above this many edges. */
    cablegraphLayerAbove?: number;
    /** Tests and tuning: draw the overview's edges as plain lines above this many edges. */
    cablegraphOverviewAbove?: number;
  }
}

const CAMERA_DEBOUNCE_MS = 250;

/** The controls drawn over the network (zoom buttons, legend), in its own pixels. */
function obstaclesOver(
  graph: HTMLElement,
): { x: number; y: number; width: number; height: number }[] {
  const origin = graph.getBoundingClientRect();
  return [...(graph.parentElement?.querySelectorAll('.zoom-controls, .legend') ?? [])].map(
    (element) => {
      const box = element.getBoundingClientRect();
      return {
        x: box.left - origin.left,
        y: box.top - origin.top,
        width: box.width,
        height: box.height,
      };
    },
  );
}

export function GraphView() {
  const state = useAppState();
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Renderer | null>(null);
  // The state changes when the documents arrive after the first draw; handlers read the latest.
  const current = useRef(state);
  current.current = state;
  const { graph } = state.corpus;
  const [hoveredLine, setHoveredLine] = useState<{ edge: string; at: Point } | null>(null);

  // One renderer per graph: created once, killed on cleanup.
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const { cablegraphLayerAbove: layerAbove, cablegraphOverviewAbove: overviewAbove } = window;
    const created = createRenderer(element, graph, {
      labelObstacles: () => obstaclesOver(element),
      ...(layerAbove === undefined ? {} : { layerAbove }),
      ...(overviewAbove === undefined ? {} : { overviewAbove }),
    });
    renderer.current = created;
    const saved = current.current.camera.peek();
    if (saved) created.setCamera(saved);
    let cameraTimer: ReturnType<typeof setTimeout> | undefined;
    created.on('clickNode', (node) => current.current.selectPerson(node));
    created.on('clickEdge', (edge) =>
      current.current.selectDocument(graph.getEdgeAttribute(edge, 'doc'), edge),
    );
    created.on('clickStage', () => current.current.clearSelection());
    created.on('enterNode', (node) => (current.current.hovered.value = node));
    created.on('enterEdge', (edge, at) => setHoveredLine({ edge, at }));
    created.on('leaveEdge', () => setHoveredLine(null));
    created.on('leaveNode', () => (current.current.hovered.value = null));
    created.on('cameraChange', ({ x, y, ratio }) => {
      clearTimeout(cameraTimer);
      cameraTimer = setTimeout(
        () => (current.current.camera.value = { x, y, ratio }),
        CAMERA_DEBOUNCE_MS,
      );
    });
    return () => {
      clearTimeout(cameraTimer);
      created.kill();
      renderer.current = null;
      if (window.cablegraph?.renderer === created) delete window.cablegraph;
    };
  }, [graph]);

  // What to show and where to look follow the state: reducers refresh, the renderer stays.
  useLayoutEffect(() => {
    const active = renderer.current;
    if (!active) return undefined;
    const stopView = effect(() => active.setView(state.viewState.value));
    const stopLook = effect(() => active.setLook(state.look.value));
    // Sigma has drawn synchronously by now; benchmarks time the first draw from navigation.
    if (performance.getEntriesByName('cablegraph:first-draw').length === 0)
      performance.mark('cablegraph:first-draw');
    // Bring a selection made elsewhere (search, panel, URL) into view.
    const stopFraming = effect(() => {
      const selection = state.selection.value;
      if (!selection) return;
      const focus = state.viewState.peek().focus;
      const nodes = selection.kind === 'person' ? [selection.id] : [...(focus?.nodes ?? [])];
      active.ensureVisible(nodes);
    });
    window.cablegraph = { renderer: active, state };
    state.imageSource.current = (options) => active.scene(options);
    return () => {
      state.imageSource.current = null;
      stopFraming();
      stopLook();
      stopView();
    };
  }, [state, graph]);
  const { counts } = state.visibility.value;
  return (
    <>
      <div
        ref={container}
        class="graph"
        role="img"
        aria-label={`Network of ${plural(counts.nodes, 'person', 'people')} and ${plural(counts.documents, 'document')}; the list view has the same information as tables.`}
      />
      <ZoomControls renderer={renderer} />
      {hoveredLine && graph.hasEdge(hoveredLine.edge) && (
        <LineTooltip state={state} edge={hoveredLine.edge} at={hoveredLine.at} />
      )}
    </>
  );
}

/** What a click on the line under the pointer would open: the document's short title and date. */
function LineTooltip({ state, edge, at }: { state: AppState; edge: string; at: Point }) {
  const doc = state.corpus.documents.get(String(state.corpus.graph.getEdgeAttribute(edge, 'doc')));
  if (!doc) return null;
  // Kept inside the stage near its right and bottom edges.
  return (
    <div
      class="line-tooltip"
      role="tooltip"
      style={{
        left: `min(${at.x + 14}px, calc(100% - 23rem))`,
        top: `min(${at.y + 14}px, calc(100% - 4.5rem))`,
      }}
    >
      <span class="line-tooltip-title">{shortTitle(doc.title)}</span>
      <span class="line-tooltip-date">{formatDate(doc.date)}</span>
    </div>
  );
}
