import { MultiDirectedGraph } from 'graphology';
import type Sigma from 'sigma';
import { describe, expect, it, vi } from 'vitest';
import { frameNodes, setCameraNow } from '../../src/render/framing.ts';

/** A sigma stand-in: display data are the graph's positions, the camera records its target. */
function fakeSigma(points: [number, number][]) {
  const graph = new MultiDirectedGraph();
  points.forEach(([x, y], i) => graph.addNode(`n${i}`, { x, y }));
  const animate = vi.fn(() => Promise.resolve());
  const sigma = {
    getGraph: () => graph,
    getNodeDisplayData: (node: string) => graph.getNodeAttributes(node) as { x: number; y: number },
    getCamera: () => ({ animate }),
  } as unknown as Sigma;
  return { sigma, animate, nodes: graph.nodes() };
}

describe('render/framing', () => {
  it('centres the camera on the nodes, zoomed to their extent', () => {
    const { sigma, animate, nodes } = fakeSigma([
      [0.2, 0.4],
      [0.4, 0.5],
      [0.3, 0.6],
    ]);
    frameNodes(sigma, [...nodes, 'not-in-the-graph']);
    const [target] = animate.mock.calls[0] as unknown as [{ x: number; y: number; ratio: number }];
    expect(target.x).toBeCloseTo(0.3);
    expect(target.y).toBeCloseTo(0.5);
    expect(target.ratio).toBeCloseTo(0.28);
  });

  // Its own wait: 5.5 s at load 15 (five engineers on two cores), over the default 5 s.
  it('frames 200,000 nodes (more than a call can take as arguments)', { timeout: 30_000 }, () => {
    const points = Array.from({ length: 200_000 }, (_, i): [number, number] => [
      (i % 1000) / 1000,
      Math.floor(i / 1000) / 200,
    ]);
    const { sigma, animate, nodes } = fakeSigma(points);
    frameNodes(sigma, nodes);
    const [target] = animate.mock.calls[0] as unknown as [{ x: number; y: number; ratio: number }];
    expect(target.x).toBeCloseTo(0.4995);
    expect(target.y).toBeCloseTo(0.4975);
    expect(target.ratio).toBe(1);
  });
});

describe('render/framing: setCameraNow', () => {
  it('ends a running animation, so its last frame does not take the camera back', async () => {
    // Sigma's real camera. Node has no WebGL (sigma's module reads its constants when loaded: the
    // camera uses none) and no animation frames, so timers stand in for them.
    vi.stubGlobal('WebGLRenderingContext', {});
    vi.stubGlobal('WebGL2RenderingContext', {});
    const { Camera } = await import('sigma');
    vi.stubGlobal('requestAnimationFrame', (step: () => void) => setTimeout(step, 16));
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
    try {
      const camera = new Camera();
      const sigma = { getCamera: () => camera } as unknown as Sigma;
      // Framing a selection: a 400 ms animation towards a document.
      void camera.animate({ x: 0.4, y: 0.86, ratio: 0.23 }, { duration: 400 });
      await vi.waitFor(() => expect(camera.getState().ratio).toBeLessThan(1));
      setCameraNow(sigma, { x: 0.5, y: 0.5, ratio: 1 });
      expect(camera.getState()).toMatchObject({ x: 0.5, y: 0.5, ratio: 1 });
      await vi.waitFor(() => expect(camera.isAnimated()).toBe(false), { timeout: 5_000 });
      expect(camera.getState()).toMatchObject({ x: 0.5, y: 0.5, ratio: 1 });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
