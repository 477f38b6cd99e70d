/**
 * Opening a corpus in the browser: the files are read here and handed to the import worker, which
 * builds and lays out the corpus off the main thread. Everything stays on the user's machine.
 */
import { corpusFromJson } from '../graph/corpus.ts';
import type { Corpus } from '../graph/corpus.ts';
import type {
  ImportFile,
  ImportMessage,
  ImportStage,
  TablePreview,
  WorkerRequest,
} from '../formats/import-protocol.ts';
import type { FileChoice } from '../formats/letter-fields.ts';
import { decodeImportResult, MAX_IMPORT_BYTES } from '../formats/import-protocol.ts';
import type { BuildReport } from '../graph/report.ts';
import { nextTask } from '../render/idle.ts';

export interface ImportProgress {
  stage: ImportStage;
  done: number;
  total: number;
  detail: string;
}

export interface ImportOptions {
  defaultSender: string | null;
  defaultRecipient: string | null;
  map: Record<string, string>;
  /** The sheet and columns chosen in the dialog, by file name. */
  choices?: Record<string, FileChoice>;
}

export interface ImportResult {
  corpus: Corpus;
  report: BuildReport;
}

const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Refuse files over the limit before reading a byte of them. */
export function checkSizes(files: readonly { name: string; size: number }[]): string | null {
  const large = files.filter((file) => file.size > MAX_IMPORT_BYTES);
  if (large.length === 0) return null;
  return `${large.map((f) => `${f.name} (${megabytes(f.size)})`).join(', ')}: files up to ${megabytes(MAX_IMPORT_BYTES)} can be opened. Split large files; several files open as one corpus.`;
}

async function readFiles(files: readonly File[]): Promise<ImportFile[]> {
  return Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: await file.arrayBuffer() })),
  );
}

/**
 * Run one request in a worker of its own, passing each message to `onMessage` until it settles
 * the promise. The worker is ended at the first message that is not progress: it holds its own
 * copy of everything it sent, which should go before the page builds the corpus from the message
 * (at 10^5 letters, hundreds of megabytes at once).
 */
async function inWorker<T>(
  request: WorkerRequest,
  onMessage: (
    message: ImportMessage,
    resolve: (value: T) => void,
    reject: (e: Error) => void,
  ) => void,
): Promise<T> {
  const worker = new Worker(new URL('../data/import-worker.ts', import.meta.url), {
    type: 'module',
  });
  try {
    return await new Promise<T>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ImportMessage>) => {
        if (event.data.type !== 'progress') worker.terminate();
        onMessage(event.data, resolve, reject);
      };
      worker.onerror = (event) =>
        reject(new Error(`state/import: the import worker stopped: ${event.message}`));
      worker.postMessage(
        request,
        request.files.map((file) => file.bytes),
      );
    });
  } finally {
    worker.terminate();
  }
}

/**
 * The first rows of each table among the files, with the field read for each column, read in the
 * worker exactly as the import will read them (`choices`: a sheet or columns chosen already).
 */
export async function previewFiles(
  files: readonly File[],
  choices: Record<string, FileChoice> = {},
): Promise<TablePreview[]> {
  if (checkSizes(files)) return [];
  const request: WorkerRequest = { type: 'preview', files: await readFiles(files), choices };
  return inWorker<TablePreview[]>(request, (message, resolve, reject) => {
    if (message.type === 'preview') resolve(message.tables);
    else if (message.type === 'failed') reject(new Error(message.message));
  });
}

/** Import files into a new corpus, reporting progress; rejects with a readable message on failure. */
export async function importFiles(
  files: readonly File[],
  options: ImportOptions,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportResult> {
  const tooLarge = checkSizes(files);
  if (tooLarge) throw new Error(tooLarge);
  const { choices = {}, ...letters } = options;
  const request: WorkerRequest = {
    type: 'import',
    files: await readFiles(files),
    letters,
    choices,
  };
  return inWorker<ImportResult>(request, (message, resolve, reject) => {
    if (message.type === 'progress') return onProgress(message);
    if (message.type === 'preview') return;
    if (message.type === 'failed') return reject(new Error(message.message));
    // The worker has said "opening" before it encoded the result: the page reads it now.
    decodeImportResult(message, nextTask)
      .then(async (read) => {
        const corpus = corpusFromJson(read.graph, read.documents);
        // The page draws the new corpus in a task of its own.
        await nextTask();
        resolve({ corpus, report: read.report });
      })
      .catch((error: unknown) =>
        reject(new Error(`state/import: the result could not be read: ${String(error)}`)),
      );
  });
}
