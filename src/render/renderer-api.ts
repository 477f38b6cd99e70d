/**
 * What the renderer offers its callers (renderer.ts makes it): the options, their defaults, the
 * events and the handle the explorer holds. No sigma import beyond types.
 */
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import { EDGE_STYLE } from '../formats/scene/style.ts';
import type { LabelBox } from '../formats/scene/label-boxes.ts';
import type { Scene } from '../formats/scene/scene.ts';
import type { NodeLook } from '../formats/scene/look.ts';
import type { PeoplePair } from '../graph/pairs.ts';
import type { DrawnLabel } from './labels.ts';
import type { PointerHandlers } from './pointer.ts';
import type { ReducerStyle } from './reducers.ts';
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
   * Where highlights are layered too (above `layerAbove`), the lines from afar are one per pair of
   * people while nothing is filtered (see `pairAt`).
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
   * The pair of people whose line `edge` draws now, or null when lines are documents. Seen from
   * afar with nothing filtered, a large network draws one line per pair (weight as width); a
   * filter brings the documents back, since a pair's weight within any date range would need every
   * date of the pair on the GPU, where each document's line applies the range by itself.
   */
  pairAt(edge: string): PeoplePair | null;
  /** Whether lines are drawn one per pair of people now (see `pairAt`). */
  readonly drawsPairs: boolean;
  /**
   * Whether the camera is moving: nothing under the pointer is found until a frame is drawn at
   * rest (picking.ts). Always false where sigma hides the edges while moving (large networks).
   */
  readonly moving: boolean;
  /** What is drawn now, as a scene for image export. */
  scene(options: { labels: boolean }): Scene;
  kill(): void;
}
