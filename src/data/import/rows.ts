/**
 * Any supported file to rows for the build: the project's corpus CSV, letter tables (CSV/TSV), CMIF
 * XML, graphology JSON. Format is told from the name and, failing that, the content. Pure, so the
 * command line and the browser import read files the same way.
 */
import type { CorpusMeta } from '../../graph/types.ts';
import { readCsv } from '../io/csv.ts';
import type { TableRow } from '../io/tables.ts';
import type { IssueLog } from '../issues.ts';
import type { BuiltCorpus } from './built-corpus.ts';
import { readCmif } from './cmif.ts';
import { decodeText } from './decode-text.ts';
import { cmifCorpusMeta, cmifRowBuilder } from './cmif-rows.ts';
import { graphJsonRows } from './graph-json.ts';
import type { FileChoice } from '../../formats/letter-fields.ts';
import type { LetterTableOptions } from './letters-csv.ts';
import { isWorkbook } from './sheets.ts';
import type { SpreadsheetLoader } from './sheets.ts';
import { tableRows } from './table-rows.ts';
import { workbookRows } from './workbook-rows.ts';

export { DOCUMENT_COLUMNS } from './table-rows.ts';

export type InputFormat = 'csv' | 'cmif' | 'json' | 'workbook';

export type { FileChoice };

export interface RowsOptions {
  letters: Partial<LetterTableOptions>;
  /** Files larger than this are refused with a clear message rather than exhausting memory. */
  maxBytes: number;
  /** The sheet to read of each workbook (`--sheet`); null: the one that looks like letters. */
  sheet: string | null;
  /** Choices for single files, by the name they are read under; over `sheet` and `letters`. */
  files: Record<string, FileChoice>;
  /**
   * Loads the spreadsheet library (SheetJS) when a workbook is reached: it is too large to load
   * with the rest. Null: workbooks are reported as unreadable.
   */
  spreadsheets: SpreadsheetLoader | null;
}

export const DEFAULT_ROWS_OPTIONS: RowsOptions = {
  letters: {},
  maxBytes: 200 * 1024 * 1024,
  sheet: null,
  files: {},
  spreadsheets: null,
};

/** The format of a file, from its name or else its first characters; null when not supported. */
export function detectFormat(name: string, head: string): InputFormat | null {
  const lower = name.toLowerCase();
  if (isWorkbook(lower)) return 'workbook';
  if (/\.(csv|tsv|tab|txt)$/.test(lower)) return 'csv';
  if (/\.(xml|tei)$/.test(lower)) return 'cmif';
  if (lower.endsWith('.json')) return 'json';
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return 'cmif';
  if (start.startsWith('{')) return 'json';
  return null;
}

/** A short, stable prefix for the ids of a file's records: "tolkien-letters-". */
export function filePrefix(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return `${
    base
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'file'
  }-`;
}

export interface FileRows {
  rows: TableRow[];
  /** What the file says of itself (CMIF header), to credit it. */
  meta: Partial<CorpusMeta> | null;
  format: InputFormat | null;
  /** Rows with no text in any cell, skipped. */
  blankRows?: number;
  /** A corpus already built (a graph JSON with its documents), opened as it was. */
  built?: BuiltCorpus | null;
}

/** A file size for messages: "512 bytes", "1.5 KB", "200 MB". */
export function sizeText(bytes: number): string {
  const [value, unit] =
    bytes < 1024
      ? [bytes, 'bytes']
      : bytes < 1024 ** 2
        ? [bytes / 1024, 'KB']
        : [bytes / 1024 ** 2, 'MB'];
  return `${unit === 'bytes' ? value : value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}

/** Read one file's bytes into rows, reporting every problem against the file. */
export function rowsFromBytes(
  name: string,
  bytes: Uint8Array,
  log: IssueLog,
  options: Partial<RowsOptions> = {},
): FileRows {
  const settings = { ...DEFAULT_ROWS_OPTIONS, ...options };
  if (bytes.byteLength > settings.maxBytes) {
    // Exact bytes when the rounded sizes would read the same ("200 MB; files up to 200 MB").
    const exact = sizeText(bytes.byteLength) === sizeText(settings.maxBytes);
    const size = (n: number): string =>
      exact ? `${n.toLocaleString('en-US')} bytes` : sizeText(n);
    log.error(
      name,
      undefined,
      `the file is ${size(bytes.byteLength)}; files up to ${size(settings.maxBytes)} can be read. Split it into several files (they merge into one corpus)`,
    );
    return { rows: [], meta: null, format: null };
  }
  if (bytes.byteLength === 0) {
    log.error(name, undefined, 'the file is empty (0 bytes)');
    return { rows: [], meta: null, format: null };
  }
  const own = settings.files[name] ?? {};
  const letters = {
    ...settings.letters,
    ...(own.columns ? { columns: own.columns } : {}),
    ...(own.dateOrder ? { dateOrder: own.dateOrder } : {}),
    idPrefix: filePrefix(name),
  };
  if (isWorkbook(name, bytes)) {
    const read = workbookRows(name, bytes, log, {
      sheet: own.sheet ?? settings.sheet,
      spreadsheets: settings.spreadsheets,
      letters,
    });
    return { rows: read.rows, meta: null, format: 'workbook', blankRows: read.blankRows };
  }
  const text = decodeText(bytes, name, log).text;
  const format = detectFormat(name, text.slice(0, 200));
  if (format === null) {
    log.error(
      name,
      undefined,
      'not a supported file: expected CSV or TSV (.csv, .tsv), Excel or OpenDocument (.xlsx, .ods), CMIF XML (.xml) or graphology JSON (.json)',
    );
    return { rows: [], meta: null, format };
  }
  const prefix = filePrefix(name);
  if (format === 'cmif') {
    // Each letter becomes a row as it is read: the file's letters never all exist at once.
    const rows = cmifRowBuilder(name, log, { idPrefix: prefix });
    const read = readCmif(text, name, { onLetter: rows.add });
    for (const issue of read.issues) log.issues.push(issue);
    return {
      rows: rows.finish(read.meta),
      meta: cmifCorpusMeta(read.meta, name),
      format,
    };
  }
  if (format === 'json') {
    const { rows, built } = graphJsonRows(text, name, log, { idPrefix: prefix });
    return { rows, meta: built?.meta ?? null, format, built };
  }
  const table = readCsv(text, name, log);
  if (!table) return { rows: [], meta: null, format };
  return { ...tableRows(table, name, log, letters), format, blankRows: table.blankRows };
}

function slugOf(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'corpus'
  );
}

/**
 * The rows of several files, read in turn, and the metadata those files carry. `files` may produce
 * each file's bytes only when it is reached, so one file's bytes are held at a time.
 */
export function rowsFromFiles(
  files: Iterable<{ name: string; bytes: Uint8Array }>,
  log: IssueLog,
  options: Partial<RowsOptions> = {},
): {
  rows: TableRow[];
  metas: Partial<CorpusMeta>[];
  built: BuiltCorpus[];
  unread: string[];
  blankRows: number;
} {
  let blankRows = 0;
  const rows: TableRow[] = [];
  const metas: Partial<CorpusMeta>[] = [];
  const built: BuiltCorpus[] = [];
  const unread: string[] = [];
  for (const { name, bytes } of files) {
    const errors = log.issues.length;
    const read = rowsFromBytes(name, bytes, log, options);
    // Not push(...rows): spreading 10^5 arguments overflows the call stack.
    for (const row of read.rows) rows.push(row);
    if (read.meta) metas.push(read.meta);
    if (read.built) built.push(read.built);
    blankRows += read.blankRows ?? 0;
    const failed = log.issues.slice(errors).some((issue) => issue.severity === 'error');
    if (read.rows.length === 0 && !read.built && failed) unread.push(name);
  }
  return { rows, metas, built, unread, blankRows };
}

/**
 * One corpus's metadata from its inputs: a single input keeps its own name and credit (corpus.json
 * or a CMIF header); several inputs are named after their files and keep every credit.
 */
export function mergeMeta(
  inputNames: readonly string[],
  metas: readonly Partial<CorpusMeta>[],
): CorpusMeta {
  const single = inputNames.length === 1;
  const first = metas[0] ?? {};
  const name = single ? (first.name ?? inputNames[0] ?? 'Corpus') : inputNames.join(' + ');
  const credits = [...new Set(metas.map((m) => m.credit).filter((c): c is string => Boolean(c)))];
  return {
    name,
    slug: (single ? first.slug : undefined) ?? slugOf(name),
    credit: credits.join('; '),
    description: (single ? first.description : undefined) ?? '',
    url: (single ? first.url : undefined) ?? null,
  };
}
