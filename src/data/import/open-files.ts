/**
 * A corpus from files the user opened together (the browser's import): letter files, a registry
 * given with them (people.csv, offices.csv, places.csv), or the files of a built corpus
 * (graph.json and documents.json, with the registry.json it was made with). No other registry
 * is ever applied: a corpus is resolved with the registry that comes with it, or none.
 */
import type { CorpusInput } from '../io/read-corpus.ts';
import type { IssueLog } from '../issues.ts';
import { checkedDocuments } from './built-corpus.ts';
import { decodeText } from './decode-text.ts';
import type { BuiltCorpus } from './built-corpus.ts';
import { NO_REGISTRY, REGISTRY_TABLES, registryFromFiles } from './registry-tables.ts';
import type { RegistryFiles, RegistryTables } from './registry-tables.ts';
import { mergeMeta, rowsFromFiles } from './rows.ts';
import type { RowsOptions } from './rows.ts';

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

const baseName = (name: string): string => (name.split(/[\\/]/).pop() ?? name).toLowerCase();

type Json = Record<string, unknown>;

function parseObject(file: OpenedFile, log: IssueLog): Json | null {
  try {
    const data: unknown = JSON.parse(decodeText(file.bytes, file.name, log).text);
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) return data as Json;
  } catch (error) {
    log.error(file.name, undefined, `cannot read it as JSON: ${(error as Error).message}`);
    return null;
  }
  log.error(file.name, 1, 'not a JSON object', { column: 1 });
  return null;
}

/** graph.json and documents.json of a built corpus, opened as built; null if not both there. */
function builtFromFiles(
  files: readonly OpenedFile[],
  log: IssueLog,
): { corpus: BuiltCorpus; registry: RegistryTables } | null {
  const named = (name: string) => files.find((file) => baseName(file.name) === name);
  const graphFile = named('graph.json');
  const documentsFile = named('documents.json');
  if (!graphFile || !documentsFile) return null;
  const graph = parseObject(graphFile, log);
  const documents = parseObject(documentsFile, log);
  if (!graph || !documents || !Array.isArray(documents.documents)) return null;
  const registryFile = named('registry.json');
  const registry = registryFile ? parseObject(registryFile, log) : null;
  const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
  return {
    corpus: {
      file: documentsFile.name,
      graph: graph as unknown as BuiltCorpus['graph'],
      documents: checkedDocuments(documents.documents, documentsFile.name, log),
      meta: (documents.corpus ?? {}) as BuiltCorpus['meta'],
    },
    registry: registry
      ? {
          people: list(registry.people),
          offices: list(registry.offices),
          places: list(registry.places),
          files: [registryFile?.name ?? 'registry.json'],
          source: 'built',
        }
      : { ...NO_REGISTRY, source: 'built' },
  };
}

/**
 * Read files opened together as one corpus: a registry or a built corpus among them is taken
 * first, then the letter files in turn (`onFile` hears of each as it is reached).
 */
export function readOpenedFiles(
  files: readonly OpenedFile[],
  log: IssueLog,
  options: Partial<RowsOptions> = {},
  onFile: (index: number, name: string) => void = () => undefined,
): CorpusInput {
  const built = builtFromFiles(files, log);
  const builtNames = new Set(['graph.json', 'documents.json', 'registry.json', 'report.json']);
  const tables: RegistryFiles = {};
  const letters: OpenedFile[] = [];
  for (const file of files) {
    const name = baseName(file.name);
    if ((REGISTRY_TABLES as readonly string[]).includes(name))
      tables[name as keyof RegistryFiles] = file;
    else if (!(built && builtNames.has(name))) letters.push(file);
  }
  const registry =
    Object.keys(tables).length > 0
      ? registryFromFiles(tables, log, 'given')
      : (built?.registry ?? NO_REGISTRY);
  function* reached(): Generator<OpenedFile> {
    for (const [index, file] of letters.entries()) {
      onFile(index, file.name);
      yield file;
    }
  }
  const read = rowsFromFiles(reached(), log, options);
  const corpora = [...(built ? [built.corpus] : []), ...read.built];
  const meta = mergeMeta(
    [...(built ? ['corpus'] : []), ...letters.map((file) => file.name.replace(/\.[^.]+$/, ''))],
    [...corpora.map((corpus) => corpus.meta), ...read.metas],
  );
  return {
    meta,
    rows: read.rows,
    files: [...(built ? [built.corpus.file] : []), ...letters.map((file) => file.name)],
    registry,
    built: corpora,
    unread: read.unread,
    blankRows: read.blankRows,
  };
}
