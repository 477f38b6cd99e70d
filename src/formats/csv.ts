/**
 * CSV exports (RFC 4180, CRLF, UTF-8): the edges and the people as tables for spreadsheets and
 * for Gephi's spreadsheet import. The documents table is in documents-csv.ts.
 */
// Papaparse is a UMD bundle: Node's ESM loader sees only its default export.
import Papa from 'papaparse';
import { PERSON_COUNTS } from '../graph/types.ts';
import { MEASURE_ATTRIBUTES } from './measures-note.ts';
import type { ExportSelection } from './selection.ts';

/**
 * Cells that spreadsheets would run as formulas. Papaparse's own default pattern ends in `.*$`
 * without the `s` flag, so it misses a cell like "=HYPERLINK(…)\n…" that spans lines; this one
 * looks at the first character only. Such cells get a leading apostrophe (OWASP's advice), and
 * so does a cell already starting with apostrophes before one, so that `unescapeFormula` can take
 * exactly one off again and every cell reads back as it was.
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell as written before `toCsv` defused it. */
export function unescapeFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

type Cell = string | number | boolean;

/** Rows as CSV with a header line. */
export function toCsv(fields: readonly string[], rows: Cell[][]): string {
  const body = Papa.unparse(
    { fields: [...fields], data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START, header: true },
  );
  return `${body}\r\n`;
}

/** A person's name as the corpus registry knows it; the whole corpus, not the selection. */
function labelOf(selection: ExportSelection, person: string): string {
  const { graph } = selection.corpus;
  return graph.hasNode(person) ? graph.getNodeAttribute(person, 'label') : person;
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
  'authority',
  ...PERSON_COUNTS,
  ...MEASURE_ATTRIBUTES.map((measure) => measure.name),
  'x',
  'y',
] as const;

/**
 * One row per person or organisation of the selection, with counts, measures (empty for a graph
 * built without them) and layout position.
 */
export function peopleToCsv(selection: ExportSelection): string {
  const rows: Cell[][] = selection.graph.mapNodes((node, a) => [
    node,
    a.label,
    a.kind,
    a.affiliation,
    a.role,
    a.aliases.join('; '),
    (a.authority ?? []).join(' '),
    ...PERSON_COUNTS.map((key) => a[key]),
    ...MEASURE_ATTRIBUTES.map(({ name }) => a[name] ?? ''),
    a.x,
    a.y,
  ]);
  return toCsv(PEOPLE_CSV_COLUMNS, rows);
}
