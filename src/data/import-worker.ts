/// <reference lib="webworker" />
/**
 * The import worker: the pure parts of the build step (reading, parsing, resolving, building,
 * laying out) run here, in the browser, off the page's main thread. Nothing leaves the machine.
 * It also previews tables (their first rows and the field read for each column) for the dialog.
 */
import type { ImportMessage, ImportRequest, WorkerRequest } from '../formats/import-protocol.ts';
import { encodeImportResult, MAX_IMPORT_BYTES } from '../formats/import-protocol.ts';
import { buildCorpus, locateBuild } from './build/pipeline.ts';
import type { BuildResult } from './build/pipeline.ts';
import type { LetterField } from './import/letters-csv.ts';
import { readOpenedFiles } from './import/open-files.ts';
import type { OpenedFile } from './import/open-files.ts';
import { previewFile } from './import/preview.ts';
import { isWorkbook } from './import/sheets.ts';
import type { SpreadsheetLibrary, SpreadsheetLoader } from './import/sheets.ts';
import { IssueLog } from './issues.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportMessage): void => scope.postMessage(message);

/**
 * SheetJS, loaded only when a workbook is among the files: it is larger than the rest of the
 * import together (~140 kB gzip), and most corpora are CSV or CMIF.
 */
async function spreadsheetsFor(files: readonly OpenedFile[]): Promise<SpreadsheetLoader | null> {
  if (!files.some((file) => isWorkbook(file.name, file.bytes))) return null;
  const library: SpreadsheetLibrary = await import('@e965/xlsx');
  return () => library;
}

/**
 * Places the corpus's registry does not locate, located through the gazetteer, fetched only now
 * (6.4 MB): a corpus without such places never loads it. If it cannot be loaded, the places
 * stay listed as not on the map, with that reason.
 */
async function locatePending(result: BuildResult): Promise<BuildResult> {
  if (result.placesPending === 0) return result;
  post({ type: 'progress', stage: 'places', done: 0, total: 1, detail: '' });
  try {
    const { fetchGazetteer } = await import('./places/fetch-gazetteer.ts');
    return locateBuild(result, await fetchGazetteer());
  } catch {
    return result;
  }
}

async function build(
  request: ImportRequest,
  files: OpenedFile[],
  spreadsheets: SpreadsheetLoader | null,
) {
  const log = new IssueLog();
  // The registry comes with the corpus (files the user opened with it), never the site's.
  const input = readOpenedFiles(
    files,
    log,
    {
      maxBytes: MAX_IMPORT_BYTES,
      files: request.choices,
      spreadsheets,
      letters: {
        defaultSender: request.letters.defaultSender,
        defaultRecipient: request.letters.defaultRecipient,
        map: request.letters.map as Partial<Record<LetterField, string>>,
      },
    },
    (index, name) =>
      post({ type: 'progress', stage: 'reading', done: index, total: files.length, detail: name }),
  );
  const built = buildCorpus(input, log, {
    releaseRows: true,
    onProgress: (stage, done, total) => post({ type: 'progress', stage, done, total, detail: '' }),
  });
  const result = await locatePending(built);
  post({ type: 'progress', stage: 'opening', done: 0, total: 1, detail: '' });
  const { bytes, transfer } = encodeImportResult(
    result.graph.export(),
    input.meta,
    result.documents,
    result.report,
    result.places,
  );
  scope.postMessage({ type: 'done', ...bytes } satisfies ImportMessage, transfer);
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    const files = request.files.map((file) => ({
      name: file.name,
      bytes: new Uint8Array(file.bytes),
    }));
    const spreadsheets = await spreadsheetsFor(files);
    if (request.type === 'preview') {
      const tables = files.flatMap((file) => {
        const choice = request.choices[file.name] ?? {};
        const preview = previewFile(file.name, file.bytes, { choice, letters: {}, spreadsheets });
        return preview ? [preview] : [];
      });
      post({ type: 'preview', tables });
      return;
    }
    await build(request, files, spreadsheets);
  } catch (error) {
    post({ type: 'failed', message: `data/import: ${(error as Error).message}` });
  }
};
