/**
 * documents.json, written one record per line. It stays one ordinary JSON value, but the explorer
 * can read it a slice of records at a time, with pauses between, instead of one JSON.parse of tens
 * of megabytes that would freeze the page for a second after a large network is drawn.
 */
import type { DocumentsFile } from '../graph/corpus.ts';
import type { PlaceTable } from '../graph/places.ts';
import type { CorpusMeta, DocumentRecord } from '../graph/types.ts';

const TAIL = '\n]}\n';

/**
 * The text of documents.json: the corpus (and its place table, for the map) on the first line,
 * then one record per line.
 */
export function documentsFileText(
  corpus: Partial<CorpusMeta>,
  documents: readonly DocumentRecord[],
  places: PlaceTable | null = null,
): string {
  return [...documentsFilePieces(corpus, documents, undefined, places)].join('');
}

/**
 * documents.json in consecutive pieces of at most `recordsPerPiece` records (joined, exactly
 * `documentsFileText`): a large file can be written, sent or encoded without one string of it all.
 */
export function* documentsFilePieces(
  corpus: Partial<CorpusMeta>,
  documents: readonly DocumentRecord[],
  recordsPerPiece = 4000,
  places: PlaceTable | null = null,
): Generator<string> {
  const table = places ? `,"places":${JSON.stringify(places)}` : '';
  yield `{"corpus":${JSON.stringify(corpus)}${table},"documents":[\n`;
  for (let start = 0; start < documents.length; start += recordsPerPiece) {
    // JSON.stringify escapes line breaks inside strings, so each record is exactly one line.
    const lines = documents.slice(start, start + recordsPerPiece).map((doc) => JSON.stringify(doc));
    yield `${start > 0 ? ',\n' : ''}${lines.join(',\n')}`;
  }
  yield TAIL;
}

export interface ReadDocumentsOptions {
  /** Records per JSON.parse. */
  sliceSize: number;
  /** Awaited between slices: yield to the browser there. */
  pause: () => Promise<void>;
}

export const DEFAULT_READ_DOCUMENTS_OPTIONS: ReadDocumentsOptions = {
  sliceSize: 4000,
  pause: () => Promise.resolve(),
};

/**
 * Read documents.json as its text arrives, in pieces cut anywhere: each complete line is a record,
 * parsed a slice at a time, so decoding and parsing never hold the page in one long task. A file
 * laid out otherwise is parsed whole.
 */
export async function readDocumentsStream(
  pieces: AsyncIterable<string> | Iterable<string>,
  options: Partial<ReadDocumentsOptions> = {},
): Promise<DocumentsFile> {
  const { sliceSize, pause } = { ...DEFAULT_READ_DOCUMENTS_OPTIONS, ...options };
  let pending = '';
  let corpus: Partial<CorpusMeta> | null = null;
  let places: PlaceTable | undefined;
  let whole: string[] | null = null;
  const documents: DocumentRecord[] = [];
  let lines: string[] = [];
  let sincePause = 0;
  const parseLines = async (): Promise<void> => {
    if (lines.length === 0) return;
    const records = JSON.parse(`[${lines.join(',')}]`) as DocumentRecord[];
    lines = [];
    for (const record of records) documents.push(record);
    sincePause += records.length;
    if (sincePause >= sliceSize) {
      sincePause = 0;
      await pause();
    }
  };
  /** False when the first line shows another layout. */
  const takeLine = async (line: string): Promise<boolean> => {
    if (corpus === null) {
      // The head line is the file's object up to its records: the corpus, and the places if any.
      if (!line.startsWith('{"corpus":') || !line.endsWith(',"documents":[')) return false;
      const head = JSON.parse(`${line}]}`) as DocumentsFile;
      corpus = head.corpus;
      places = head.places;
      return true;
    }
    if (line === ']}') return true;
    lines.push(line.endsWith(',') ? line.slice(0, -1) : line);
    if (lines.length >= sliceSize) await parseLines();
    return true;
  };
  for await (const piece of pieces) {
    if (whole) {
      whole.push(piece);
      continue;
    }
    pending += piece;
    let start = 0;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
      if (!(await takeLine(pending.slice(start, end)))) break;
      start = end + 1;
    }
    if (corpus === null && start === 0 && pending.includes('\n')) {
      // Another layout (compact, indented, hand-written): read the whole text at the end.
      whole = [pending];
      continue;
    }
    pending = pending.slice(start);
  }
  if (whole) return JSON.parse(whole.join('')) as DocumentsFile;
  if (corpus === null || pending.trim() !== '') return JSON.parse(pending) as DocumentsFile;
  await parseLines();
  return places ? { corpus, places, documents } : { corpus, documents };
}
