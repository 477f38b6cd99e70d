/**
 * Reading a corpus from disk: folders (documents and letter files, people/offices/places tables and
 * an optional corpus.json), the build step's output folders, and single files of any supported
 * format. Several inputs merge into one corpus; people are matched across them by authority id,
 * then by registry name and alias. A corpus is resolved with its own registry only: the one its
 * folder holds or the one the user names (`--registry`), never another corpus's.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { CorpusMeta } from '../../graph/types.ts';
import type { BuiltCorpus } from '../import/built-corpus.ts';
import { detectFormat, mergeMeta, rowsFromFiles } from '../import/rows.ts';
import type { RowsOptions } from '../import/rows.ts';
import type { IssueLog } from '../issues.ts';
import { isBuiltFolder, readBuiltFolder } from './read-built.ts';
import { NO_REGISTRY, readRegistryTables } from './read-registry.ts';
import { requireSpreadsheets } from './spreadsheets.ts';
import type { RegistryTables } from './read-registry.ts';
import type { TableRow } from './tables.ts';

export { DOCUMENT_COLUMNS } from '../import/rows.ts';

const REGISTRY_FILES = new Set(['people.csv', 'offices.csv', 'places.csv', 'corpus.json']);

export interface CorpusInput {
  meta: CorpusMeta;
  rows: TableRow[];
  files: string[];
  registry: RegistryTables;
  /** Corpora already built (a build folder, a graph JSON with documents): opened as they were. */
  built: BuiltCorpus[];
  /** Inputs nothing could be read from (each said why in the log). */
  unread: string[];
  /** Rows with no text in any cell, skipped (absent: none). */
  blankRows?: number;
}

export interface ReadCorpusOptions extends RowsOptions {
  /** Folder with people.csv, offices.csv, places.csv; defaults to the input folder if it has them. */
  registryDir: string | null;
}

export function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function readMeta(dir: string, log: IssueLog): Partial<CorpusMeta> | null {
  const path = join(dir, 'corpus.json');
  if (!existsSync(path)) return null;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const meta: Partial<CorpusMeta> = {};
    for (const key of ['name', 'slug', 'credit', 'description', 'url'] as const) {
      if (typeof data[key] === 'string') meta[key] = data[key];
    }
    return meta;
  } catch (error) {
    log.error(display(path), undefined, `cannot read corpus.json: ${(error as Error).message}`);
    return null;
  }
}

/** The data files of a folder: everything supported but the registry tables, in name order. */
function dataFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !REGISTRY_FILES.has(name.toLowerCase()) && detectFormat(name, '') !== null)
    .sort()
    .map((name) => join(dir, name));
}

/** Read the rows and registry tables of one or more corpus folders or files. */
export function readCorpus(
  input: string | readonly string[],
  log: IssueLog,
  options: Partial<ReadCorpusOptions> = {},
): CorpusInput {
  const inputs = typeof input === 'string' ? [input] : [...input];
  const files: string[] = [];
  const metas: Partial<CorpusMeta>[] = [];
  const built: BuiltCorpus[] = [];
  const unread: string[] = [];
  let ownRegistry: string | null = null;
  let builtRegistry: RegistryTables | null = null;
  for (const path of inputs) {
    if (!existsSync(path)) {
      log.error(display(path), undefined, 'no such file or folder');
      unread.push(display(path));
      continue;
    }
    if (isBuiltFolder(path)) {
      const read = readBuiltFolder(path, display(path), log);
      if (read) {
        built.push(read.corpus);
        builtRegistry ??= read.registry;
      } else unread.push(display(path));
    } else if (statSync(path).isDirectory()) {
      const found = dataFiles(path);
      const skipped = readdirSync(path).filter(
        (name) =>
          !name.startsWith('.') &&
          !/^(?:readme|licen[cs]e)|\.md$/i.test(name) &&
          !REGISTRY_FILES.has(name.toLowerCase()) &&
          !found.includes(join(path, name)) &&
          !statSync(join(path, name)).isDirectory(),
      );
      if (skipped.length > 0) {
        log.warn(
          display(path),
          undefined,
          `not read (not CSV, TSV, Excel, OpenDocument, CMIF XML or graphology JSON): ${skipped.sort().join(', ')}`,
        );
      }
      if (found.length === 0) {
        log.error(
          display(path),
          undefined,
          'no corpus file in this folder (CSV, TSV, Excel, OpenDocument, CMIF XML or graphology JSON)',
        );
        unread.push(display(path));
      }
      files.push(...found);
      if (!ownRegistry && existsSync(join(path, 'people.csv'))) ownRegistry = path;
      const meta = readMeta(path, log);
      if (meta) metas.push(meta);
    } else {
      files.push(path);
    }
  }
  const registry = options.registryDir
    ? readRegistryTables(options.registryDir, log, display(options.registryDir), 'given')
    : ownRegistry
      ? readRegistryTables(ownRegistry, log, display(ownRegistry), 'own')
      : (builtRegistry ?? NO_REGISTRY);
  function* fileBytes(): Generator<{ name: string; bytes: Uint8Array }> {
    for (const path of files) yield { name: display(path), bytes: readFileSync(path) };
  }
  const read = rowsFromFiles(fileBytes(), log, {
    ...options,
    spreadsheets: options.spreadsheets ?? requireSpreadsheets,
  });
  const meta = mergeMeta(
    inputs.map((path) => basename(path).replace(/\.[^.]+$/, '')),
    [...metas, ...built.map((corpus) => corpus.meta), ...read.metas],
  );
  return {
    meta,
    rows: read.rows,
    files: [...built.map((corpus) => corpus.file), ...files.map(display)],
    registry,
    built: [...built, ...read.built],
    unread: [...unread, ...read.unread],
    blankRows: read.blankRows,
  };
}
