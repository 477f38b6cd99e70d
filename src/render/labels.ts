/**
 * Labels that do not overlap. Sigma's label grid keeps one label per cell, but a long name reaches
 * across its neighbours' cells ("Politburo of the CC VKP(b)" over "Kirill Meretskov"). This drawer
 * wraps sigma's own: within a frame, a label whose box would overlap one already drawn is skipped,
 * unless it is forced (a selection, a highlight). Sigma draws its grid's labels largest node first,
 * so the busier correspondent keeps its name.
 */
import { drawDiscNodeLabel } from 'sigma/rendering';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { createLabelCollider, LABEL_GAP, layOutLabel } from '../graph/export/label-boxes.ts';
import type { LabelSide } from '../graph/export/label-boxes.ts';

export type { LabelSide };

/** A label as the drawer drew it: its side, and its text (shortened where room ran out). */
export interface DrawnLabel {
  side: LabelSide;
  text: string;
}

export interface LabelDrawer {
  draw: NodeLabelDrawingFunction;
  /** Start a frame: sigma redraws every label on each render. */
  reset(): void;
  /** Nodes whose label this frame drew, and how. */
  readonly drawn: ReadonlyMap<string, DrawnLabel>;
}

/** Sigma's disc label drawer, skipping labels that would overlap. */
export function createLabelDrawer(): LabelDrawer {
  const collider = createLabelCollider();
  const drawn = new Map<string, DrawnLabel>();
  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const measure = (text: string): number => context.measureText(text).width;
    // A long name near an edge would be cut off ("Directorate for Foreign Relations of …"): it goes
    // to the other side of its disc, or is shortened where neither side has room.
    const laid = layOutLabel(
      data,
      data.label,
      size,
      context.canvas.clientWidth || Number.POSITIVE_INFINITY,
      measure,
    );
    if (!laid) return;
    const { side, box, text } = laid;
    if (!collider.claim(box, data.forceLabel === true || data.highlighted === true)) return;
    const key = (data as { key?: string }).key;
    if (key !== undefined) drawn.set(key, { side, text });
    // Sigma's drawer writes the text `size + gap` right of `x`: shifting `x` puts a left label,
    // right-aligned to its box, where it was placed.
    const x = side === 'right' ? data.x : box.x + box.width - measure(text) - data.size - LABEL_GAP;
    drawDiscNodeLabel(
      context,
      text === data.label && x === data.x ? data : { ...data, label: text, x },
      settings,
    );
  };
  return {
    draw,
    reset() {
      collider.reset();
      drawn.clear();
    },
    drawn,
  };
}
