/**
 * The renderer factory: one sigma instance per graph, created by the caller's effect and killed on
 * its cleanup. Parallel documents between two people are drawn as separate curves with arrows;
 * conversations as plain curves. Reducers are installed once; `setView` refreshes without
 * re-indexing.
 */
import Sigma from 'sigma';
import type { CorrespondenceGraph } from '../graph/build.ts';
import { OPEN_WINDOW } from '../graph/day-window.ts';
import { edgeColorFor, emphasisColorFor } from '../formats/scene/style.ts';
import { pairWidthOf, prepareDisplayAttributes } from './display.ts';
import { pairOf } from '../graph/pairs.ts';
import { createDetailLevel } from './detail-level.ts';
import { anyOffscreen, frameNodes, setCameraNow } from './framing.ts';
import { followSize } from './follow-size.ts';
import { createEdgePicker } from './edge-picking.ts';
import { followCamera } from './picking.ts';
import { wirePointer } from './pointer.ts';
import type { Motion } from './picking.ts';
import { edgePrograms, nodePrograms } from './programs.ts';
import { createFocusLayer } from './focus-layer.ts';
import type { FocusLayer } from './focus-layer.ts';
import { onceGpuIdle } from './gpu-idle.ts';
import { rebuildLabelGrid } from './label-grid.ts';
import { createLabelDrawer, labelAndCameraSettings, labelSizeThreshold } from './labels.ts';
import { createReducers, DEFAULT_REDUCER_STYLE } from './reducers.ts';
import { emphasiseScene, sceneFromSigma } from './scene.ts';
import { sameMembers, visibilityChanges } from './visibility.ts';
import { EMPTY_VIEW } from './view-state.ts';
import { DEFAULT_NODE_LOOK, nodeLookFunctions } from '../formats/scene/look.ts';
import { sizeOptionsFor } from '../graph/size.ts';
import type { NodeLook, NodeLookFunctions } from '../formats/scene/look.ts';
import { DEFAULT_RENDERER_OPTIONS } from './renderer-api.ts';
import type { Renderer, RendererEvents, RendererOptions } from './renderer-api.ts';
import type { ViewState } from './view-state.ts';

/** How long the camera must rest before a change of level of detail is drawn. */
const DETAIL_SETTLE_MS = 150;

export { DEFAULT_RENDERER_OPTIONS };
export type { Renderer, RendererEvents, RendererOptions };

/** Create the sigma renderer for a graph in a container. */
export function createRenderer(
  container: HTMLElement,
  graph: CorrespondenceGraph,
  options: Partial<RendererOptions> = {},
): Renderer {
  const settings = { ...DEFAULT_RENDERER_OPTIONS, ...options };
  prepareDisplayAttributes(graph, settings.maxCurvature);
  // After the display attributes: pair lines are made from them.
  const level = createDetailLevel(graph, settings);
  const { layered, hasOverview } = level;
  let view: ViewState = EMPTY_VIEW;
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
  const { datesOnGpu, pairsIn } = level;
  const drawPairs = (): boolean => pairsIn(view);
  const drawnAsPair = (edge: string): boolean =>
    level.drawnAsPair(edge, sigma.getCamera().getState().ratio);
  // Small networks draw while the camera moves: their picking pass waits for it to rest. Large ones
  // hide their edges meanwhile (sigma's option), and a drawing at rest would cost a whole frame.
  const motion: Motion = { moving: false };
  let hoveredEdge: string | null = null;
  let look: NodeLook = DEFAULT_NODE_LOOK;
  let lookFunctions: NodeLookFunctions | null = null;
  const { nodeReducer, edgeReducer } = createReducers(() => reducerView, graph.size, style, {
    overview: level.overview,
    datesOnGpu,
    hoveredEdge: () => hoveredEdge,
    pairs: drawPairs,
    look: () => lookFunctions,
  });
  const sigmaSettings = {
    defaultEdgeType: 'arrow',
    edgeProgramClasses: edgePrograms(
      graph,
      hasOverview
        ? {
            dayWindow: level.windowed ? () => view.dayWindow ?? OPEN_WINDOW : null,
            // Sigma hands its camera ratio to the program (and draws before its constructor
            // returns).
            pairs: (ratio) => level.pairDrawing(view, ratio),
          }
        : null,
      motion,
    ),
    nodeProgramClasses: nodePrograms(motion),
    ...labelAndCameraSettings(
      graph.order,
      settings.labelFont,
      labelSizeThreshold(
        graph.mapNodes((_node, attrs) => Number((attrs as { size?: number }).size ?? 0)),
      ),
    ),
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
    (edge) =>
      drawPairs() ? drawnAsPair(edge) : view.visibleEdges === null || view.visibleEdges.has(edge),
    // A pair's line is as wide as its weight (windowed-line-program.ts).
    (edge, drawnSize) => (drawPairs() ? pairWidthOf(graph.getEdgeAttributes(edge)) : drawnSize),
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
    if (!level.differsAt(state.ratio)) return;
    // Crossing the zoom threshold changes every edge's program: one full refresh, once the camera
    // rests, not on every frame of a zoom.
    detailTimer = setTimeout(() => {
      level.settleAt(camera.getState().ratio);
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
      const pairsChanged = pairsIn(previous) !== pairsIn(next);
      // The line under the pointer was a pair's and is now a document's, or the other way round.
      if (pairsChanged) clearHover();
      if (!changed && datesOnGpu() && (next.dayWindow !== previous.dayWindow || pairsChanged))
        sigma.scheduleRender();
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
      // Sizes keep the range the display attributes were given for this layout's crowding
      // (display.ts, graph/size.ts), whatever the measure.
      lookFunctions = same ? null : nodeLookFunctions(graph, next, sizeOptionsFor(graph));
      focusLayer?.setLook(lookFunctions);
      fullRefresh();
    },
    on(event, handler) {
      handlers[event] = handler as never;
    },
    getCamera: () => camera.getState(),
    setCamera(state, animate = false) {
      if (animate) void camera.animate(state, { duration: 400 });
      else setCameraNow(sigma, state);
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
    pairAt: (edge) =>
      drawPairs() && graph.hasEdge(edge) && drawnAsPair(edge) ? pairOf(graph, edge) : null,
    get drawsPairs() {
      return drawPairs();
    },
    get moving() {
      return motion.moving;
    },
    scene(sceneOptions) {
      const scene = sceneFromSigma(sigma, {
        ...sceneOptions,
        // Edges outside the date range may be hidden by the GPU alone, not in the display data.
        visibleEdges: view.visibleEdges,
        pairs: drawPairs(),
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
