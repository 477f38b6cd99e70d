/**
 * How large a person is drawn: the size grows with the square root of their documents, so area
 * tracks activity. The layout keeps discs of these sizes apart; the renderer and the image
 * export draw them so.
 */

export interface SizeOptions {
  minSize: number;
  maxSize: number;
}

export const DEFAULT_SIZE_OPTIONS: SizeOptions = { minSize: 4.5, maxSize: 22 };

/** Node size grows with the square root of its documents, so area tracks activity. */
export function nodeSize(
  documents: number,
  maxDocuments: number,
  options: Partial<SizeOptions> = {},
): number {
  const { minSize, maxSize } = { ...DEFAULT_SIZE_OPTIONS, ...options };
  if (maxDocuments <= 0 || documents <= 0) return minSize;
  return minSize + (maxSize - minSize) * Math.sqrt(documents / maxDocuments);
}
