/**
 * Opening a corpus in the browser: the files are read here and handed to the import worker, which
 * builds and lays out the corpus off the main thread. Everything stays on the user's machine.
 */
import { corpusFromJson } from '../graph/corpus.ts';
import type { Corpus } from '../graph/corpus.ts';
import type { ImportMessage, ImportRequest, ImportStage } from '../formats/import-protocol.ts';
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

/** Import files into a new corpus, reporting progress; rejects with a readable message on failure. */
export async function importFiles(
  files: readonly File[],
  options: ImportOptions,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportResult> {
  const tooLarge = checkSizes(files);
  if (tooLarge) throw new Error(tooLarge);
  const buffers = await Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: await file.arrayBuffer() })),
  );
  const worker = new Worker(new URL('../data/import-worker.ts', import.meta.url), {
    type: 'module',
  });
  try {
    return await new Promise<ImportResult>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ImportMessage>) => {
        const message = event.data;
        if (message.type === 'progress') return onProgress(message);
        // The worker holds its own copy of everything it sent: let it go before the page builds
        // the corpus from the message (at 10^5 letters, hundreds of megabytes at once).
        worker.terminate();
        // The worker has said "opening" before it encoded the result: the page reads it now.
        if (message.type === 'failed') return reject(new Error(message.message));
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
      };
      worker.onerror = (event) =>
        reject(new Error(`state/import: the import worker stopped: ${event.message}`));
      const request: ImportRequest = { files: buffers, letters: options };
      worker.postMessage(
        request,
        buffers.map((b) => b.bytes),
      );
    });
  } finally {
    worker.terminate();
  }
}
