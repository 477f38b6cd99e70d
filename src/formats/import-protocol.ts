/**
 * Messages between the explorer and its import worker. The worker reads the files, builds the
 * corpus and lays it out off the main thread, reporting progress, so the page stays responsive.
 */
import type { SerializedGraph } from 'graphology-types';
import type { DocumentsFile } from '../graph/corpus.ts';
import { documentsFilePieces, readDocumentsStream } from './corpus-files.ts';
import type { BuildReport } from '../graph/report.ts';
import type { PlaceTable } from '../graph/places.ts';
import type { ColumnDateOrder, FileChoice, LetterField } from './letter-fields.ts';
import type {
  CorpusMeta,
  DocumentEdgeAttributes,
  DocumentRecord,
  PersonAttributes,
} from '../graph/types.ts';

export interface ImportFile {
  name: string;
  bytes: ArrayBuffer;
}

/**
 * The files to open as one corpus, a registry (people.csv, offices.csv, places.csv) among them
 * when the user gives one; the layout's seed is the build's default.
 */
export interface ImportRequest {
  type: 'import';
  files: ImportFile[];
  letters: {
    defaultSender: string | null;
    defaultRecipient: string | null;
    map: Record<string, string>;
  };
  /** The sheet and columns chosen in the dialog, by file name. */
  choices: Record<string, FileChoice>;
}

/** Ask for the first rows of each table among the files, with the field read for each column. */
export interface PreviewRequest {
  type: 'preview';
  files: ImportFile[];
  choices: Record<string, FileChoice>;
}

/** The start of a table as it will be read: for the dialog's column mapping. */
export interface TablePreview {
  file: string;
  /** 'letters': read as a letter table; 'corpus': Cablegraph's corpus CSV (titles); 'unknown':
   * no column a letter table has was recognised. */
  kind: 'letters' | 'corpus' | 'unknown';
  /** A workbook's sheets, and the one shown; none for a text file. */
  sheets: string[];
  sheet: string | null;
  /** How a text file was decoded ("windows-1252", "utf-16le" …); null for a workbook. */
  encoding: string | null;
  header: string[];
  /** The first rows, each as long as the header. */
  rows: string[][];
  /** The field each column is read as (null: not read), as the header names say. */
  roles: (LetterField | null)[];
  /**
   * Each column's order of day and month as its values show it, were it read as dates; null for
   * a column with no numeric date ("3/4/1795") in it.
   */
  dateOrders: (ColumnDateOrder | null)[];
}

export type WorkerRequest = ImportRequest | PreviewRequest;

export type ImportStage =
  'reading' | 'documents' | 'graph' | 'measures' | 'layout' | 'places' | 'opening';

/**
 * The built corpus as UTF-8 JSON, the files the build step writes (graph.json, documents.json in
 * pieces, report.json): transferred, not cloned, so the page receives it at once and the worker's
 * copy of everything can go before the page makes its own (see `encodeImportResult`).
 */
export interface ImportResultBytes {
  graph: Uint8Array;
  documents: Uint8Array[];
  report: Uint8Array;
}

export type ImportMessage =
  | { type: 'progress'; stage: ImportStage; done: number; total: number; detail: string }
  | ({ type: 'done' } & ImportResultBytes)
  | { type: 'preview'; tables: TablePreview[] }
  | { type: 'failed'; message: string };

/** Files larger than this are refused before they are read, with the limit in the message. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** What the import hands the page: the serialised graph, the documents file and the report. */
export interface ImportResult {
  graph: SerializedGraph<PersonAttributes, DocumentEdgeAttributes>;
  documents: DocumentsFile;
  report: BuildReport;
}

/**
 * Encode a built corpus for the page. A structured clone of 10^5 records copied every object while
 * the worker still held its own (the import's peak memory) and rebuilt them all in one long task
 * on the page; bytes are handed over whole, and the page reads the documents a slice at a time.
 */
export function encodeImportResult(
  graph: SerializedGraph<PersonAttributes, DocumentEdgeAttributes>,
  corpus: CorpusMeta,
  documents: readonly DocumentRecord[],
  report: BuildReport,
  places: PlaceTable | null = null,
): { bytes: ImportResultBytes; transfer: ArrayBuffer[] } {
  const encoder = new TextEncoder();
  const bytes: ImportResultBytes = {
    graph: encoder.encode(JSON.stringify(graph)),
    documents: [...documentsFilePieces(corpus, documents, undefined, places)].map((piece) =>
      encoder.encode(piece),
    ),
    report: encoder.encode(JSON.stringify(report)),
  };
  const transfer = [bytes.graph, ...bytes.documents, bytes.report].map(
    (array) => array.buffer as ArrayBuffer,
  );
  return { bytes, transfer };
}

/**
 * Read an import's bytes back. Each documents piece is released once decoded and the records are
 * parsed a slice at a time, awaiting `pause` between slices so the page can draw and take input.
 */
export async function decodeImportResult(
  bytes: ImportResultBytes,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<ImportResult> {
  const decoder = new TextDecoder();
  const pieces = bytes.documents;
  function* texts(): Generator<string> {
    for (let piece = pieces.shift(); piece !== undefined; piece = pieces.shift())
      yield decoder.decode(piece);
  }
  // Each file is its own task at least: at 10^5 letters the graph alone is most of a second.
  const graph = JSON.parse(decoder.decode(bytes.graph)) as ImportResult['graph'];
  await pause();
  const documents = await readDocumentsStream(texts(), { pause });
  await pause();
  const report = JSON.parse(decoder.decode(bytes.report)) as BuildReport;
  await pause();
  return { graph, documents, report };
}
