/**
 * Translucent colours for sigma's WebGL. Sigma blends as if colours were premultiplied by their
 * alpha (ONE, ONE_MINUS_SRC_ALPHA) but hands them to the GPU as written (sigma issue #1533): a
 * translucent grey edge came out washed out, and once its alpha fell below its channels (below
 * 0.39 for our edge grey, which is used from ~1,200 edges up) it was blended past white, so the
 * edges of every mid-sized corpus were invisible on the page's white. Colours go to sigma
 * premultiplied; what reads sigma's display data back for an export gets the colour as written.
 */

const RGBA = /^\s*rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)\s*$/i;

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
  const match = RGBA.exec(color);
  const alpha = match?.[4] === undefined ? 1 : Number(match[4]);
  let result = color;
  if (match && alpha < 1) {
    const channel = (text: string | undefined): number =>
      Math.round(Math.min(255, Number(text)) * Math.max(0, alpha));
    result = `rgba(${channel(match[1])}, ${channel(match[2])}, ${channel(match[3])}, ${alpha})`;
    if (!written.has(result)) written.set(result, color);
  }
  made.set(color, result);
  return result;
}

/** The colour as written of a colour `premultiplied` made (others are returned as they are). */
export function asWritten(color: string): string {
  return written.get(color) ?? color;
}
