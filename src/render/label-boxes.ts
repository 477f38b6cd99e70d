/**
 * The geometry of labels that must not overlap: boxes claimed in one frame, first come first
 * served, forced labels always. No sigma here, so it is tested in Node.
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
