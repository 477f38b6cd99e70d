/**
 * Labels on screen that do not overlap, each on the side of its disc with room (labels-boxes.ts).
 * A network of up to ALL_LABELS_UP_TO people names everyone it draws: the whole frame is planned at
 * the first label sigma asks for, selection first, then the largest people, every label clear of
 * the other labels and discs. Larger networks keep sigma's level of detail (its label grid picks
 * the candidates) and place each candidate as it comes. Very long names (an organisation's) are
 * shortened on screen; sigma's hover drawing shows the name in full.
 *
 * Reads sigma 3.0.3's display data through its public getters (getNodeDisplayData,
 * framedGraphToViewport, scaleSize); the drawer is called with viewport coordinates.
 */
import type Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import {
  createLabelLayout,
  labelBox,
  LINE_HEIGHT,
  lineAnchor,
} from '../formats/scene/label-boxes.ts';
import type {
  Disc,
  LabelBox,
  LabelRequest,
  LabelSide,
  PlacedLabel,
} from '../formats/scene/label-boxes.ts';

export type { LabelSide };

/** A label as the drawer drew it: side, lines (shortened where too long) and box. */
export type DrawnLabel = PlacedLabel;

/**
 * Up to this many people every label is drawn: the default corpus has 35, and planning a frame of
 * 400 labels is ~2 ms of script here; above it, sigma's grid keeps the labels readable by zoom.
 */
export const ALL_LABELS_UP_TO = 400;

/** The widest a label is drawn on screen, in pixels: "Directorate for Foreign Relations of …". */
const MAX_SCREEN_LABEL_WIDTH = 240;

export interface LabelDrawer {
  draw: NodeLabelDrawingFunction;
  /**
   * A hovered or highlighted person: a halo and the whole name on white, on the side its label
   * took (sigma's own drawer writes it on the right, over the label already drawn elsewhere).
   */
  hover: NodeLabelDrawingFunction;
  /** Start a frame: sigma redraws every label on each render. */
  reset(): void;
  /** The sigma whose nodes are planned (set once it exists). */
  attach(sigma: Sigma): void;
  /** Nodes whose label this frame drew, and how. */
  readonly drawn: ReadonlyMap<string, DrawnLabel>;
}

interface Shown extends LabelRequest {
  size: number;
}

/** Every person drawn now, in viewport pixels, and those among them with a label. */
function shownNodes(sigma: Sigma): { discs: Disc[]; labelled: Shown[] } {
  const discs: Disc[] = [];
  const labelled: Shown[] = [];
  sigma.getGraph().forEachNode((id) => {
    const data = sigma.getNodeDisplayData(id);
    if (!data || data.hidden) return;
    const { x, y } = sigma.framedGraphToViewport(data);
    const disc = { id, x, y, radius: sigma.scaleSize(data.size) };
    discs.push(disc);
    if (data.label)
      labelled.push({
        ...disc,
        text: data.label,
        size: data.size,
        forced: data.forceLabel === true || data.highlighted === true,
      });
  });
  // A selection's names first, then the busiest correspondents.
  labelled.sort(
    (a, b) =>
      Number(b.forced) - Number(a.forced) || b.size - a.size || a.text.localeCompare(b.text),
  );
  return { discs, labelled };
}

function drawLines(context: CanvasRenderingContext2D, placed: PlacedLabel, size: number): void {
  placed.lines.forEach((line, index) => {
    const anchor = lineAnchor(placed, index, size);
    context.textAlign =
      anchor.align === 'start' ? 'left' : anchor.align === 'end' ? 'right' : 'center';
    context.fillText(line, anchor.x, anchor.y);
  });
}

/**
 * The label drawer of one sigma; `obstacles` gives the boxes (viewport pixels) of controls drawn
 * over the canvas, which labels keep clear of.
 */
export function createLabelDrawer(obstacles: () => LabelBox[] = () => []): LabelDrawer {
  let sigma: Sigma | null = null;
  const drawn = new Map<string, DrawnLabel>();
  let layout: ReturnType<typeof createLabelLayout> | null = null;
  let plan: Map<string, PlacedLabel | null> | null = null;
  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    const key = (data as { key?: string }).key;
    if (!data.label || key === undefined) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const measure = (text: string): number => context.measureText(text).width;
    const frame = {
      width: context.canvas.clientWidth || Number.POSITIVE_INFINITY,
      height: context.canvas.clientHeight || Number.POSITIVE_INFINITY,
      textSize: size,
      measure,
      maxWidth: MAX_SCREEN_LABEL_WIDTH,
      long: 'shorten' as const,
      avoid: obstacles(),
    };
    let placed: PlacedLabel | null | undefined;
    const everyone = sigma !== null && sigma.getGraph().order <= ALL_LABELS_UP_TO;
    if (everyone && sigma) {
      if (!plan) {
        const { discs, labelled } = shownNodes(sigma);
        const planned = createLabelLayout(discs, frame);
        plan = planned.placeAll(labelled);
      }
      placed = plan.get(key);
    } else {
      layout ??= createLabelLayout([], frame);
      placed = layout.place({
        id: key,
        x: data.x,
        y: data.y,
        radius: data.size,
        text: data.label,
        forced: data.forceLabel === true || data.highlighted === true,
      });
    }
    if (!placed) return;
    drawn.set(key, placed);
    const color = settings.labelColor;
    context.fillStyle = 'color' in color && color.color ? color.color : '#000';
    drawLines(context, placed, size);
  };
  const hover: NodeLabelDrawingFunction = (context, data, settings) => {
    const key = (data as { key?: string }).key ?? '';
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    context.fillStyle = '#fff';
    context.shadowColor = 'rgba(0, 0, 0, 0.45)';
    context.shadowBlur = 8;
    context.beginPath();
    context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
    context.fill();
    if (data.label) {
      const side = drawn.get(key)?.side ?? 'right';
      const width = context.measureText(data.label).width;
      const disc = { id: key, x: data.x, y: data.y, radius: data.size };
      const placed = {
        side,
        lines: [data.label],
        box: labelBox(disc, side, width, size * LINE_HEIGHT),
      };
      const { x, y, width: w, height: h } = placed.box;
      context.fillRect(x - 3, y - 1, w + 6, h + 2);
      context.shadowBlur = 0;
      context.fillStyle = '#1f2328';
      drawLines(context, placed, size);
    }
    context.shadowBlur = 0;
  };
  return {
    draw,
    hover,
    reset() {
      layout = null;
      plan = null;
      drawn.clear();
    },
    attach(attached) {
      sigma = attached;
      // Sigma drew its first frame in its constructor, before it could be attached: that frame
      // placed labels one by one; the planned frame follows.
      if (attached.getGraph().order <= ALL_LABELS_UP_TO) attached.scheduleRender();
    },
    drawn,
  };
}

/**
 * Seen whole, a large network names about this many of its largest people: the canvas of a laptop
 * holds ~50 labels of 13 px without crowding them.
 */
export const OVERVIEW_LABELS = 50;

/**
 * Level of detail of labels: the drawn radius (pixels) from which a person is labelled, chosen so
 * that the `wanted` largest people pass at the overview. Sigma compares it with the radius as
 * drawn, which grows as the view zooms in (by 1/√ratio), so more people are named the closer one
 * looks; its label grid keeps them apart (one label per 70-px cell from afar, more zoomed in).
 */
export function labelSizeThreshold(
  sizes: readonly number[],
  wanted: number = OVERVIEW_LABELS,
): number {
  if (sizes.length <= wanted) return 0;
  const sorted = [...sizes].sort((a, b) => b - a);
  return sorted[wanted - 1] ?? 0;
}

/**
 * Sigma's settings for labels and the camera's range, for a network of `order` people whose
 * labels start at drawn radius `threshold` (labelSizeThreshold) when not everyone is named.
 */
export function labelAndCameraSettings(order: number, labelFont: string, threshold = 4) {
  return {
    renderEdgeLabels: false,
    zIndex: true,
    labelFont,
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1f2328' },
    // A network small enough names everyone (placed here); sigma's grid thins larger ones.
    ...(order <= ALL_LABELS_UP_TO
      ? { labelDensity: Number.POSITIVE_INFINITY, labelRenderedSizeThreshold: 0 }
      : { labelDensity: 1, labelRenderedSizeThreshold: threshold }),
    labelGridCellSize: 70,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    stagePadding: 40,
  };
}
