/** Moving the camera to people: to show a selection, a channel, a search result. */
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

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

/**
 * Put the camera somewhere at once, ending any animation still running (a selection being framed,
 * a zoom button's step). Sigma's `Camera.animate` ends by setting its target state, so a camera
 * set in the middle of one jumped back to the framed document when its last frame came: seen at
 * load when SwiftShader frames take longer than the 400 ms animation. Sigma has no public cancel
 * (checked against sigma 3.0.3): a new animation cancels the running one, so a 1 ms animation to
 * the same state replaces it, and its one remaining frame changes nothing.
 */
export function setCameraNow(sigma: Sigma, state: Partial<CameraState>): void {
  const camera = sigma.getCamera();
  if (camera.isAnimated()) void camera.animate(state, { duration: 1 });
  camera.setState(state);
}
