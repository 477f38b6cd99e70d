/**
 * Messages between the explorer and its import worker. The worker reads the files, builds the
 * corpus and lays it out off the main thread, reporting progress, so the page stays responsive.
 */
import type { SerializedGraph } from 'graphology-types';
import type { DocumentsFile } from '../graph/corpus.ts';
import { documentsFilePieces, readDocumentsStream } from './corpus-files.ts';
import type { BuildReport } from '../graph/report.ts';
import type { PlaceTable } from '../graph/places.ts';
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
  files: ImportFile[];
  letters: {
    defaultSender: string | null;
    defaultRecipient: string | null;
    map: Record<string, string>;
  };
}

export type ImportStage = 'reading' | 'documents' | 'graph' | 'layout' | 'places' | 'opening';

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
