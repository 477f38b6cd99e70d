/**
 * GEXF 1.3 export for Gephi: node attributes (authority ids and affiliation among them),
 * positions, sizes and colours as the explorer shows them (in the look its legend chose), and one
 * edge per document hop, keyed by the edge key and labelled with the document's title, so
 * parallel edges stay apart and each says which document it is, when, and of what type.
 */
import type { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { DocumentEdgeAttributes, PersonAttributes } from '../graph/types.ts';
import { PERSON_COUNTS } from '../graph/types.ts';
import { nodeSize } from '../graph/size.ts';
import { DEFAULT_NODE_LOOK, nodeLookFunctions, sizeValue } from './scene/look.ts';
import type { NodeLook } from './scene/look.ts';
import { xmlChars } from './graphml.ts';
import { betweennessEstimated, MEASURE_ATTRIBUTES, measuresSentence } from './measures-note.ts';
import type { ExportSelection } from './selection.ts';

export interface GexfOptions {
  /** Last-modified date of the file (ISO); today when null. */
  date: string | null;
  /** Indented output; Gephi reads either. */
  pretty: boolean;
  /** What `viz` sizes and colours show, as the explorer's legend chose it. */
  look: NodeLook;
}

export const DEFAULT_GEXF_OPTIONS: GexfOptions = {
  date: null,
  pretty: true,
  look: DEFAULT_NODE_LOOK,
};

/** Node attributes written to the file, in order; positions, size and colour go to `viz`. */
export const NODE_ATTRIBUTES = [
  'kind',
  'affiliation',
  'role',
  'aliases',
  'authority',
  'registered',
  ...PERSON_COUNTS,
  ...MEASURE_ATTRIBUTES.map((measure) => measure.name),
] as const satisfies readonly (keyof PersonAttributes)[];

export const EDGE_ATTRIBUTES = [
  'doc',
  'kind',
  'hop',
  'fromRole',
  'toRole',
  'date',
  'dateEnd',
  'type',
] as const satisfies readonly (keyof DocumentEdgeAttributes)[];

/** Several values in one attribute: names by "; ", URIs (which hold no space) by " ". */
const SEPARATORS: Partial<Record<string, string>> = { aliases: '; ', authority: ' ' };

/** The selection's graph with free-form graph attributes, which become the GEXF meta. */
type GexfGraph = MultiDirectedGraph<PersonAttributes, DocumentEdgeAttributes>;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The selection as a GEXF 1.3 document. Attribute types are inferred by the writer from the values
 * (counts become integers, `registered` a boolean); `aliases` is one string joined with "; ".
 */
export function toGexf(selection: ExportSelection, options: Partial<GexfOptions> = {}): string {
  const settings = { ...DEFAULT_GEXF_OPTIONS, ...options };
  const { corpus } = selection;
  // A copy whose graph attributes are exactly the GEXF meta, so nothing else leaks into <meta>.
  const graph = selection.graph.copy() as unknown as GexfGraph;
  const credit = corpus.meta.credit ? ` Source: ${corpus.meta.credit}.` : '';
  const note = selection.graph.getAttribute('measures');
  const measures = note ? ` ${measuresSentence(note, selection.scope)}` : '';
  graph.replaceAttributes({
    creator: 'Cablegraph',
    description: `${corpus.meta.name}: correspondence network exported by Cablegraph (${selection.scope === 'all' ? 'whole corpus' : 'filtered view'}).${credit}${measures}`,
    lastModifiedDate: settings.date ?? today(),
  });
  const vizOf = vizFunctions(selection, settings.look);
  const xml = write(graph, {
    version: '1.3',
    pretty: settings.pretty,
    pedantic: true,
    formatNode: (key, attrs) => {
      const values: Record<string, string | number | boolean> = {};
      for (const name of NODE_ATTRIBUTES) {
        const value = attrs[name] ?? '';
        values[name] = Array.isArray(value) ? value.join(SEPARATORS[name] ?? '; ') : value;
      }
      return {
        label: attrs.label,
        attributes: values,
        viz: { color: vizOf.color(key, attrs), size: vizOf.size(attrs), x: attrs.x, y: attrs.y },
      };
    },
    formatEdge: (_key, attrs) => {
      const values: Record<string, string | number | null> = {};
      for (const name of EDGE_ATTRIBUTES) values[name] = attrs[name] ?? null;
      const title = corpus.documents.get(attrs.doc)?.title;
      return { attributes: values, ...(title ? { label: title } : {}) };
    },
  });
  // The writer escapes markup but keeps control characters, which no XML parser accepts.
  return xmlChars(note ? declareBetweenness(xml, betweennessEstimated(note)) : xml);
}

/**
 * A node's `viz` colour and size under a look. Colours are the explorer's, over the whole corpus
 * (its palette and community sizes), so a filtered export keeps them; sizes span the exported
 * people's own range of the measure, as they always have for documents.
 */
function vizFunctions(
  selection: ExportSelection,
  look: NodeLook,
): { color(node: string, attrs: PersonAttributes): string; size(attrs: PersonAttributes): number } {
  const { color } = nodeLookFunctions(selection.corpus.graph, look);
  let max = 0;
  selection.graph.forEachNode((_node, attrs) => {
    max = Math.max(max, sizeValue(attrs, look.sizeBy));
  });
  return { color, size: (attrs) => nodeSize(sizeValue(attrs, look.sizeBy), max) };
}

const BETWEENNESS_DECLARATION =
  /(\s*)<attribute id="betweenness" title="betweenness" type="\w+"\/>/;

/**
 * The writer infers each attribute's type from its values: a betweenness that is whole for every
 * node (0 in a graph without brokers, a filtered view of one pair) would be declared "integer",
 * and Gephi would make an integer column of it. Declared here as the measure is, a double, and
 * followed by `betweennessEstimated`, a boolean whose default (GEXF has no graph attributes) says
 * for every node whether the figure is exact or a sampled estimate.
 */
function declareBetweenness(xml: string, estimated: boolean): string {
  return xml.replace(BETWEENNESS_DECLARATION, (_all, space: string) => {
    const inner = space.length > 0 ? `${space}  ` : '';
    return (
      `${space}<attribute id="betweenness" title="betweenness" type="double"/>` +
      `${space}<attribute id="betweennessEstimated" title="betweennessEstimated" type="boolean">` +
      `${inner}<default>${estimated}</default>${space}</attribute>`
    );
  });
}
