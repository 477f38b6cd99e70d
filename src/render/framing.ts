/** Moving the camera to people: to show a selection, a channel, a search result. */
import type Sigma from 'sigma';

/** Animate the camera to frame these nodes (those in the graph), with some air around them. */
export function frameNodes(sigma: Sigma, nodes: readonly string[]): void {
  const graph = sigma.getGraph();
  const points = nodes
    .filter((node) => graph.hasNode(node))
    .map((node) => sigma.getNodeDisplayData(node))
    .filter((data): data is NonNullable<typeof data> => data !== undefined);
  if (points.length === 0) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = (Math.min(...xs) + Math.max(...xs)) / 2;
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  void sigma
    .getCamera()
    .animate({ x, y, ratio: Math.min(1, Math.max(0.15, extent * 1.4)) }, { duration: 400 });
}

/** Whether any of these nodes lies off screen, or within `margin` pixels of its edge. */
export function anyOffscreen(sigma: Sigma, nodes: readonly string[], margin = 30): boolean {
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  return nodes.some((node) => {
    if (!graph.hasNode(node)) return false;
    const point = sigma.graphToViewport(graph.getNodeAttributes(node) as { x: number; y: number });
    return (
      point.x < margin || point.y < margin || point.x > width - margin || point.y > height - margin
    );
  });
}
