/**
 * What `npm run export` exports: a built corpus (the folder `npm run build:data` wrote), opened
 * as it was built, or input files built now. It says which it read; anything else — a folder of
 * other files, a file it cannot read — stops the export with the reason, before a file is written.
 */
import { buildCorpus } from '../build/pipeline.ts';
import { locatePending } from '../io/read-gazetteer.ts';
import { display, readCorpus } from '../io/read-corpus.ts';
import { formatIssue, IssueLog } from '../issues.ts';
import { registryUsed } from './registry-used.ts';
import type { TableOptions } from './table-options.ts';
import { createCorpus } from '../../graph/corpus.ts';
import type { Corpus } from '../../graph/corpus.ts';

export interface ExportInput {
  corpus: Corpus;
  /** One line saying what was read, for the terminal. */
  said: string;
}

function fail(message: string): never {
  throw new Error(`data/export: ${message}`);
}

/**
 * Read the corpus to export from `inputs` (files, folders, or a built folder), with the registry
 * in `registryDir` when given, letter tables read as `tables` says. Throws, naming every input it
 * could not read, when the inputs are not a corpus; never builds a partial corpus from some of them.
 */
export function readExportInput(
  inputs: readonly string[],
  registryDir: string | null,
  tables: Partial<TableOptions> = {},
): ExportInput {
  const log = new IssueLog();
  const input = readCorpus(inputs, log, { registryDir, ...tables });
  const problems = (): string =>
    log.issues
      .filter((issue) => issue.severity === 'error')
      .map((issue) => `  ${formatIssue(issue)}`)
      .join('\n');
  if (input.unread.length > 0)
    fail(
      `${input.unread.join(', ')}: not a corpus this command can read — give a folder that \`npm run build:data\` wrote (graph.json, documents.json) or letter files (CSV, TSV, CMIF XML, graph JSON):\n${problems()}`,
    );
  const opened = input.built.length === 1 && input.rows.length === 0;
  const files =
    input.files.length <= 3 ? input.files.join(', ') : `${input.files.length} input files`;
  const result = locatePending(buildCorpus(input, log));
  if (result.documents.length === 0)
    fail(`no document could be read from ${inputs.map(display).join(', ')}:\n${problems()}`);
  const count = `${result.documents.length.toLocaleString('en')} documents`;
  const registry = registryUsed(result.report.corpus);
  const said = opened
    ? `read the built corpus in ${(input.files[0] ?? '').replace(/[\\/]documents\.json$/, '')} (graph.json, documents.json): ${count}, opened as it was built`
    : `read ${files} and built the corpus: ${count}; ${registry}`;
  return { corpus: createCorpus(result.graph, result.documents, {}, result.places), said };
}
