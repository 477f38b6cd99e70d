/**
 * The display attributes sigma reads, set once on the graph a renderer is made for: node size and
 * colour, the curvature and program (`drawAs`, which the edge reducer hands sigma as its `type`)
 * of every edge, and, where the overview draws pairs of people, the width of each pair's line on
 * the edge that draws it (`pairWidth`).
 */
import type { CorrespondenceGraph } from '../graph/build.ts';
import type { DocumentEdgeAttributes } from '../graph/types.ts';
import { forEachCurvature, paletteForAffiliations } from '../formats/scene/style.ts';
import { nodeSize, sizeOptionsFor } from '../graph/size.ts';
import { graphExtent } from '../graph/extent.ts';
import { pairLines, pairWidth, rankPairs } from '../graph/pairs.ts';
import type { PairRanking } from '../graph/pairs.ts';
import { REFERENCE_SPAN_PX } from '../graph/size.ts';

/** Set the display attributes sigma reads: size and colour of nodes, curvature of edges. */
export function prepareDisplayAttributes(
  graph: CorrespondenceGraph,
  maxCurvature: number,
): Map<string, string> {
  const { maxDocuments } = graphExtent(graph);
  // Smaller discs the more crowded the layout: a 10^5-document archive is not a grey disc.
  const sizes = sizeOptionsFor(graph);
  const palette = paletteForAffiliations(graph.mapNodes((_node, attrs) => attrs.affiliation));
  // In place, not graphology's update methods: those copy every attribute object (10^5 edges
  // at an archive's first draw, ~60 ms with the collections they cause here), and no sigma
  // listens to the graph yet.
  graph.forEachNode((_node, attrs) => {
    const display = attrs as typeof attrs & { size: number; color: string };
    display.size = nodeSize(attrs.documents, maxDocuments, sizes);
    display.color = palette.get(attrs.affiliation) ?? '#8C8C8C';
  });
  forEachCurvature<DocumentEdgeAttributes>(graph, maxCurvature, (_edge, attrs, curvature) => {
    // The curve programs draw nothing at curvature 0, so single edges use the straight programs.
    const participation = attrs.kind === 'participation';
    const straight = participation ? 'line' : 'arrow';
    const display = attrs as typeof attrs & { curvature: number; drawAs: string };
    display.curvature = curvature;
    // Not `type`: that is the document's type, which exports and filters read.
    display.drawAs = curvature === 0 ? straight : participation ? 'curve' : 'curvedArrow';
  });
  return palette;
}

/**
 * The sigma program an edge is drawn with, as `prepareDisplayAttributes` set it (sigma's default,
 * a straight arrow, before that).
 */
export function programOf(attributes: object): string {
  return (attributes as { drawAs?: string }).drawAs ?? 'arrow';
}

/**
 * Where the overview may draw pairs of people: the width of each pair's line, on the edge that
 * draws it (`pairWidth`; none on the others), set before sigma is made. Returns the pairs ranked
 * for the level of detail (graph/pairs.ts `fewestDocumentsDrawn`), and the busiest pair's count.
 */
export function preparePairLines(graph: CorrespondenceGraph): {
  ranking: PairRanking;
  maxDocuments: number;
} {
  const lines = pairLines(graph);
  lines.edges.forEach((edge, i) => {
    // In place: no sigma listens yet, and an event per edge costs.
    const attrs = graph.getEdgeAttributes(edge) as { pairWidth?: number };
    attrs.pairWidth = pairWidth(lines.documents[i] ?? 1, lines.maxDocuments);
  });
  return {
    ranking: rankPairs(graph, lines, REFERENCE_SPAN_PX),
    maxDocuments: lines.maxDocuments,
  };
}

/** The width of the pair line an edge draws, or 0 when it draws none. */
export function pairWidthOf(attributes: object): number {
  return (attributes as { pairWidth?: number }).pairWidth ?? 0;
}
