/**
 * Reading the build step's output folder (graph.json, documents.json, and the registry.json the
 * names were resolved with) as a built corpus, so commands that take a corpus (`npm run export`)
 * can take what `npm run build:data` wrote, exactly as it was built.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltCorpus } from '../import/built-corpus.ts';
import { checkedDocuments } from '../import/built-corpus.ts';
import type { IssueLog } from '../issues.ts';
import type { RegistryTables } from './read-registry.ts';

/** The files `npm run build:data` writes; a folder with the first two is a built corpus. */
export const BUILT_FILES = new Set([
  'graph.json',
  'documents.json',
  'report.json',
  'registry.json',
]);

/** Whether a path is a folder the build step wrote (it holds graph.json and documents.json). */
export function isBuiltFolder(path: string): boolean {
  return (
    statSync(path).isDirectory() &&
    existsSync(join(path, 'graph.json')) &&
    existsSync(join(path, 'documents.json'))
  );
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON file of the folder, or null (reported) when it cannot be read as one. */
function readJson(path: string, label: string, log: IssueLog): Json | null {
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (isObject(data)) return data;
    log.error(label, 1, 'not what the build step writes (a JSON object)', { column: 1 });
  } catch (error) {
    log.error(label, undefined, `cannot read it: ${(error as Error).message}`);
  }
  return null;
}

/** The registry a built corpus was resolved with, as the build wrote it (registry.json). */
function builtRegistry(dir: string, label: string, log: IssueLog): RegistryTables {
  const path = join(dir, 'registry.json');
  const data = existsSync(path) ? readJson(path, join(label, 'registry.json'), log) : null;
  const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
  return {
    people: list(data?.people),
    offices: list(data?.offices),
    places: list(data?.places),
    files: data ? [join(label, 'registry.json')] : [],
    source: 'built',
  };
}

/** Read a built folder; null (with the reasons in the log) when its files are not the build's. */
export function readBuiltFolder(
  dir: string,
  label: string,
  log: IssueLog,
): { corpus: BuiltCorpus; registry: RegistryTables } | null {
  const graphFile = join(label, 'graph.json');
  const documentsFile = join(label, 'documents.json');
  const graph = readJson(join(dir, 'graph.json'), graphFile, log);
  const documents = readJson(join(dir, 'documents.json'), documentsFile, log);
  if (!graph || !documents) return null;
  if (!Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) {
    log.error(graphFile, 1, 'not a graph in graphology\'s JSON format ("nodes", "edges")', {
      column: 1,
    });
    return null;
  }
  if (!Array.isArray(documents.documents)) {
    log.error(documentsFile, 1, 'no "documents" list: not the build step\'s documents.json', {
      column: 1,
    });
    return null;
  }
  const records = checkedDocuments(documents.documents, documentsFile, log);
  const meta = isObject(documents.corpus) ? (documents.corpus as BuiltCorpus['meta']) : {};
  log.info(
    label,
    undefined,
    `read as a built corpus (graph.json, documents.json: ${records.length.toLocaleString('en')} documents), opened as it was built`,
  );
  return {
    corpus: {
      file: documentsFile,
      graph: graph as unknown as BuiltCorpus['graph'],
      documents: records,
      meta,
    },
    registry: builtRegistry(dir, label, log),
  };
}
