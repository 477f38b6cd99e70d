/**
 * What the pointer does on the network: nodes through sigma's own picking (a node under the
 * pointer wins), lines through the forgiving picker (edge-picking.ts), the hovered line emphasised
 * with a pointer cursor. A finger is less precise than a mouse: taps look further for a node, then
 * for a line. Uses sigma 3.0.3's public events (clickStage, moveBody, enter/leaveNode, leaveStage).
 */
import type Sigma from 'sigma';
import type { Point } from './edge-geometry.ts';
import type { EdgePicker } from './edge-picking.ts';

export interface PointerHandlers {
  clickNode(node: string): void;
  clickEdge(edge: string): void;
  clickStage(): void;
  enterNode(node: string): void;
  leaveNode(node: string): void;
  /** A line is under the pointer (viewport pixels): what a click would open. */
  enterEdge(edge: string, point: Point): void;
  leaveEdge(): void;
}

export interface PickingRadii {
  /** Pixels from a line's stroke within which a mouse picks it. */
  mouse: number;
  /**
   * Pixels for a finger, for lines and small discs alike: a fingertip covers ~8 mm, some 30 CSS px,
   * and the default corpus's smallest people are discs of 4.5 px.
   */
  touch: number;
}

export const DEFAULT_PICKING_RADII: PickingRadii = { mouse: 6, touch: 16 };

const isTouch = (event: MouseEvent | TouchEvent): event is TouchEvent => 'touches' in event;

/**
 * Wire sigma's pointer events to `handlers`. `setHovered` draws the line under the pointer
 * emphasised (null: none). Returns the function that clears the hover.
 */
export function wirePointer(
  sigma: Sigma,
  picker: EdgePicker,
  handlers: Partial<PointerHandlers>,
  setHovered: (edge: string | null) => void,
  radii: PickingRadii = DEFAULT_PICKING_RADII,
): () => void {
  const container = sigma.getContainer();
  let hoveredNode: string | null = null;
  let hoveredEdge: string | null = null;
  const hoverEdge = (edge: string | null, point: Point | null): void => {
    if (edge === hoveredEdge) return;
    hoveredEdge = edge;
    setHovered(edge);
    container.style.cursor = edge || hoveredNode ? 'pointer' : '';
    if (edge && point) handlers.enterEdge?.(edge, point);
    else handlers.leaveEdge?.();
  };
  sigma.on('clickNode', ({ node }) => handlers.clickNode?.(node));
  sigma.on('clickStage', ({ event }) => {
    const touch = isTouch(event.original);
    const node = touch ? picker.nodeAt(event, radii.touch) : null;
    if (node) return handlers.clickNode?.(node);
    const edge = picker.edgeAt(event, touch ? radii.touch : radii.mouse);
    if (edge) handlers.clickEdge?.(edge);
    else handlers.clickStage?.();
  });
  sigma.on('enterNode', ({ node }) => {
    hoveredNode = node;
    hoverEdge(null, null);
    container.style.cursor = 'pointer';
    handlers.enterNode?.(node);
  });
  sigma.on('leaveNode', ({ node }) => {
    hoveredNode = null;
    container.style.cursor = '';
    handlers.leaveNode?.(node);
  });
  sigma.on('moveBody', ({ event }) => {
    // Nothing is hovered while a button drags the camera or a finger moves.
    const original = event.original;
    if (hoveredNode || isTouch(original) || original.buttons !== 0) return;
    // Sigma reports moves outside its container too (for drags); those hover nothing.
    const { width, height } = sigma.getDimensions();
    const inside = event.x >= 0 && event.y >= 0 && event.x <= width && event.y <= height;
    hoverEdge(inside ? picker.edgeAt(event, radii.mouse) : null, { x: event.x, y: event.y });
  });
  sigma.on('leaveStage', () => hoverEdge(null, null));
  return () => hoverEdge(null, null);
}
