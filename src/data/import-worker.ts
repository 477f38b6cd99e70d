/// <reference lib="webworker" />
/**
 * The import worker: the pure parts of the build step (reading, parsing, resolving, building,
 * laying out) run here, in the browser, off the page's main thread. Nothing leaves the machine.
 */
import type { ImportMessage, ImportRequest } from '../graph/import-protocol.ts';
import { encodeImportResult, MAX_IMPORT_BYTES } from '../graph/import-protocol.ts';
import { buildCorpus } from './build/pipeline.ts';
import { mergeMeta, rowsFromFiles } from './import/rows.ts';
import type { LetterField } from './import/letters-csv.ts';
import type { RegistryTables } from './io/read-registry.ts';
import { IssueLog } from './issues.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportMessage): void => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  try {
    const log = new IssueLog();
    // Each file's progress is said as it is reached.
    function* fileBytes(): Generator<{ name: string; bytes: Uint8Array }> {
      for (const [index, file] of request.files.entries()) {
        post({
          type: 'progress',
          stage: 'reading',
          done: index,
          total: request.files.length,
          detail: file.name,
        });
        yield { name: file.name, bytes: new Uint8Array(file.bytes) };
      }
    }
    const { rows, metas } = rowsFromFiles(fileBytes(), log, {
      maxBytes: MAX_IMPORT_BYTES,
      letters: {
        defaultSender: request.letters.defaultSender,
        defaultRecipient: request.letters.defaultRecipient,
        map: request.letters.map as Partial<Record<LetterField, string>>,
      },
    });
    const registry = (request.registry ?? { people: [], offices: [], places: [] }) as Omit<
      RegistryTables,
      'files'
    >;
    const meta = mergeMeta(
      request.files.map((f) => f.name.replace(/\.[^.]+$/, '')),
      metas,
    );
    const result = buildCorpus(
      {
        meta,
        rows,
        files: request.files.map((f) => f.name),
        registry: { ...registry, files: ['registry.json'] },
      },
      log,
      {
        layoutOptions: { seed: request.seed },
        releaseRows: true,
        onProgress: (stage, done, total) =>
          post({ type: 'progress', stage, done, total, detail: '' }),
      },
    );
    post({ type: 'progress', stage: 'opening', done: 0, total: 1, detail: '' });
    const { bytes, transfer } = encodeImportResult(
      result.graph.export(),
      meta,
      result.documents,
      result.report,
    );
    scope.postMessage({ type: 'done', ...bytes } satisfies ImportMessage, transfer);
  } catch (error) {
    post({ type: 'failed', message: `data/import: ${(error as Error).message}` });
  }
};
