/**
 * A corpus already built: the build step's folder (graph.json and documents.json) or a graph JSON
 * exported with its documents. It opens as it was — its people, their names and positions, every
 * record — instead of being read and resolved again, which would lose what the build knew (the
 * registry it was resolved with, the curation) and invent nothing better.
 */
import type { SerializedGraph } from 'graphology-types';
import type {
  CorpusMeta,
  DocumentEdgeAttributes,
  DocumentRecord,
  PersonAttributes,
} from '../../graph/types.ts';
import { ROLES } from '../../graph/types.ts';
import { dateColumnText } from '../../graph/dates.ts';
import { curatorNote } from '../../formats/documents-csv.ts';
import type { PlaceTable } from '../../graph/places.ts';
import type { TableRow } from '../io/tables.ts';
import type { IssueLog } from '../issues.ts';
import { givenParty, givenPlace } from './given-party.ts';

export interface BuiltCorpus {
  /** The file the corpus was read from (graph JSON, or the folder's documents.json). */
  file: string;
  graph: SerializedGraph<PersonAttributes, DocumentEdgeAttributes, Partial<CorpusMeta>>;
  documents: DocumentRecord[];
  meta: Partial<CorpusMeta>;
  /** The place table it was built with, when the file carries one (kept as it was). */
  places?: PlaceTable;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A place table as the build writes it (untrusted: every located place checked). */
export function isPlaceTable(value: unknown): value is PlaceTable {
  return (
    isObject(value) &&
    Array.isArray(value.located) &&
    value.located.every(
      (place) =>
        isObject(place) &&
        typeof place.key === 'string' &&
        typeof place.name === 'string' &&
        typeof place.lat === 'number' &&
        typeof place.lon === 'number',
    ) &&
    isObject(value.forms) &&
    Object.values(value.forms).every((key) => typeof key === 'string') &&
    Array.isArray(value.unlocated)
  );
}

const isParty = (value: unknown): boolean =>
  isObject(value) && typeof value.person === 'string' && typeof value.asWritten === 'string';

/**
 * Whether a value has the shape of a document record: what the explorer reads of every record
 * without checking again. A record from a file is untrusted text like any other.
 */
export function isDocumentRecord(value: unknown): value is DocumentRecord {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.title !== 'string')
    return false;
  const { date, roles, origin } = value;
  return (
    isObject(date) &&
    (date.iso === null || typeof date.iso === 'string') &&
    typeof date.precision === 'string' &&
    isObject(roles) &&
    ROLES.every((role) => Array.isArray(roles[role]) && roles[role].every(isParty)) &&
    Array.isArray(value.places) &&
    value.places.every((place) => typeof place === 'string') &&
    Array.isArray(value.notes) &&
    Array.isArray(value.curated) &&
    typeof value.type === 'string' &&
    typeof value.summary === 'string' &&
    typeof value.collection === 'string' &&
    typeof value.source === 'string' &&
    typeof value.placement === 'string' &&
    isObject(origin) &&
    typeof origin.file === 'string' &&
    typeof origin.line === 'number'
  );
}

/**
 * The records of a documents list, each checked; one of another shape is reported with its
 * position (documents.json holds one record a line, after the corpus line) and left out.
 */
export function checkedDocuments(list: unknown[], file: string, log: IssueLog): DocumentRecord[] {
  return list.filter((doc, i): doc is DocumentRecord => {
    if (isDocumentRecord(doc)) return true;
    log.error(file, i + 2, `record ${i + 1} is not a document record of Cablegraph; left out`, {
      column: 1,
    });
    return false;
  });
}

/** A graph JSON with a `documents` list (Cablegraph's export) as a built corpus; null if none. */
export function builtFromGraphJson(
  data: Record<string, unknown>,
  file: string,
  log: IssueLog,
): BuiltCorpus | null {
  if (!Array.isArray(data.documents)) return null;
  const graph = data as unknown as BuiltCorpus['graph'];
  const attributes = isObject(data.attributes) ? data.attributes : {};
  const meta: Partial<CorpusMeta> = {};
  for (const key of ['name', 'slug', 'credit', 'description', 'url'] as const)
    if (typeof attributes[key] === 'string') meta[key] = attributes[key];
  const places = isPlaceTable(data.places) ? { places: data.places } : {};
  return { file, graph, documents: checkedDocuments(data.documents, file, log), meta, ...places };
}

/**
 * A built corpus as rows, to merge it with other inputs: each record with its parties as given
 * (the node's label to resolve, the name as written, the node's authority ids and kind) and its
 * places. The merge resolves them again with the other inputs; what only the original registry
 * knew of a person (affiliation, aliases) does not come with them.
 */
export function builtRows(built: BuiltCorpus): TableRow[] {
  const nodes = new Map(built.graph.nodes.map((node) => [node.key, node.attributes]));
  return built.documents.map((doc) => {
    const fields: Record<string, string> = {
      id: doc.id,
      title: doc.title,
      date: doc.date.asWritten ?? dateColumnText(doc.date),
      type: doc.type,
      number: doc.number ?? '',
      summary: doc.summary,
      collection: doc.collection,
      source: doc.source,
      notes: curatorNote(doc),
      url: doc.url ?? '',
    };
    const parties: NonNullable<TableRow['parties']> = {};
    for (const role of ROLES) {
      parties[role] = doc.roles[role].map((ref) => {
        const node = nodes.get(ref.person);
        const party = givenParty(node?.label ?? ref.asWritten, {
          authority: node?.authority ?? [],
          kind: node?.kind ?? null,
          evidence: ref.evidence ?? null,
        });
        return { ...party, asWritten: ref.asWritten };
      });
      for (const unidentified of doc.unidentified ?? [])
        if (unidentified.role === role)
          parties[role]?.push({
            name: unidentified.asWritten,
            asWritten: unidentified.asWritten,
            kind: 'placeholder',
          });
    }
    const placeRefs = doc.placeRefs ?? doc.places.map((name) => givenPlace(name, 'sent', null));
    // Each record keeps where it was first read from (the edition's file and line).
    return {
      file: doc.origin.file,
      line: doc.origin.line,
      column: doc.origin.column ?? 1,
      get: (column: string) => fields[column] ?? '',
      has: (column: string) => column in fields,
      parties,
      partiesFrom: doc.partiesFrom ?? 'graph',
      placeRefs,
    };
  });
}
