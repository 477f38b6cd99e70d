/**
 * The baseline page: bare sigma 3.0.3 with its defaults on the same graph.json the explorer loads
 * (`?graph=URL`; `?w=&h=` size the container like the explorer's canvas), and the minimal
 * click-to-highlight of sigma's own examples: reducers read a selection, `refresh()` redraws.
 * Beyond sigma's defaults only what graph.json requires: node sizes (it has none) and one edge
 * program (its `type` attribute is the document type).
 */
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

interface BareState {
  selected: string | null;
  neighbours: Set<string>;
}

declare global {
  interface Window {
    /** Handle for the benchmark: the sigma instance, its graph and the highlight state. */
    bare?: { sigma: Sigma; graph: MultiDirectedGraph; state: BareState };
  }
}

async function start(container: HTMLElement): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const width = params.get('w');
  const height = params.get('h');
  if (width) container.style.width = `${Number(width)}px`;
  if (height) container.style.height = `${Number(height)}px`;
  const response = await fetch(new URL(params.get('graph') ?? 'graph.json', document.baseURI));
  if (!response.ok) throw new Error(`bare: ${response.status} ${response.statusText}`);
  const graph = MultiDirectedGraph.from((await response.json()) as SerializedGraph);
  const state: BareState = { selected: null, neighbours: new Set() };
  const sigma = new Sigma(graph, container, {
    nodeReducer: (node, data) => {
      // graph.json has positions but no sizes: size by degree, as sigma's examples do.
      const res: Partial<NodeDisplayData> = {
        ...data,
        size: Math.min(15, 2 + Math.sqrt(graph.degree(node))),
      };
      if (state.selected !== null && node !== state.selected && !state.neighbours.has(node)) {
        res.label = '';
        res.color = '#f6f6f6';
      }
      if (node === state.selected) res.highlighted = true;
      return res;
    },
    edgeReducer: (edge, data) => {
      // graph.json's edges carry the document type in `type`, which sigma reads as its program:
      // draw them all with sigma's default program.
      const res: Partial<EdgeDisplayData> = { ...data, type: 'line' };
      if (state.selected !== null && !graph.hasExtremity(edge, state.selected)) res.hidden = true;
      return res;
    },
  });
  performance.mark('bare:first-draw');
  sigma.on('clickNode', ({ node }) => {
    state.selected = node;
    state.neighbours = new Set(graph.neighbors(node));
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('clickStage', () => {
    state.selected = null;
    state.neighbours = new Set();
    sigma.refresh({ skipIndexation: true });
  });
  window.bare = { sigma, graph, state };
}

const container = document.getElementById('sigma');
if (container) void start(container);
