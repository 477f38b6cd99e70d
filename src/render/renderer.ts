/**
 * The renderer factory: one sigma instance per graph, created by the caller's effect and killed on
 * its cleanup. Parallel documents between two people are drawn as separate curves with arrows;
 * conversations as plain curves. Reducers are installed once; `setView` refreshes without
 * re-indexing.
 */
import Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { CorrespondenceGraph } from '../graph/build.ts';
import { OPEN_WINDOW } from '../graph/day-window.ts';
import { EDGE_STYLE, edgeColorFor, emphasisColorFor } from '../formats/scene/style.ts';
import { prepareDisplayAttributes } from './display.ts';
import { anyOffscreen, frameNodes } from './framing.ts';
import { followSize } from './follow-size.ts';
import { createEdgePicker } from './edge-picking.ts';
import { followCamera } from './picking.ts';
import { wirePointer } from './pointer.ts';
import type { PointerHandlers } from './pointer.ts';
import type { Motion } from './picking.ts';
import { edgePrograms, nodePrograms } from './programs.ts';
import type { Scene } from '../formats/scene/scene.ts';
import { createFocusLayer } from './focus-layer.ts';
import type { FocusLayer } from './focus-layer.ts';
import { onceGpuIdle } from './gpu-idle.ts';
import { rebuildLabelGrid } from './label-grid.ts';
import { createLabelDrawer, labelAndCameraSettings } from './labels.ts';
import type { DrawnLabel } from './labels.ts';
import type { LabelBox } from '../formats/scene/label-boxes.ts';
import { createReducers, DEFAULT_REDUCER_STYLE } from './reducers.ts';
import { emphasiseScene, sceneFromSigma } from './scene.ts';
import { sameMembers, visibilityChanges } from './visibility.ts';
import type { ReducerStyle } from './reducers.ts';
import { EMPTY_VIEW } from './view-state.ts';
import { DEFAULT_NODE_LOOK, nodeLookFunctions } from '../formats/scene/look.ts';
import type { NodeLook, NodeLookFunctions } from '../formats/scene/look.ts';
import type { ViewState } from './view-state.ts';

export interface RendererEvents extends PointerHandlers {
  cameraChange(camera: CameraState): void;
}

export interface RendererOptions {
  style: Partial<ReducerStyle>;
  /** Largest curvature of parallel edges. */
  maxCurvature: number;
  labelFont: string;
  /**
   * Above this many edges, highlights are drawn by a focus layer over the faded network instead
   * of through the reducers (see focus-layer.ts): their cost then follows what is highlighted.
   */
  layerAbove: number;
  /** Above this many edges, edges are hidden while the camera moves (sigma's own option). */
  hideWhileMovingAbove: number;
  /**
   * Above this many edges, the network seen from afar (camera ratio above `detailRatio`) draws its
   * edges as thin straight lines; zoomed in, as curves with arrows. Emphasis keeps full detail.
   */
  overviewAbove: number;
  detailRatio: number;
  /** Boxes over the canvas (viewport pixels) that labels keep clear of: the page's controls. */
  labelObstacles: () => LabelBox[];
}

export const DEFAULT_RENDERER_OPTIONS: RendererOptions = {
  style: {},
  maxCurvature: EDGE_STYLE.maxCurvature,
  labelFont: 'system-ui, "Segoe UI", "DejaVu Sans", "Liberation Sans", sans-serif',
  layerAbove: 10_000,
  hideWhileMovingAbove: 5_000,
  overviewAbove: 5_000,
  detailRatio: 0.35,
  labelObstacles: () => [],
};

/** The smallest and largest node sizes the display attributes hold. */
function sizeRange(graph: CorrespondenceGraph): { minSize?: number; maxSize?: number } {
  let minSize = Infinity;
  let maxSize = 0;
  graph.forEachNode((_node, attrs) => {
    const size = (attrs as { size?: number }).size ?? 0;
    minSize = Math.min(minSize, size);
    maxSize = Math.max(maxSize, size);
  });
  return Number.isFinite(minSize) ? { minSize, maxSize } : {};
}

/** How long the camera must rest before a change of level of detail is drawn. */
const DETAIL_SETTLE_MS = 150;

export interface Renderer {
  /** The sigma instance, for export and tests; components must not reach into it. */
  readonly sigma: Sigma;
  setView(view: ViewState): void;
  /** Size and colour by the legend's choice: one full refresh, reducers unchanged. */
  setLook(look: NodeLook): void;
  on<K extends keyof RendererEvents>(event: K, handler: RendererEvents[K]): void;
  getCamera(): CameraState;
  setCamera(camera: Partial<CameraState>, animate?: boolean): void;
  /** Move the camera to show these nodes. */
  frameNodes(nodes: readonly string[]): void;
  /** Move the camera only if one of these nodes is off screen. */
  ensureVisible(nodes: readonly string[]): void;
  /** Fit the whole network in view. */
  resetCamera(): void;
  /** Zoom in or out one step around the centre. */
  zoom(direction: 'in' | 'out'): void;
  /** The labels drawn in the last frame, by node (viewport pixels). */
  readonly drawnLabels: ReadonlyMap<string, DrawnLabel>;
  /**
   * Whether the camera is moving: nothing under the pointer is found until a frame is drawn at
   * rest (picking.ts). Always false where sigma hides the edges while moving (large networks).
   */
  readonly moving: boolean;
  /** What is drawn now, as a scene for image export. */
  scene(options: { labels: boolean }): Scene;
  kill(): void;
}

/** Create the sigma renderer for a graph in a container. */
export function createRenderer(
  container: HTMLElement,
  graph: CorrespondenceGraph,
  options: Partial<RendererOptions> = {},
): Renderer {
  const settings = { ...DEFAULT_RENDERER_OPTIONS, ...options };
  prepareDisplayAttributes(graph, settings.maxCurvature);
  let view: ViewState = EMPTY_VIEW;
  const layered = graph.size > settings.layerAbove;
  const style = {
    ...DEFAULT_REDUCER_STYLE,
    edgeColor: edgeColorFor(graph.size),
    participationEdgeColor: edgeColorFor(graph.size, true),
    ...settings.style,
  };
  // On large graphs the reducers only filter; emphasis goes to the focus layer. Derived once per
  // view, not per reducer call.
  const forReducers = (next: ViewState): ViewState =>
    layered ? { ...next, focus: null, preview: null, highlighted: EMPTY_VIEW.highlighted } : next;
  let reducerView = forReducers(view);
  const hasOverview = graph.size > settings.overviewAbove;
  const detailed = (ratio: number): boolean => !hasOverview || ratio <= settings.detailRatio;
  let overview = !detailed(1);
  // Where every edge of the overview is a line (emphasis is in the focus layer), the lines apply
  // the date range on the GPU: a timeline drag redraws instead of reprocessing 10^5 edges.
  const windowedOverview = hasOverview && layered;
  const datesOnGpu = (): boolean => windowedOverview && overview;
  // Small networks draw while the camera moves: their picking pass waits for it to rest. Large ones
  // hide their edges meanwhile (sigma's option), and a drawing at rest would cost a whole frame.
  const motion: Motion = { moving: false };
  let hoveredEdge: string | null = null;
  let look: NodeLook = DEFAULT_NODE_LOOK;
  let lookFunctions: NodeLookFunctions | null = null;
  const { nodeReducer, edgeReducer } = createReducers(() => reducerView, graph.size, style, {
    overview: () => overview,
    datesOnGpu,
    hoveredEdge: () => hoveredEdge,
    look: () => lookFunctions,
  });
  const sigmaSettings = {
    defaultEdgeType: 'arrow',
    edgeProgramClasses: edgePrograms(
      graph,
      hasOverview
        ? { dayWindow: windowedOverview ? () => view.dayWindow ?? OPEN_WINDOW : null }
        : null,
      motion,
    ),
    nodeProgramClasses: nodePrograms(motion),
    ...labelAndCameraSettings(graph.order, settings.labelFont),
    hideEdgesOnMove: graph.size > settings.hideWhileMovingAbove,
    // Text is the slowest thing to draw in software rendering: labels rest while the camera moves.
    hideLabelsOnMove: true,
  };
  // Not in the settings the focus layer shares: each sigma needs its own frame of label boxes.
  const labels = createLabelDrawer(settings.labelObstacles);
  const sigma = new Sigma(graph, container, {
    ...sigmaSettings,
    defaultDrawNodeLabel: labels.draw as never,
    defaultDrawNodeHover: labels.hover as never,
    nodeReducer: nodeReducer as never,
    edgeReducer: edgeReducer as never,
    // Lines are picked by geometry (edge-picking.ts), within a few pixels of their stroke: sigma's
    // picking layer for edges would only find the stroke itself, and costs a pass per frame.
    enableEdgeEvents: false,
  });
  labels.attach(sigma);
  sigma.on('beforeRender', labels.reset);
  let gridStale = false;
  sigma.on('beforeRender', () => {
    if (!gridStale) return;
    gridStale = false;
    // A sigma whose grid cannot be reached gets its full pass instead, once the filter settles.
    if (!rebuildLabelGrid(sigma)) {
      clearTimeout(reindexTimer);
      reindexTimer = setTimeout(fullRefresh, 600);
    }
  });
  // The focus layer is a sigma of its own (three more WebGL contexts, ~200 ms in software
  // rendering): made once the network is on screen, or at the first emphasis if that comes first.
  let focusLayer: FocusLayer | null = null;
  const focusLayerNow = (): FocusLayer =>
    (focusLayer ??= createFocusLayer(container, sigma, graph, sigmaSettings));
  const drawnBy = Object.entries(sigma.getCanvases())
    .filter(([layer]) => layer === 'edges' || layer === 'nodes')
    .map(([, canvas]) => canvas);
  const cancelEarlyLayer = layered ? onceGpuIdle(drawnBy, focusLayerNow) : () => undefined;
  let reindexTimer: ReturnType<typeof setTimeout> | undefined;
  const fullRefresh = (): void => void sigma.refresh({ skipIndexation: true });
  const stopFollowingSize = followSize(container, () => {
    sigma.resize();
    fullRefresh();
    focusLayer?.resize();
  });
  const handlers: Partial<RendererEvents> = {};
  const picker = createEdgePicker(
    sigma,
    (edge) => view.visibleEdges === null || view.visibleEdges.has(edge),
  );
  const clearHover = wirePointer(sigma, picker, handlers, (edge) => {
    const touched = [hoveredEdge, edge].filter((key): key is string => key !== null);
    hoveredEdge = edge;
    sigma.refresh({ partialGraph: { edges: touched }, skipIndexation: true });
  });
  const camera = sigma.getCamera();
  const stopFollowing = sigmaSettings.hideEdgesOnMove
    ? () => undefined
    : followCamera(sigma, motion, DETAIL_SETTLE_MS);
  let detailTimer: ReturnType<typeof setTimeout> | undefined;
  camera.on('updated', (state) => {
    handlers.cameraChange?.(state);
    clearTimeout(detailTimer);
    if (overview !== detailed(state.ratio)) return;
    // Crossing the zoom threshold changes every edge's program: one full refresh, once the camera
    // rests, not on every frame of a zoom.
    detailTimer = setTimeout(() => {
      overview = !detailed(camera.getState().ratio);
      fullRefresh();
    }, DETAIL_SETTLE_MS);
  });

  return {
    sigma,
    setView(next) {
      const previous = view;
      view = next;
      reducerView = forReducers(next);
      // A line the filter takes away is no longer what a click would open.
      if (hoveredEdge && next.visibleEdges && !next.visibleEdges.has(hoveredEdge)) clearHover();
      const emphasisChanged =
        next.focus !== previous.focus ||
        next.preview !== previous.preview ||
        !sameMembers(next.highlighted, previous.highlighted);
      if (!layered && emphasisChanged) {
        // Small graphs: the reducers dim and emphasise, so everything is redrawn.
        fullRefresh();
        return;
      }
      // Only filters changed (or emphasis lives in the focus layer): redraw just what appeared
      // or disappeared, which is little while the timeline is dragged.
      const changed = visibilityChanges(graph, previous, next, datesOnGpu());
      if (!changed && datesOnGpu() && next.dayWindow !== previous.dayWindow) sigma.scheduleRender();
      if (changed) {
        // Nodes that reappear need a place in sigma's label grid (label-grid.ts): it is refilled
        // as the refresh draws, once their display data says they are shown.
        gridStale = changed.nodes.some(
          (node) => next.visibleNodes === null || next.visibleNodes.has(node),
        );
        sigma.refresh({ partialGraph: changed, skipIndexation: true });
      }
      const emphasis = next.focus ?? next.preview;
      if (!layered || (!focusLayer && !emphasis)) return;
      focusLayerNow().show(emphasis, next.focus ? 'focus' : 'preview', next.highlighted, {
        color: emphasisColorFor(emphasis?.edges.size ?? 0, style.emphasisEdgeColor),
        size: style.emphasisEdgeSize,
      });
    },
    setLook(next) {
      if (next.sizeBy === look.sizeBy && next.colorBy === look.colorBy) return;
      look = next;
      const same = next.sizeBy === DEFAULT_NODE_LOOK.sizeBy && next.colorBy === 'affiliation';
      // Sizes keep the range the display attributes were given (display.ts), whatever it is.
      lookFunctions = same ? null : nodeLookFunctions(graph, next, sizeRange(graph));
      focusLayer?.setLook(lookFunctions);
      fullRefresh();
    },
    on(event, handler) {
      handlers[event] = handler as never;
    },
    getCamera: () => camera.getState(),
    setCamera(state, animate = false) {
      if (animate) void camera.animate(state, { duration: 400 });
      else camera.setState(state);
    },
    frameNodes: (nodes) => frameNodes(sigma, nodes),
    ensureVisible(nodes) {
      if (anyOffscreen(sigma, nodes)) frameNodes(sigma, nodes);
    },
    resetCamera() {
      void camera.animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
    },
    zoom(direction) {
      if (direction === 'in') void camera.animatedZoom({ duration: 250 });
      else void camera.animatedUnzoom({ duration: 250 });
    },
    drawnLabels: labels.drawn,
    get moving() {
      return motion.moving;
    },
    scene(sceneOptions) {
      const scene = sceneFromSigma(sigma, {
        ...sceneOptions,
        // Edges outside the date range may be hidden by the GPU alone, not in the display data.
        visibleEdges: view.visibleEdges,
      });
      // The focus layer is not in the network's display data: apply its emphasis to the scene.
      return layered ? emphasiseScene(scene, view.focus ?? view.preview, style) : scene;
    },
    kill() {
      clearTimeout(reindexTimer);
      clearTimeout(detailTimer);
      clearHover();
      stopFollowing();
      stopFollowingSize();
      cancelEarlyLayer();
      focusLayer?.kill();
      sigma.kill();
    },
  };
}
