/// <reference lib="webworker" />
/**
 * The import worker: the pure parts of the build step (reading, parsing, resolving, building,
 * laying out) run here, in the browser, off the page's main thread. Nothing leaves the machine.
 */
import type { ImportMessage, ImportRequest } from '../formats/import-protocol.ts';
import { encodeImportResult, MAX_IMPORT_BYTES } from '../formats/import-protocol.ts';
import { buildCorpus, locateBuild } from './build/pipeline.ts';
import type { BuildResult } from './build/pipeline.ts';
import type { LetterField } from './import/letters-csv.ts';
import { readOpenedFiles } from './import/open-files.ts';
import { IssueLog } from './issues.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportMessage): void => scope.postMessage(message);

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

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  try {
    const log = new IssueLog();
    const files = request.files.map((file) => ({
      name: file.name,
      bytes: new Uint8Array(file.bytes),
    }));
    // The registry comes with the corpus (files the user opened with it), never the site's.
    const input = readOpenedFiles(
      files,
      log,
      {
        maxBytes: MAX_IMPORT_BYTES,
        letters: {
          defaultSender: request.letters.defaultSender,
          defaultRecipient: request.letters.defaultRecipient,
          map: request.letters.map as Partial<Record<LetterField, string>>,
        },
      },
      (index, name) =>
        post({
          type: 'progress',
          stage: 'reading',
          done: index,
          total: files.length,
          detail: name,
        }),
    );
    const built = buildCorpus(input, log, {
      releaseRows: true,
      onProgress: (stage, done, total) =>
        post({ type: 'progress', stage, done, total, detail: '' }),
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
  } catch (error) {
    post({ type: 'failed', message: `data/import: ${(error as Error).message}` });
  }
};
