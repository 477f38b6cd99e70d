/**
 * The geometry of labels that must not overlap: boxes claimed in one frame, first come first
 * served, forced labels always. No sigma here: the explorer's label drawer and the scenes built in
 * Node for `npm run export` place labels by the same rules.
 */

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes overlap, with `margin` pixels of air kept between them. */
export function boxesOverlap(a: LabelBox, b: LabelBox, margin = 0): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
}

/** The boxes claimed in one frame. */
export interface LabelCollider {
  /** Claim a box: false (nothing claimed) when it overlaps an earlier one and is not forced. */
  claim(box: LabelBox, force: boolean): boolean;
  reset(): void;
}

/** A collider over a frame's boxes; a frame holds a few hundred labels, so a list suffices. */
export function createLabelCollider(margin = 2): LabelCollider {
  let claimed: LabelBox[] = [];
  return {
    claim(box, force) {
      if (!force && claimed.some((other) => boxesOverlap(box, other, margin))) return false;
      claimed.push(box);
      return true;
    },
    reset() {
      claimed = [];
    },
  };
}

/** Labels sit right of their disc, or left of it where the right would run off the canvas. */
export type LabelSide = 'right' | 'left';

/** The gap between a disc and its label, as sigma's own drawer leaves it. */
export const LABEL_GAP = 3;

/**
 * Where a label goes: right of its disc (baseline a third of the text size below the centre, as
 * sigma draws it), unless it would run past the canvas's right edge and fits on the left. A label
 * that fits on neither side gets the roomier one, and a box only as wide as the room there: the
 * caller shortens the text to it.
 */
export function placeLabel(
  disc: { x: number; y: number; size: number },
  textWidth: number,
  textSize: number,
  canvasWidth: number,
): { side: LabelSide; box: LabelBox } {
  const right = disc.x + disc.size + LABEL_GAP;
  const roomRight = canvasWidth - right;
  const roomLeft = disc.x - disc.size - LABEL_GAP;
  let side: LabelSide = 'right';
  let width = textWidth;
  if (textWidth > roomRight) {
    if (textWidth <= roomLeft) side = 'left';
    else {
      side = roomLeft > roomRight ? 'left' : 'right';
      width = Math.max(0, side === 'left' ? roomLeft : roomRight);
    }
  }
  return {
    side,
    box: {
      x: side === 'right' ? right : roomLeft - width,
      y: disc.y + textSize / 3 - textSize,
      width,
      height: textSize * 1.25,
    },
  };
}

/** The longest start of a text that fits a width with "…" after it (the whole text if it fits). */
export function fitText(text: string, maxWidth: number, measure: (text: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : `${text.slice(0, low).trimEnd()}…`;
}

/**
 * A label laid out for its disc: the side and box `placeLabel` gives it, and its text shortened to
 * that box where the room ran out; null when not even "…" fits.
 */
export function layOutLabel(
  disc: { x: number; y: number; size: number },
  label: string,
  textSize: number,
  canvasWidth: number,
  measure: (text: string) => number,
): { side: LabelSide; box: LabelBox; text: string } | null {
  const width = measure(label);
  const { side, box } = placeLabel(disc, width, textSize, canvasWidth);
  const text = box.width < width ? fitText(label, box.width, measure) : label;
  return text ? { side, box, text } : null;
}
