/**
 * Labels that do not overlap. Sigma's label grid keeps one label per cell, but a long name reaches
 * across its neighbours' cells ("Politburo of the CC VKP(b)" over "Kirill Meretskov"). This drawer
 * wraps sigma's own: within a frame, a label whose box would overlap one already drawn is skipped,
 * unless it is forced (a selection, a highlight). Sigma draws its grid's labels largest node first,
 * so the busier correspondent keeps its name.
 */
import { drawDiscNodeLabel } from 'sigma/rendering';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { createLabelCollider } from './label-boxes.ts';

export interface LabelDrawer {
  draw: NodeLabelDrawingFunction;
  /** Start a frame: sigma redraws every label on each render. */
  reset(): void;
  /** Nodes whose label this frame drew. */
  readonly drawn: ReadonlySet<string>;
}

/** Sigma's disc label drawer, skipping labels that would overlap. */
export function createLabelDrawer(): LabelDrawer {
  const collider = createLabelCollider();
  const drawn = new Set<string>();
  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    // Where sigma's drawer puts the text: right of the disc, baseline a third of the size below.
    const box = {
      x: data.x + data.size + 3,
      y: data.y + size / 3 - size,
      width: context.measureText(data.label).width,
      height: size * 1.25,
    };
    if (!collider.claim(box, data.forceLabel === true || data.highlighted === true)) return;
    const key = (data as { key?: string }).key;
    if (key !== undefined) drawn.add(key);
    drawDiscNodeLabel(context, data, settings);
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
