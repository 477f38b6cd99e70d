/**
 * CSV exports (RFC 4180, CRLF, UTF-8): the documents in the project's own corpus format, so an
 * export can be edited and built again; the edges and the people as tables for spreadsheets and
 * for Gephi's spreadsheet import.
 */
// Papaparse is a UMD bundle: Node's ESM loader sees only its default export.
import Papa from 'papaparse';
import { dateColumnText } from '../dates.ts';
import type { DocumentRecord, Role } from '../types.ts';
import { PERSON_COUNTS } from '../types.ts';
import type { ExportSelection } from './selection.ts';

/**
 * Cells that spreadsheets would run as formulas. Papaparse's own default pattern ends in `.*$`
 * without the `s` flag, so it misses a cell like "=HYPERLINK(…)\n…" that spans lines; this one
 * looks at the first character only. Such cells get a leading apostrophe (OWASP's advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

type Cell = string | number | boolean;

function toCsv(fields: readonly string[], rows: Cell[][]): string {
  const body = Papa.unparse(
    { fields: [...fields], data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START, header: true },
  );
  return `${body}\r\n`;
}

/** The columns of data/documents.csv, in its order. */
export const DOCUMENT_CSV_COLUMNS = [
  'id',
  'title',
  'date',
  'type',
  'senders',
  'recipients',
  'via',
  'originators',
  'participants',
  'mentions',
  'places',
  'summary',
  'collection',
  'source',
  'notes',
  'number',
  'url',
] as const;

const ROLE_COLUMNS: readonly Role[] = [
  'senders',
  'recipients',
  'via',
  'originators',
  'participants',
  'mentions',
];

/** A person's name as the corpus registry knows it; the whole corpus, not the selection. */
function labelOf(selection: ExportSelection, person: string): string {
  const { graph } = selection.corpus;
  return graph.hasNode(person) ? graph.getNodeAttribute(person, 'label') : person;
}

const BRACKETS = /[[\]()]/;

/**
 * A name for a role column that the build reads back as the same person. The title parser reads
 * brackets in a name as a real name, a place or a note ("Filippov [Stalin]"), so a label with
 * brackets ("Central Committee of the VKP(b)") gives way to the first alias without any.
 */
function writtenName(selection: ExportSelection, person: string): string {
  const { graph } = selection.corpus;
  if (!graph.hasNode(person)) return person;
  const { label, aliases } = graph.getNodeAttributes(person);
  if (!BRACKETS.test(label)) return label;
  return aliases.find((alias) => !BRACKETS.test(alias)) ?? label;
}

/**
 * The curator's notes of a record. The parser's notes ("draft", "Soviet Translation") are read
 * from the title and would be read again on import, so a note the title contains is left out.
 */
function curatorNotes(doc: DocumentRecord): string {
  const title = doc.title.toLowerCase();
  return doc.notes.filter((note) => !title.includes(note.toLowerCase())).join(' ');
}

/**
 * The documents in the corpus format of data/documents.csv. Role columns hold the registry's names
 * ("Joseph Stalin" where the title says "Filippov"), so a build of this file gives the same people
 * in the same roles; the date is the ISO date at its precision, a range as an ISO interval
 * ("1680-03/1681-05"; open, "../1795-03", for "not after"), a qualifier before it ("circa 1949").
 * An empty role stays empty: the
 * curation marks "-" and "+" are never written, and a name starting with them is defused.
 */
export function documentsToCsv(selection: ExportSelection): string {
  const rows = selection.documents.map((doc) => {
    const roles = Object.fromEntries(
      ROLE_COLUMNS.map((role) => [
        role,
        doc.roles[role].map((ref) => writtenName(selection, ref.person)).join('; '),
      ]),
    ) as Record<Role, string>;
    const row: Record<(typeof DOCUMENT_CSV_COLUMNS)[number], string> = {
      id: doc.id,
      title: doc.title,
      date: dateColumnText(doc.date),
      type: doc.type,
      ...roles,
      places: doc.places.join('; '),
      summary: doc.summary,
      collection: doc.collection,
      source: doc.source,
      notes: curatorNotes(doc),
      number: doc.number ?? '',
      url: doc.url ?? '',
    };
    return DOCUMENT_CSV_COLUMNS.map((column) => row[column]);
  });
  return toCsv(DOCUMENT_CSV_COLUMNS, rows);
}

/**
 * Column names avoid Gephi's reserved "type" (directed/undirected) for the document type, and
 * use its "id", "source" and "target" so the table imports as edges directly.
 */
export const EDGE_CSV_COLUMNS = [
  'id',
  'source',
  'source_label',
  'target',
  'target_label',
  'document',
  'document_title',
  'hop',
  'from_role',
  'to_role',
  'kind',
  'date',
  'document_type',
] as const;

/** One row per edge (document hop) of the selection. */
export function edgesToCsv(selection: ExportSelection): string {
  const rows: Cell[][] = [];
  selection.graph.forEachEdge((edge, attrs, source, target) => {
    rows.push([
      edge,
      source,
      labelOf(selection, source),
      target,
      labelOf(selection, target),
      attrs.doc,
      selection.corpus.documents.get(attrs.doc)?.title ?? '',
      attrs.hop,
      attrs.fromRole,
      attrs.toRole,
      attrs.kind,
      attrs.date ?? '',
      attrs.type,
    ]);
  });
  return toCsv(EDGE_CSV_COLUMNS, rows);
}

export const PEOPLE_CSV_COLUMNS = [
  'id',
  'label',
  'kind',
  'affiliation',
  'role',
  'aliases',
  ...PERSON_COUNTS,
  'x',
  'y',
] as const;

/** One row per person or organisation of the selection, with counts and layout position. */
export function peopleToCsv(selection: ExportSelection): string {
  const rows: Cell[][] = selection.graph.mapNodes((node, a) => [
    node,
    a.label,
    a.kind,
    a.affiliation,
    a.role,
    a.aliases.join('; '),
    ...PERSON_COUNTS.map((key) => a[key]),
    a.x,
    a.y,
  ]);
  return toCsv(PEOPLE_CSV_COLUMNS, rows);
}
