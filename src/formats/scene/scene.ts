/**
 * A scene: the network as drawn — pixel positions, radii, colours, curves and visible labels.
 * The explorer takes it from sigma (what is on screen, after filters and highlight); the command
 * line builds it from the graph with the same styles. Images (SVG, PNG) are written from a scene,
 * so every export draws exactly the same thing.
 */
import { createLabelLayout } from './label-boxes.ts';
import type { LabelSide } from './label-boxes.ts';
import type { CorrespondenceGraph } from '../../graph/build.ts';
import type { Emphasis } from '../../graph/types.ts';
import { graphExtent } from '../../graph/extent.ts';
import { EDGE_STYLE, edgeColorFor, emphasisColorFor, edgeCurvatures } from './style.ts';
import { DEFAULT_NODE_LOOK, nodeLookFunctions } from './look.ts';
import type { NodeLook } from './look.ts';

export interface Point {
  x: number;
  y: number;
}

export interface SceneNode extends Point {
  id: string;
  radius: number;
  color: string;
  /** The label, when it is drawn: the name in full. */
  label: string | null;
  /** The side of its disc the label is on (right when absent). */
  labelSide?: LabelSide;
  /** The label's lines where it is wrapped (one line, `label`, when absent). */
  labelLines?: string[];
}

export interface SceneEdge {
  id: string;
  source: Point;
  target: Point;
  /** Radius of the target node: the arrow stops at its rim. */
  targetRadius: number;
  /** Sigma's edge-curve convention: 0 is straight. */
  curvature: number;
  color: string;
  width: number;
  arrow: boolean;
}

export interface Scene {
  width: number;
  height: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
  labelSize: number;
  labelColor: string;
}

export interface SceneOptions {
  width: number;
  height: number;
  /** Margin around the network, in pixels (sigma's stagePadding). */
  padding: number;
  /** Only these nodes and edges; all when null. */
  visibleNodes: ReadonlySet<string> | null;
  visibleEdges: ReadonlySet<string> | null;
  /** Emphasised nodes and edges (a person's ego network, a channel); the rest is dimmed. */
  focus: Emphasis | null;
  labels: boolean;
  /** Label only the largest this many people (all that are drawn when null). */
  labelLimit: number | null;
  /** Width of a label in the image's font; an estimate from its letters when null. */
  measure: ((text: string) => number) | null;
  labelSize: number;
  /** Labels are drawn for nodes at least this large (sigma's labelRenderedSizeThreshold). */
  labelSizeThreshold: number;
  /** What size and colour stand for (the legend's choice). */
  look: NodeLook;
}

export const DEFAULT_SCENE_OPTIONS: SceneOptions = {
  width: 1200,
  height: 800,
  padding: 40,
  visibleNodes: null,
  visibleEdges: null,
  focus: null,
  labels: true,
  labelLimit: null,
  measure: null,
  labelSize: 13,
  labelSizeThreshold: 4,
  look: DEFAULT_NODE_LOOK,
};

/** Rough width of a label, for placing labels without a text engine. */
export function labelWidth(text: string, size: number): number {
  return text.length * size * 0.56;
}

/** Which labels an image carries, and how their text is measured. */
export interface SceneLabelOptions {
  /** The largest this many people (all with a label when null; none at 0). */
  limit: number | null;
  /** Width of a label in the image's font. */
  measure: (text: string) => number;
  /** Labels wider than this are wrapped onto lines. */
  maxWidth: number;
}

/**
 * Place a scene's labels for an image: every candidate (a node whose `label` is set) named in full,
 * on the side of its disc with room, wrapped onto lines where one line has none, never cut short.
 * The largest people are placed first (they are what a reader looks for); a label with no free
 * place anywhere is left out rather than drawn over another.
 */
export function placeSceneLabels(scene: Scene, options: Partial<SceneLabelOptions> = {}): Scene {
  const size = scene.labelSize;
  const o = {
    limit: null,
    measure: (text: string) => labelWidth(text, size),
    maxWidth: 220,
    ...options,
  };
  const layout = createLabelLayout(
    scene.nodes.map(({ id, x, y, radius }) => ({ id, x, y, radius })),
    {
      width: scene.width,
      height: scene.height,
      textSize: size,
      measure: o.measure,
      maxWidth: o.maxWidth,
      long: 'wrap',
    },
  );
  const ranked = scene.nodes
    .filter((node) => node.label !== null)
    .sort((a, b) => b.radius - a.radius || (a.label ?? '').localeCompare(b.label ?? ''))
    .slice(0, o.limit ?? undefined);
  const placed = layout.placeAll(ranked.map((node) => ({ ...node, text: node.label ?? '' })));
  return {
    ...scene,
    nodes: scene.nodes.map(({ labelSide: _side, labelLines: _lines, ...node }) => {
      const label = placed.get(node.id);
      if (!label) return { ...node, label: null };
      return {
        ...node,
        labelSide: label.side,
        ...(label.lines.length > 1 ? { labelLines: label.lines } : {}),
      };
    }),
  };
}

/** Build the scene of a graph laid out at build time, fitted into the image as sigma fits it. */
export function sceneFromGraph(
  graph: CorrespondenceGraph,
  options: Partial<SceneOptions> = {},
): Scene {
  const s = { ...DEFAULT_SCENE_OPTIONS, ...options };
  const shown = (node: string): boolean => s.visibleNodes === null || s.visibleNodes.has(node);
  // Sigma frames the whole graph, not just the visible part, so filtered views stay in place.
  const { minX, maxX, minY, maxY } = graphExtent(graph);
  const spanX = Math.max(maxX - minX, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const scale = Math.min((s.width - 2 * s.padding) / spanX, (s.height - 2 * s.padding) / spanY);
  const toScreen = (x: number, y: number): Point => ({
    x: s.width / 2 + (x - (minX + maxX) / 2) * (Number.isFinite(scale) ? scale : 1),
    // Graph y grows upwards, screen y downwards (sigma's convention).
    y: s.height / 2 - (y - (minY + maxY) / 2) * (Number.isFinite(scale) ? scale : 1),
  });
  const look = nodeLookFunctions(graph, s.look);
  const nodes: SceneNode[] = [];
  const byId = new Map<string, SceneNode>();
  graph.forEachNode((id, a) => {
    if (!shown(id)) return;
    const dimmed = s.focus !== null && !s.focus.nodes.has(id);
    const radius = look.size(id, a);
    const node: SceneNode = {
      id,
      ...toScreen(a.x, a.y),
      radius,
      color: dimmed ? EDGE_STYLE.dimNodeColor : look.color(id, a),
      label: s.labels && !dimmed && radius >= s.labelSizeThreshold ? a.label : null,
    };
    nodes.push(node);
    byId.set(id, node);
  });
  const curvatures = edgeCurvatures(graph);
  const emphasisColor = emphasisColorFor(s.focus?.edges.size ?? 0);
  const edges: SceneEdge[] = [];
  graph.forEachEdge((id, a, source, target) => {
    const from = byId.get(source);
    const to = byId.get(target);
    if (!from || !to || (s.visibleEdges !== null && !s.visibleEdges.has(id))) return;
    const emphasised = s.focus?.edges.has(id) ?? false;
    const base = edgeColorFor(graph.size, a.kind === 'participation');
    edges.push({
      id,
      source: { x: from.x, y: from.y },
      target: { x: to.x, y: to.y },
      targetRadius: to.radius,
      curvature: curvatures.get(id) ?? 0,
      color: s.focus ? (emphasised ? emphasisColor : EDGE_STYLE.dimColor) : base,
      width: emphasised ? EDGE_STYLE.emphasisSize : EDGE_STYLE.size,
      arrow: a.kind !== 'participation',
    });
  });
  // Emphasised edges and nodes on top, as the explorer draws them.
  edges.sort((a, b) => a.width - b.width);
  const scene = {
    width: s.width,
    height: s.height,
    nodes,
    edges,
    labelSize: s.labelSize,
    labelColor: '#1f2328',
  };
  return placeSceneLabels(scene, {
    limit: s.labelLimit,
    ...(s.measure ? { measure: s.measure } : {}),
  });
}
