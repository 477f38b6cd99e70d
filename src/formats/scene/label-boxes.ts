/**
 * Where labels go, without overlaps: each label takes the first side of its disc with room (right,
 * left, above, below) where it covers no other label, no other disc, and stays inside the frame.
 * A label too long for the frame is shortened with "…" on screen (the full name shows on hover) or
 * wrapped onto lines in an export, which must name every person in full. No sigma here: the
 * explorer's label drawer and the export scenes place labels by the same rules.
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

export type LabelSide = 'right' | 'left' | 'above' | 'below';

/** The sides tried, in order: reading runs on to the right, then the other sides. */
export const LABEL_SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below'];

/** The gap between a disc and its label, as sigma's own drawer leaves it. */
export const LABEL_GAP = 3;

/** Lines of a label are this many text sizes apart. */
export const LINE_HEIGHT = 1.2;

export interface Disc {
  id: string;
  x: number;
  y: number;
  radius: number;
}

/** A label to place: its disc, its text, and whether it must show whatever it covers. */
export interface LabelRequest extends Disc {
  text: string;
  forced?: boolean;
}

export interface PlacedLabel {
  side: LabelSide;
  /** One line, or the lines of a wrapped label; shortened on screen ("…") where too long. */
  lines: string[];
  box: LabelBox;
}

export interface LabelLayoutOptions {
  /** The frame labels must stay in: the canvas, or the image's network area. */
  width: number;
  height: number;
  textSize: number;
  measure: (text: string) => number;
  /** Labels wider than this are shortened (screen) or wrapped (exports). */
  maxWidth: number;
  long: 'shorten' | 'wrap';
  /** Pixels of air kept between two labels. */
  margin: number;
  /** Boxes no label may cover: controls drawn over the canvas (zoom buttons, the legend). */
  avoid: readonly LabelBox[];
}

export const DEFAULT_LABEL_LAYOUT: LabelLayoutOptions = {
  width: Number.POSITIVE_INFINITY,
  height: Number.POSITIVE_INFINITY,
  textSize: 13,
  measure: (text) => text.length * 13 * 0.56,
  maxWidth: 220,
  long: 'shorten',
  margin: 2,
  avoid: [],
};

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

/** Words onto lines of at most `maxWidth` (a word longer than that keeps a line of its own). */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The box of a block of text on one side of a disc; right and left are centred on the disc. */
export function labelBox(disc: Disc, side: LabelSide, width: number, height: number): LabelBox {
  const reach = disc.radius + LABEL_GAP;
  switch (side) {
    case 'right':
      return { x: disc.x + reach, y: disc.y - height / 2, width, height };
    case 'left':
      return { x: disc.x - reach - width, y: disc.y - height / 2, width, height };
    case 'above':
      return { x: disc.x - width / 2, y: disc.y - reach - height, width, height };
    case 'below':
      return { x: disc.x - width / 2, y: disc.y + reach, width, height };
  }
}

/** The baseline of line `index` of a label's box, and where its text is anchored horizontally. */
export function lineAnchor(
  placed: Pick<PlacedLabel, 'side' | 'box'>,
  index: number,
  textSize: number,
): { x: number; y: number; align: 'start' | 'end' | 'middle' } {
  const { box, side } = placed;
  const lineHeight = textSize * LINE_HEIGHT;
  // A third of the text size below a line's middle: sigma's own baseline for a single label.
  const y = box.y + index * lineHeight + lineHeight / 2 + textSize / 3;
  if (side === 'right') return { x: box.x, y, align: 'start' };
  if (side === 'left') return { x: box.x + box.width, y, align: 'end' };
  return { x: box.x + box.width / 2, y, align: 'middle' };
}

const coversDisc = (box: LabelBox, disc: Disc): boolean => {
  const nearestX = Math.max(box.x, Math.min(disc.x, box.x + box.width));
  const nearestY = Math.max(box.y, Math.min(disc.y, box.y + box.height));
  return Math.hypot(nearestX - disc.x, nearestY - disc.y) < disc.radius + 1;
};

export interface LabelLayout {
  /** Place one label now, clear of those placed before (a frame placed as sigma draws it). */
  place(request: LabelRequest): PlacedLabel | null;
  /** Place labels in order of importance, all those that fit clear of discs first. */
  placeAll(requests: readonly LabelRequest[]): Map<string, PlacedLabel | null>;
}

/**
 * A layout of labels over one frame, claimed one at a time: the caller offers labels in order of
 * importance (selection first, then the largest people), each taking the first side that is free.
 */
export function createLabelLayout(
  discs: readonly Disc[],
  options: Partial<LabelLayoutOptions> = {},
): LabelLayout {
  const o = { ...DEFAULT_LABEL_LAYOUT, ...options };
  const claimed: LabelBox[] = [...o.avoid];
  const lineHeight = o.textSize * LINE_HEIGHT;
  const inFrame = (box: LabelBox): boolean =>
    box.x >= 0 && box.y >= 0 && box.x + box.width <= o.width && box.y + box.height <= o.height;
  const free = (box: LabelBox, own: string, strict: boolean): boolean =>
    inFrame(box) &&
    !claimed.some((other) => boxesOverlap(box, other, o.margin)) &&
    (!strict || !discs.some((disc) => disc.id !== own && coversDisc(box, disc)));
  /** The ways to write a label, most wanted first: whole, then wrapped or shortened. */
  const writings = (text: string): string[][] => {
    const fits = o.measure(text) <= o.maxWidth;
    if (o.long === 'shorten') return [fits ? [text] : [fitText(text, o.maxWidth, o.measure)]];
    // An export names everyone in full: a label with no room on one line tries two, then more.
    const ways = [
      ...(fits ? [[text]] : []),
      wrapText(text, Math.min(o.maxWidth, o.measure(text) * 0.6), o.measure),
      wrapText(text, o.maxWidth / 2, o.measure),
    ];
    return ways.filter(
      (lines, i) => ways.findIndex((w) => w.join('\n') === lines.join('\n')) === i,
    );
  };
  const attempt = (request: LabelRequest, strict: boolean): PlacedLabel | null => {
    for (const lines of writings(request.text)) {
      if (!lines[0]) continue;
      const width = Math.max(...lines.map(o.measure));
      for (const side of LABEL_SIDES) {
        const box = labelBox(request, side, width, lines.length * lineHeight);
        if (free(box, request.id, strict)) return { side, lines, box };
      }
    }
    return null;
  };
  const claim = (placed: PlacedLabel | null): PlacedLabel | null => {
    if (placed) claimed.push(placed.box);
    return placed;
  };
  const forcedRight = (request: LabelRequest): PlacedLabel => ({
    side: 'right',
    lines: [request.text],
    box: labelBox(request, 'right', o.measure(request.text), lineHeight),
  });
  return {
    place(request) {
      // Covering another disc is better than no name at all; covering a label is not.
      const placed = attempt(request, true) ?? attempt(request, false);
      return claim(placed ?? (request.forced ? forcedRight(request) : null));
    },
    placeAll(requests) {
      // Everyone who can be placed clear of the discs is, before anyone covers a disc: a long
      // name that would cover two small people must not take the only places of theirs.
      const placed = new Map(requests.map((r) => [r.id, claim(attempt(r, true))]));
      for (const request of requests) {
        if (placed.get(request.id)) continue;
        const relaxed = attempt(request, false) ?? (request.forced ? forcedRight(request) : null);
        placed.set(request.id, claim(relaxed));
      }
      return placed;
    },
  };
}
