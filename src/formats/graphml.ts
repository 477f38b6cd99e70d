/**
 * GraphML export (yEd, Cytoscape, NetworkX, igraph): every node with its attributes, every document
 * hop as its own edge, so parallel edges survive. Written by hand: the format is small, and owning
 * the escaping means any title or name stays well-formed XML.
 */
import type { DocumentEdgeAttributes, PersonAttributes } from '../graph/types.ts';
import { PERSON_COUNTS } from '../graph/types.ts';
import { betweennessEstimated, MEASURE_ATTRIBUTES, measuresSentence } from './measures-note.ts';
import type { ExportSelection } from './selection.ts';

/** Characters XML 1.0 does not allow at all, not even escaped (lone surrogates included). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Remove the characters no XML 1.0 document may contain (control characters, lone surrogates). */
export function xmlChars(value: string): string {
  return value.replace(NOT_XML, '');
}

/** Text content: markup characters escaped, CR kept as a reference so parsers do not fold it. */
export function xmlText(value: string): string {
  return xmlChars(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes; tabs and line breaks as references survive normalisation. */
export function xmlAttr(value: string): string {
  return xmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

type GraphmlType = 'string' | 'int' | 'double' | 'boolean';

interface KeySpec<A> {
  name: keyof A & string;
  type: GraphmlType;
  /** What the values mean, for the reader of the file (GraphML's <desc>). */
  desc?: string;
}

const NODE_KEYS: KeySpec<PersonAttributes>[] = [
  { name: 'label', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'affiliation', type: 'string' },
  { name: 'role', type: 'string' },
  { name: 'aliases', type: 'string' },
  { name: 'authority', type: 'string' },
  { name: 'registered', type: 'boolean' },
  ...PERSON_COUNTS.map((name) => ({ name, type: 'int' as const })),
  ...MEASURE_ATTRIBUTES.map(({ name, type }) => ({ name, type })),
  { name: 'x', type: 'double' },
  { name: 'y', type: 'double' },
];

/** Edge keys: the edge's own attributes, and its document's title for tools that label edges. */
const EDGE_KEYS: KeySpec<DocumentEdgeAttributes & { title: string }>[] = [
  { name: 'doc', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'hop', type: 'int' },
  { name: 'fromRole', type: 'string' },
  { name: 'toRole', type: 'string' },
  { name: 'date', type: 'string' },
  { name: 'dateEnd', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'title', type: 'string' },
];

/** The graph's own facts: the corpus, the scope, and how the people's measures were computed. */
interface GraphFacts {
  name: string;
  credit: string;
  description: string;
  url: string | null;
  scope: string;
  measures: string;
  betweennessEstimated: boolean;
  betweennessSources: number;
  measuredPeople: number;
  communities: number;
  measuresSeed: number;
}

const GRAPH_KEYS: KeySpec<GraphFacts>[] = [
  { name: 'name', type: 'string' },
  { name: 'credit', type: 'string' },
  { name: 'description', type: 'string' },
  { name: 'url', type: 'string' },
  { name: 'scope', type: 'string' },
  { name: 'measures', type: 'string' },
  {
    name: 'betweennessEstimated',
    type: 'boolean',
    desc: "true when the nodes' betweenness is estimated from a seeded sample of sources",
  },
  { name: 'betweennessSources', type: 'int' },
  { name: 'measuredPeople', type: 'int' },
  { name: 'communities', type: 'int' },
  { name: 'measuresSeed', type: 'int' },
];

/** The graph's facts from the selection; the measures' only when the corpus was measured. */
function graphFacts(selection: ExportSelection): Partial<GraphFacts> {
  const { meta } = selection.corpus;
  const note = selection.graph.getAttribute('measures');
  const facts = { ...meta, measures: undefined, scope: selection.scope };
  if (!note) return facts;
  return {
    ...facts,
    measures: measuresSentence(note, selection.scope),
    betweennessEstimated: betweennessEstimated(note),
    betweennessSources: note.betweennessSources,
    measuredPeople: note.people,
    communities: note.communities,
    measuresSeed: note.seed,
  };
}

/** A key declaration, with its description when it has one. */
function keyLine(
  prefix: string,
  domain: string,
  key: { name: string; type: GraphmlType; desc?: string },
): string {
  const head = `  <key id="${prefix}_${key.name}" for="${domain}" attr.name="${key.name}" attr.type="${key.type}"`;
  return key.desc ? `${head}><desc>${xmlText(key.desc)}</desc></key>` : `${head}/>`;
}

/** The value as GraphML writes it; null for an empty value, which is left out. */
function formatValue(value: unknown, separator = '; '): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length > 0 ? value.join(separator) : null;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  return String(value);
}

function dataLines(
  prefix: string,
  keys: readonly { name: string }[],
  attrs: Record<string, unknown>,
  indent: string,
): string[] {
  return keys.flatMap(({ name }) => {
    // URIs hold no space: several are written as @ref writes them.
    const value = formatValue(attrs[name], name === 'authority' ? ' ' : '; ');
    return value === null
      ? []
      : [`${indent}<data key="${prefix}_${name}">${xmlText(value)}</data>`];
  });
}

/**
 * The selection as a GraphML document: declared keys with their types, nodes, and one edge per
 * document hop with the edge key as its id. Empty values (no date, no role) are left out.
 */
export function toGraphml(selection: ExportSelection): string {
  const { graph, corpus } = selection;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
      ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const key of GRAPH_KEYS) lines.push(keyLine('g', 'graph', key));
  for (const key of NODE_KEYS) lines.push(keyLine('n', 'node', key));
  for (const key of EDGE_KEYS) lines.push(keyLine('e', 'edge', key));
  lines.push(`  <graph id="${xmlAttr(corpus.meta.slug || 'cablegraph')}" edgedefault="directed">`);
  lines.push(...dataLines('g', GRAPH_KEYS, graphFacts(selection), '    '));
  graph.forEachNode((node, attrs) => {
    lines.push(`    <node id="${xmlAttr(node)}">`);
    lines.push(...dataLines('n', NODE_KEYS, attrs as unknown as Record<string, unknown>, '      '));
    lines.push('    </node>');
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    lines.push(
      `    <edge id="${xmlAttr(edge)}" source="${xmlAttr(source)}" target="${xmlAttr(target)}">`,
    );
    const title = corpus.documents.get(attrs.doc)?.title;
    lines.push(...dataLines('e', EDGE_KEYS, { ...attrs, title }, '      '));
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
