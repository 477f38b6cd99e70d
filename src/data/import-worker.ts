/// <reference lib="webworker" />
/**
 * The import worker: the pure parts of the build step (reading, parsing, resolving, building,
 * laying out) run here, in the browser, off the page's main thread. Nothing leaves the machine.
 */
import type { ImportMessage, ImportRequest } from '../formats/import-protocol.ts';
import { encodeImportResult, MAX_IMPORT_BYTES } from '../formats/import-protocol.ts';
import { buildCorpus } from './build/pipeline.ts';
import type { LetterField } from './import/letters-csv.ts';
import { readOpenedFiles } from './import/open-files.ts';
import { IssueLog } from './issues.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportMessage): void => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
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
    const result = buildCorpus(input, log, {
      releaseRows: true,
      onProgress: (stage, done, total) =>
        post({ type: 'progress', stage, done, total, detail: '' }),
    });
    post({ type: 'progress', stage: 'opening', done: 0, total: 1, detail: '' });
    const { bytes, transfer } = encodeImportResult(
      result.graph.export(),
      input.meta,
      result.documents,
      result.report,
    );
    scope.postMessage({ type: 'done', ...bytes } satisfies ImportMessage, transfer);
  } catch (error) {
    post({ type: 'failed', message: `data/import: ${(error as Error).message}` });
  }
};
