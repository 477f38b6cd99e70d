/**
 * Translucent colours for sigma's WebGL. Sigma blends as if colours were premultiplied by their
 * alpha (ONE, ONE_MINUS_SRC_ALPHA) but hands them to the GPU as written (sigma issue #1533): a
 * translucent grey edge came out washed out, and once its alpha fell below its channels (our edge
 * grey's alpha does from ~1,600 edges, below all three from ~2,200) it was blended past white, so
 * the edges of every mid-sized corpus were invisible on the page's white. Colours go to sigma
 * premultiplied; what reads sigma's display data back for an export gets the colour as written.
 */

import { readRgba } from '../formats/scene/style.ts';

/** Premultiplied form → the colour as written, for the colours made here. */
const written = new Map<string, string>();
const made = new Map<string, string>();

/**
 * A colour as sigma's WebGL needs it: "rgba(85, 90, 100, 0.32)" → "rgba(27, 29, 32, 0.32)".
 * Opaque colours and colours it cannot read are returned as they are.
 */
export function premultiplied(color: string): string {
  const known = made.get(color);
  if (known !== undefined) return known;
  const rgba = readRgba(color);
  let result = color;
  if (rgba && rgba.a < 1) {
    const channel = (value: number): number =>
      Math.round(Math.min(255, value) * Math.max(0, rgba.a));
    result = `rgba(${channel(rgba.r)}, ${channel(rgba.g)}, ${channel(rgba.b)}, ${rgba.a})`;
    if (!written.has(result)) written.set(result, color);
  }
  made.set(color, result);
  return result;
}

/** The colour as written of a colour `premultiplied` made (others are returned as they are). */
export function asWritten(color: string): string {
  return written.get(color) ?? color;
}
