/**
 * The display attributes sigma reads, set once on the graph a renderer is made for: node size and
 * colour, and the curvature and program (`drawAs`, which the edge reducer hands sigma as its
 * `type`) of every edge.
 */
import type { CorrespondenceGraph } from '../graph/build.ts';
import { edgeCurvatures, paletteForAffiliations } from '../formats/scene/style.ts';
import { nodeSize } from '../graph/size.ts';
import { graphExtent } from '../graph/extent.ts';

/** Set the display attributes sigma reads: size and colour of nodes, curvature of edges. */
export function prepareDisplayAttributes(
  graph: CorrespondenceGraph,
  maxCurvature: number,
): Map<string, string> {
  const { maxDocuments } = graphExtent(graph);
  const palette = paletteForAffiliations(graph.mapNodes((_node, attrs) => attrs.affiliation));
  graph.updateEachNodeAttributes((_node, attrs) => ({
    ...attrs,
    size: nodeSize(attrs.documents, maxDocuments),
    color: palette.get(attrs.affiliation) ?? '#8C8C8C',
  }));
  const curvatures = edgeCurvatures(graph, maxCurvature);
  graph.updateEachEdgeAttributes((edge, attrs) => {
    const curvature = curvatures.get(edge) ?? 0;
    // The curve programs draw nothing at curvature 0, so single edges use the straight programs.
    const participation = attrs.kind === 'participation';
    const straight = participation ? 'line' : 'arrow';
    return {
      ...attrs,
      curvature,
      // Not `type`: that is the document's type, which exports and filters read.
      drawAs: curvature === 0 ? straight : participation ? 'curve' : 'curvedArrow',
    };
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
