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
  // A loop, not Math.min(...xs): a hub's or a whole network's 10^5 points overflow the stack.
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const x = (minX + maxX) / 2;
  const y = (minY + maxY) / 2;
  const extent = Math.max(maxX - minX, maxY - minY);
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
