/**
 * What node size and colour stand for, as the legend offers them: size by letters (documents),
 * correspondents or brokerage (betweenness); colour by affiliation or community. One place for the
 * explorer's reducers, the legend and the image export's legend, so the three always agree.
 */
import type { CorrespondenceGraph } from '../../graph/build.ts';
import type { PersonAttributes } from '../../graph/types.ts';
import { communitySizes } from '../../graph/measures/ranks.ts';
import { nodeSize } from '../../graph/size.ts';
import type { SizeOptions } from '../../graph/size.ts';
import { paletteForAffiliations } from './style.ts';

export const SIZE_BY = ['documents', 'correspondents', 'betweenness'] as const;
export type SizeBy = (typeof SIZE_BY)[number];
export const COLOR_BY = ['affiliation', 'community'] as const;
export type ColorBy = (typeof COLOR_BY)[number];

export interface NodeLook {
  sizeBy: SizeBy;
  colorBy: ColorBy;
}

export const DEFAULT_NODE_LOOK: NodeLook = { sizeBy: 'documents', colorBy: 'affiliation' };

/** The legend's words for each choice. */
export const SIZE_LABELS: Record<SizeBy, string> = {
  documents: 'Letters',
  correspondents: 'Correspondents',
  betweenness: 'Broker (betweenness)',
};

/** The sentence the legends start with: "Size: number of documents." */
export const SIZE_NOTES: Record<SizeBy, string> = {
  documents: 'Size: number of documents.',
  correspondents: 'Size: number of correspondents.',
  betweenness: 'Size: betweenness (how many shortest links between others pass through them).',
};

/**
 * Ten colours for the ten largest communities (Tableau 10, distinct from each other for most
 * colour vision); smaller communities share a grey: 140 communities at 20k people cannot each
 * have a colour anyone could tell apart.
 */
export const COMMUNITY_COLORS = [
  '#4E79A7',
  '#F28E2B',
  '#E15759',
  '#76B7B2',
  '#59A14F',
  '#EDC948',
  '#B07AA1',
  '#FF9DA7',
  '#9C755F',
  '#BAB0AC',
] as const;

export const SMALL_COMMUNITY_COLOR = '#D4D4D4';

/** A community's colour: communities are numbered by size, so the largest ten have their own. */
export function communityColor(community: number | undefined, size: number): string {
  if (community === undefined || size < 2) return SMALL_COMMUNITY_COLOR;
  return COMMUNITY_COLORS[community - 1] ?? SMALL_COMMUNITY_COLOR;
}

/** The measure a node's size shows. */
export function sizeValue(attrs: PersonAttributes, sizeBy: SizeBy): number {
  return sizeBy === 'documents' ? attrs.documents : (attrs[sizeBy] ?? 0);
}

/** Each node's size and colour under a look, for drawings that do not keep their own. */
export interface NodeLookFunctions {
  size(node: string, attrs: PersonAttributes): number;
  color(node: string, attrs: PersonAttributes): string;
}

/**
 * Sizes and colours of a look, over the size range the drawing uses (the explorer's may depend
 * on the number of people). Sizes follow the square root of the measure, as documents do
 * (graph/size.ts), so area tracks it.
 */
export function nodeLookFunctions(
  graph: CorrespondenceGraph,
  look: NodeLook,
  range: Partial<SizeOptions> = {},
): NodeLookFunctions {
  let max = 0;
  graph.forEachNode((_node, attrs) => {
    max = Math.max(max, sizeValue(attrs, look.sizeBy));
  });
  const sizes = communitySizes(graph);
  const palette = paletteForAffiliations(graph.mapNodes((_node, attrs) => attrs.affiliation));
  return {
    size: (_node, attrs) => nodeSize(sizeValue(attrs, look.sizeBy), max, range),
    color: (_node, attrs) =>
      look.colorBy === 'community'
        ? communityColor(attrs.community, sizes.get(attrs.community ?? 0) ?? 0)
        : (palette.get(attrs.affiliation) ?? '#8C8C8C'),
  };
}

/** The legend's colour entries under a look: affiliations, or the ten largest communities. */
export function legendEntries(
  graph: CorrespondenceGraph,
  look: NodeLook,
): { label: string; color: string }[] {
  if (look.colorBy === 'affiliation') {
    const palette = paletteForAffiliations(graph.mapNodes((_node, attrs) => attrs.affiliation));
    return [...palette].map(([label, color]) => ({ label, color }));
  }
  const sizes = [...communitySizes(graph)].sort((a, b) => a[0] - b[0]);
  const named = sizes.filter(
    ([community, size]) => size >= 2 && community <= COMMUNITY_COLORS.length,
  );
  const rest = sizes.length - named.length;
  return [
    ...named.map(([community, size]) => ({
      label: `Community ${community} (${size} people)`,
      color: communityColor(community, size),
    })),
    ...(rest > 0
      ? [
          {
            label: `${rest} smaller communit${rest === 1 ? 'y' : 'ies'}`,
            color: SMALL_COMMUNITY_COLOR,
          },
        ]
      : []),
  ];
}
