/**
 * Graphs in graphology's JSON format as a corpus: Cablegraph's own export (edges carry document ids
 * and roles, so documents are rebuilt hop by hop), or any graph whose edges are letters from their
 * source to their target. Pure: runs in Node and in the browser.
 */
import { lineIndex, positionOf } from '../io/csv.ts';
import type { TableRow } from '../io/tables.ts';
import type { IssueLog } from '../issues.ts';
import type { ParsedParty } from '../parse/names.ts';
import { builtFromGraphJson } from './built-corpus.ts';
import { composeTitle } from './given-party.ts';
import type { BuiltCorpus } from './built-corpus.ts';
import { arrayElementOffsets, jsonErrorOffset } from './json-syntax.ts';

type Json = Record<string, unknown>;
type PartyRole = 'originators' | 'senders' | 'via' | 'recipients' | 'participants';

const ROLE_NAMES = new Set<string>(['originators', 'senders', 'via', 'recipients', 'participants']);

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/** Line and column of a JSON syntax error: JSON.parse gives no position for many errors. */
function position(source: string, message: string): { line: number; column: number } | null {
  const at = jsonErrorOffset(source) ?? Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
  return Number.isNaN(at) ? null : positionOf(source, at);
}

function party(node: Json | undefined, key: string): ParsedParty {
  const attrs = isObject(node?.attributes) ? node.attributes : {};
  const name = text(attrs.label) || key;
  const result: ParsedParty = { name, asWritten: name };
  const uris = (Array.isArray(attrs.authority) ? attrs.authority : [attrs.authority])
    .map((uri) => text(uri))
    .filter((uri) => /^https?:\/\//i.test(uri));
  const [authority, ...sameAs] = uris;
  if (authority) result.authority = authority;
  if (sameAs.length > 0) result.sameAs = sameAs;
  if (attrs.kind === 'organisation' || attrs.kind === 'person') result.kind = attrs.kind;
  return result;
}

/** Where an edge starts in the file. */
type Place = { line: number; column: number };

function row(
  file: string,
  at: Place,
  fields: Record<string, string>,
  parties: Record<PartyRole, ParsedParty[]>,
): TableRow {
  return {
    file,
    line: at.line,
    column: at.column,
    get: (c) => fields[c] ?? '',
    has: (c) => c in fields,
    parties: { ...parties, mentions: [] },
    partiesFrom: 'graph',
  };
}

const emptyRoles = (): Record<PartyRole, ParsedParty[]> => ({
  originators: [],
  senders: [],
  via: [],
  recipients: [],
  participants: [],
});

/**
 * Read a graphology JSON graph into rows; malformed JSON or shapes are reported, never thrown. A
 * graph with its documents (Cablegraph's export) is a built corpus, opened as it was.
 */
export function graphJsonRows(
  source: string,
  file: string,
  log: IssueLog,
  options: { idPrefix?: string } = {},
): { rows: TableRow[]; built: BuiltCorpus | null } {
  const data = parseGraphJson(source, file, log);
  if (!data) return { rows: [], built: null };
  const built = builtFromGraphJson(data, file, log);
  if (built) return { rows: [], built };
  // Edges are named by line and column: the offsets of each, once, over the whole text.
  const locate = lineIndex(source.replace(/^\uFEFF/, ''));
  const offsets = arrayElementOffsets(source.replace(/^\uFEFF/, ''), 'edges');
  const place = (index: number): Place => locate(offsets[index] ?? 0);
  return { rows: edgeRows(data, file, log, options.idPrefix ?? '', place), built: null };
}

/** The JSON of a graph, or null (reported) when it is not JSON or not shaped like a graph. */
function parseGraphJson(
  source: string,
  file: string,
  log: IssueLog,
): ({ nodes: unknown[]; edges: unknown[] } & Json) | null {
  let data: unknown;
  // A byte-order mark (Windows editors write one) is not JSON, but it is not an error either.
  const json = source.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(json);
  } catch (error) {
    const where = position(json, (error as Error).message);
    log.error(
      file,
      where?.line,
      `not valid JSON: ${(error as Error).message}`,
      where ? { column: where.column } : {},
    );
    return null;
  }
  if (!isObject(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    log.error(
      file,
      1,
      'expected a graph in graphology\'s JSON format: an object with "nodes" and "edges" arrays',
      { column: 1 },
    );
    return null;
  }
  return data as { nodes: unknown[]; edges: unknown[] } & Json;
}

/** Rows from a graph's edges: Cablegraph's hops gathered by document, any other edge a letter. */
function edgeRows(
  data: { nodes: unknown[]; edges: unknown[] },
  file: string,
  log: IssueLog,
  prefix: string,
  place: (index: number) => Place,
): TableRow[] {
  const nodes = new Map<string, Json>();
  for (const node of data.nodes)
    if (isObject(node) && text(node.key)) nodes.set(text(node.key), node);
  const byDocument = new Map<
    string,
    {
      fields: Record<string, string>;
      roles: Record<PartyRole, ParsedParty[]>;
      seen: Set<string>;
      at: Place;
    }
  >();
  const rows: TableRow[] = [];
  data.edges.forEach((edge: unknown, index: number) => {
    if (!isObject(edge) || !text(edge.source) || !text(edge.target)) {
      log.error(
        file,
        place(index).line,
        `edge ${index + 1} has no source or target; it was not read`,
        {
          column: place(index).column,
        },
      );
      return;
    }
    const attrs = isObject(edge.attributes) ? edge.attributes : {};
    const source = text(edge.source);
    const target = text(edge.target);
    if (!nodes.has(source) || !nodes.has(target))
      log.warn(
        file,
        place(index).line,
        `edge ${index + 1} names a node not in "nodes"; its key is used as the name`,
        { column: place(index).column },
      );
    const doc = text(attrs.doc);
    const fromRole = text(attrs.fromRole);
    const toRole = text(attrs.toRole);
    if (doc && ROLE_NAMES.has(fromRole) && ROLE_NAMES.has(toRole)) {
      // Cablegraph's own export: edges are hops of documents; gather each document's parties.
      let entry = byDocument.get(doc);
      if (!entry) {
        entry = {
          fields: {
            id: doc,
            title: text(attrs.title) || '',
            date: text(attrs.date),
            type: text(attrs.type),
          },
          roles: emptyRoles(),
          seen: new Set(),
          at: place(index),
        };
        byDocument.set(doc, entry);
      }
      for (const [key, role] of [
        [source, fromRole],
        [target, toRole],
      ] as const) {
        if (entry.seen.has(`${role}:${key}`)) continue;
        entry.seen.add(`${role}:${key}`);
        entry.roles[role as PartyRole].push(party(nodes.get(key), key));
      }
      return;
    }
    const roles = emptyRoles();
    roles.senders.push(party(nodes.get(source), source));
    roles.recipients.push(party(nodes.get(target), target));
    const id = `${prefix}${text(edge.key) || `edge-${index + 1}`}`;
    const fields = {
      id,
      title: text(attrs.title) || text(attrs.label),
      date: text(attrs.date),
      type: text(attrs.type) || 'letter',
    };
    rows.push(row(file, place(index), fields, roles));
  });
  for (const { fields, roles, at } of byDocument.values()) rows.push(row(file, at, fields, roles));
  for (const r of rows) {
    if (r.get('title')) continue;
    const from = r.parties?.originators?.length ? r.parties.originators : r.parties?.senders;
    const type = r.get('type') || 'letter';
    const title = composeTitle(type, from ?? [], r.parties?.recipients ?? [], r.get('date'));
    const original = r.get;
    r.get = (c) => (c === 'title' ? title : original(c));
  }
  return rows;
}
