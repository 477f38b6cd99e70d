/**
 * Reading a corpus from disk: a folder (documents CSV files, people/offices/places tables and an
 * optional corpus.json) or a single documents CSV file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { CorpusMeta } from '../../graph/types.ts';
import type { IssueLog } from '../issues.ts';
import { decodeUtf8, readCsv } from './csv.ts';
import { readRegistryTables } from './read-registry.ts';
import type { RegistryTables } from './read-registry.ts';
import { namedRows } from './tables.ts';
import type { TableRow } from './tables.ts';

/** Columns of a documents CSV: the title is required, everything else optional curation. */
export const DOCUMENT_COLUMNS = {
  required: ['title'],
  optional: [
    'id',
    'date',
    'type',
    'number',
    'senders',
    'recipients',
    'via',
    'originators',
    'participants',
    'mentions',
    'places',
    'summary',
    'collection',
    'source',
    'url',
    'notes',
  ],
} as const;

const REGISTRY_FILES = new Set(['people.csv', 'offices.csv', 'places.csv']);

export interface CorpusInput {
  meta: CorpusMeta;
  rows: TableRow[];
  files: string[];
  registry: RegistryTables;
}

export interface ReadCorpusOptions {
  /** Folder with people.csv, offices.csv, places.csv; defaults to the input folder if it has them. */
  registryDir: string | null;
  /** Folder used when the input has no registry of its own. */
  fallbackRegistryDir: string;
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function readMeta(dir: string | null, name: string, log: IssueLog): CorpusMeta {
  const fallback: CorpusMeta = {
    name,
    slug: name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
    credit: '',
    description: '',
    url: null,
  };
  const path = dir ? join(dir, 'corpus.json') : null;
  if (!path || !existsSync(path)) return fallback;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<CorpusMeta>;
    return {
      name: typeof data.name === 'string' ? data.name : fallback.name,
      slug: typeof data.slug === 'string' ? data.slug : fallback.slug,
      credit: typeof data.credit === 'string' ? data.credit : '',
      description: typeof data.description === 'string' ? data.description : '',
      url: typeof data.url === 'string' ? data.url : null,
    };
  } catch (error) {
    log.error(display(path), undefined, `cannot read corpus.json: ${(error as Error).message}`);
    return fallback;
  }
}

/** Read the document rows and registry tables of a corpus folder or file. */
export function readCorpus(
  input: string,
  log: IssueLog,
  options: Partial<ReadCorpusOptions> = {},
): CorpusInput {
  if (!existsSync(input)) {
    log.error(display(input), undefined, 'no such file or folder');
    return {
      meta: readMeta(null, basename(input), log),
      rows: [],
      files: [],
      registry: { people: [], offices: [], places: [], files: [] },
    };
  }
  const isDir = statSync(input).isDirectory();
  const docFiles = isDir
    ? readdirSync(input)
        .filter(
          (name) => name.toLowerCase().endsWith('.csv') && !REGISTRY_FILES.has(name.toLowerCase()),
        )
        .sort()
        .map((name) => join(input, name))
    : [input];
  const ownRegistry = isDir && existsSync(join(input, 'people.csv')) ? input : null;
  const registryDir = options.registryDir ?? ownRegistry ?? options.fallbackRegistryDir ?? null;
  const registry = registryDir
    ? readRegistryTables(registryDir, log, display(registryDir))
    : { people: [], offices: [], places: [], files: [] };
  if (docFiles.length === 0)
    log.error(display(input), undefined, 'no documents CSV file in this folder');
  const rows: TableRow[] = [];
  for (const path of docFiles) {
    const file = display(path);
    const table = readCsv(decodeUtf8(readFileSync(path), file, log), file, log);
    const named = table && namedRows(table, file, log, DOCUMENT_COLUMNS);
    if (named) rows.push(...named);
  }
  const name = basename(input).replace(/\.csv$/i, '');
  return {
    meta: readMeta(isDir ? input : null, name, log),
    rows,
    files: docFiles.map(display),
    registry,
  };
}
