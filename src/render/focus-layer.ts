/**
 * Highlighting at archive scale. Dimming a whole network through the reducers means re-processing
 * every node and edge — hundreds of milliseconds at 10^5 edges. On large graphs the network stays
 * as it is, its canvases are faded with CSS (free), and the emphasised part (an ego network, a
 * channel, a document's hops) is drawn by a second, small sigma on top, in step with the camera.
 * The cost of a highlight then follows the size of what is highlighted, not of the archive.
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { CorrespondenceGraph } from '../graph/build.ts';
import { MAX_FORCED_LABELS } from '../formats/scene/style.ts';
import type { Emphasis } from '../graph/types.ts';
import { programOf } from './display.ts';
import { premultiplied } from './premultiply.ts';
import type { NodeLookFunctions } from '../formats/scene/look.ts';

export interface FocusLayer {
  /** Show an emphasis over the faded network; null clears it. */
  show(
    emphasis: Emphasis | null,
    strength: 'focus' | 'preview',
    highlighted: ReadonlySet<string>,
    edgeStyle: { color: string; size: number },
  ): void;
  /** Follow the size of the container, as the network below does. */
  resize(): void;
  /** Size and colour nodes as the network below does (the legend's choice); null: the graph's. */
  setLook(look: NodeLookFunctions | null): void;
  kill(): void;
}

/** Opacity of the network under a selection (strong) and under a hover preview (light). */
const FADE = { focus: '0.18', preview: '0.5' } as const;

/** The layer over `base`, drawn in its container with the same programs and label settings. */
export function createFocusLayer(
  container: HTMLElement,
  base: Sigma,
  graph: CorrespondenceGraph,
  settings: Partial<Settings>,
): FocusLayer {
  const element = document.createElement('div');
  element.className = 'focus-layer';
  // Hidden while empty (but kept at its size, so showing it reallocates nothing): an idle layer
  // would still be cleared and composited on every camera move.
  element.style.cssText = 'position:absolute;inset:0;pointer-events:none;visibility:hidden;';
  container.append(element);
  const layer = new Sigma(new MultiDirectedGraph(), element, {
    ...settings,
    nodeReducer: null,
    edgeReducer: null,
    enableEdgeEvents: false,
    allowInvalidContainer: true,
  });
  // Whether the layer draws anything.
  let showing = false;
  let look: NodeLookFunctions | null = null;
  const sync = (): void => {
    if (!showing) return;
    // Same framing as the network below: its bounding box and its camera.
    layer.setCustomBBox(base.getBBox());
    layer.getCamera().setState(base.getCamera().getState());
  };
  base.getCamera().on('updated', sync);
  const faded = Object.values(base.getCanvases()).filter(
    (canvas) => !canvas.classList.contains('sigma-mouse'),
  );

  let shown: Parameters<FocusLayer['show']> | null = null;
  const layerApi: FocusLayer = {
    show(emphasis, strength, highlighted, edgeStyle) {
      shown = [emphasis, strength, highlighted, edgeStyle];
      // Clearing an empty layer must not cost a redraw.
      if (!emphasis && !showing) return;
      showing = emphasis !== null;
      const next = new MultiDirectedGraph();
      if (emphasis) {
        const labelled = emphasis.nodes.size <= MAX_FORCED_LABELS;
        for (const node of emphasis.nodes) {
          if (!graph.hasNode(node)) continue;
          const attrs = graph.getNodeAttributes(node);
          next.addNode(node, {
            ...attrs,
            ...(look ? { size: look.size(node, attrs), color: look.color(node, attrs) } : {}),
            forceLabel: labelled || highlighted.has(node),
            highlighted: highlighted.has(node),
            zIndex: 1,
          });
        }
        for (const edge of emphasis.edges) {
          if (!graph.hasEdge(edge)) continue;
          const source = graph.source(edge);
          const target = graph.target(edge);
          if (!next.hasNode(source) || !next.hasNode(target)) continue;
          const attrs = graph.getEdgeAttributes(edge);
          next.addEdgeWithKey(edge, source, target, {
            ...attrs,
            // Sigma's type is the program (display.ts), not the document's type.
            type: programOf(attrs),
            color: premultiplied(edgeStyle.color),
            size: edgeStyle.size,
          });
        }
      }
      // Framed first, then drawn once (setGraph refreshes): sigma's drawing reads the container's
      // size, so the styles below change after it, not before (that read would force a layout).
      sync();
      layer.setGraph(next);
      element.style.visibility = showing ? '' : 'hidden';
      for (const canvas of faded) canvas.style.opacity = emphasis ? FADE[strength] : '';
    },
    setLook(next) {
      look = next;
      // What is shown now is drawn again with the new sizes and colours.
      if (showing && shown) layerApi.show(...shown);
    },
    resize() {
      if (!showing) return;
      layer.resize();
      sync();
      layer.refresh();
    },
    kill() {
      base.getCamera().removeListener('updated', sync);
      layer.kill();
      element.remove();
    },
  };
  return layerApi;
}
