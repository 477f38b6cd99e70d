/**
 * The scene on screen, read from sigma after its reducers: what is drawn now (filters, highlight,
 * selection, channel), in viewport pixels, with the labels drawn.
 */
import type Sigma from 'sigma';
import type { Scene, SceneEdge, SceneNode } from '../formats/scene/scene.ts';
import { emphasisColorFor } from '../formats/scene/style.ts';
import { asWritten } from './premultiply.ts';

/** Sigma's own minimum edge thickness (its `minEdgeThickness` default). */
const MIN_EDGE_THICKNESS = 1.7;

export function sceneFromSigma(
  sigma: Sigma,
  options: {
    labels: boolean;
    /** Only these edges (the filter's), whatever the display data says; all when null. */
    visibleEdges?: ReadonlySet<string> | null;
    /** Lines are drawn one per pair of people (windowed-line-program.ts): draw those. */
    pairs?: boolean;
  },
): Scene {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const nodes: (SceneNode & { z: number })[] = [];
  const byId = new Map<string, SceneNode>();
  graph.forEachNode((id) => {
    const data = sigma.getNodeDisplayData(id);
    if (!data || data.hidden) return;
    const point = sigma.framedGraphToViewport(data);
    const node = {
      id,
      x: point.x,
      y: point.y,
      radius: sigma.scaleSize(data.size),
      color: asWritten(data.color),
      // Every name shown may be labelled: the image places its labels for its own font
      // (placeSceneLabels), in full, where the screen may have shortened one.
      label: options.labels && data.label ? data.label : null,
      z: data.zIndex ?? 0,
    };
    nodes.push(node);
    byId.set(id, node);
  });
  const edges: (SceneEdge & { z: number })[] = [];
  graph.forEachEdge((id, _attrs, source, target) => {
    const data = sigma.getEdgeDisplayData(id);
    const from = byId.get(source);
    const to = byId.get(target);
    if (!data || data.hidden || !from || !to) return;
    if (options.visibleEdges && !options.visibleEdges.has(id)) return;
    const pair = data as { pairWidth?: number; pairColor?: string };
    if (options.pairs && !(pair.pairWidth && pair.pairColor)) return;
    const type = String(data.type ?? 'arrow');
    const curvature = type.startsWith('curve')
      ? Number((data as { curvature?: number }).curvature ?? 0)
      : 0;
    edges.push({
      id,
      source: { x: from.x, y: from.y },
      target: { x: to.x, y: to.y },
      targetRadius: to.radius,
      curvature,
      color: asWritten(options.pairs ? (pair.pairColor ?? data.color) : data.color),
      width: Math.max(
        MIN_EDGE_THICKNESS,
        sigma.scaleSize(options.pairs ? (pair.pairWidth ?? data.size) : data.size),
      ),
      arrow: !options.pairs && /arrow/i.test(type),
      z: data.zIndex ?? 0,
    });
  });
  const byZ = (a: { z: number }, b: { z: number }): number => a.z - b.z;
  const strip = <T extends { z: number }>({ z: _z, ...rest }: T): Omit<T, 'z'> => rest;
  const labelSize = Number(sigma.getSetting('labelSize') ?? 13);
  return {
    width,
    height,
    nodes: nodes.sort(byZ).map(strip),
    edges: edges.sort(byZ).map(strip),
    labelSize,
    labelColor: '#1f2328',
  };
}

/** Dim what an emphasis leaves out, as the reducers would: for scenes of layered renderers. */
export function emphasiseScene(
  scene: Scene,
  emphasis: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null,
  style: {
    dimNodeColor: string;
    dimEdgeColor: string;
    emphasisEdgeColor: string;
    emphasisEdgeSize: number;
  },
): Scene {
  if (!emphasis) return scene;
  const emphasisColor = emphasisColorFor(emphasis.edges.size, style.emphasisEdgeColor);
  return {
    ...scene,
    nodes: scene.nodes.map((node) =>
      emphasis.nodes.has(node.id) ? node : { ...node, color: style.dimNodeColor, label: null },
    ),
    edges: scene.edges
      .map((edge) =>
        emphasis.edges.has(edge.id)
          ? {
              ...edge,
              color: emphasisColor,
              width: style.emphasisEdgeSize,
            }
          : { ...edge, color: style.dimEdgeColor },
      )
      .sort((a, b) => Number(emphasis.edges.has(a.id)) - Number(emphasis.edges.has(b.id))),
  };
}
