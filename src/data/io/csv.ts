/**
 * Strict RFC 4180 CSV reading that knows where every record starts. Lenient readers (papaparse
 * among them) let an unclosed quote swallow the records after it without a word; a corpus must
 * not lose records silently, so this reader reports the line and column where the bad quote
 * opened and resumes on the next line, costing one record rather than the rest of the file.
 * Records end at CRLF, LF or CR; line breaks inside a quoted field are kept as written.
 */
import type { IssueLog } from '../issues.ts';

export interface CsvRow {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
  /** 1-based column where each field starts (typed: 10^5 rows hold them cheaply). */
  columns: Uint32Array;
  /** The line each field starts on, when a quoted line break carries the record over lines. */
  lines?: Uint32Array;
}

/** Where a field of a row starts: its line and column. */
export function fieldPosition(row: CsvRow, index: number): { line: number; column: number } {
  return {
    line: row.lines?.[index] ?? row.line,
    column: row.columns[index] ?? 1,
  };
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  /** Column where each header name starts. */
  headerColumns: Uint32Array;
  delimiter: string;
  rows: CsvRow[];
  /** Rows with no text in any cell between the header and the last row: skipped, counted. */
  blankRows: number;
}

export interface CsvOptions {
  /** Field delimiter; detected from the header line when null. */
  delimiter: string | null;
}

/** Line and column (1-based) of a character offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  return lineIndex(text)(offset);
}

/** A line break as text editors count one: CRLF, LF or a lone CR. */
const LINE_BREAK = /\r\n?|\n/g;

/** Precompute line starts so positions cost a binary search, not a scan of the whole text. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (const match of text.matchAll(LINE_BREAK)) starts.push(match.index + match[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}

/**
 * The delimiter of a table, from its header line: a tab whenever there is one (Excel's "Unicode
 * text" and TSV files separate cells by tabs, and nobody types a tab into a column name, while a
 * name such as "Date (day, month, year)" may hold as many commas), else the one that occurs most
 * often (comma when none does).
 */
export function detectDelimiter(headerLine: string): string {
  if (headerLine.includes('\t')) return '\t';
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '|']) {
    const count = headerLine.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

interface RecordResult {
  fields: string[];
  /** Offset where each field starts. */
  starts: number[];
  /** Offset just past the record's line break. */
  next: number;
  /** Offset of the opening quote of a field that is not closed properly. */
  badQuoteAt?: number;
  /** Offset where the quoting went wrong (a stray quote or the end of the file). */
  failedAt?: number;
}

const isBreak = (char: string | undefined): boolean => char === '\n' || char === '\r';

/** The next line break from `lastIndex` on. */
const NEXT_BREAK = /[\r\n]/g;

/** Offset just past the line break at `at` (CRLF counts as one). */
const afterBreak = (text: string, at: number): number =>
  text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;

/** Read one record starting at `start`. */
function readRecord(text: string, start: number, delimiter: string): RecordResult {
  const fields: string[] = [];
  const starts: number[] = [];
  let i = start;
  for (;;) {
    starts.push(i);
    if (text[i] === '"') {
      const open = i;
      let value = '';
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1)
          return { fields, starts, next: text.length, badQuoteAt: open, failedAt: text.length };
        value += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        const after = text[i];
        if (after !== undefined && after !== delimiter && !isBreak(after)) {
          return { fields, starts, next: text.length, badQuoteAt: open, failedAt: quote };
        }
        break;
      }
      fields.push(value);
    } else {
      let end = i;
      while (end < text.length && text[end] !== delimiter && !isBreak(text[end])) end++;
      fields.push(text.slice(i, end));
      i = end;
    }
    if (i >= text.length) return { fields, starts, next: text.length };
    if (isBreak(text[i])) return { fields, starts, next: afterBreak(text, i) };
    i++; // delimiter
  }
}

/**
 * A record as a row, with the line and column each of its fields starts at. Most records are one
 * line: their columns are offsets from the line's start, with no search for each field.
 */
function placedRow(
  text: string,
  record: RecordResult,
  locate: (offset: number) => { line: number; column: number },
): CsvRow {
  const start = record.starts[0] ?? 0;
  const { line, column } = locate(start);
  const lineStart = start - column + 1;
  const last = record.starts[record.starts.length - 1] ?? start;
  const oneLine = !/[\r\n]/.test(text.slice(start, last));
  if (oneLine) {
    const columns = Uint32Array.from(record.starts, (at) => at - lineStart + 1);
    return { line, fields: record.fields, columns };
  }
  const places = record.starts.map(locate);
  return {
    line,
    fields: record.fields,
    columns: Uint32Array.from(places, (place) => place.column),
    lines: Uint32Array.from(places, (place) => place.line),
  };
}

/**
 * Read a CSV text into a header and rows with their line numbers. Accepts a byte-order mark, mixed
 * line endings and blank lines; reports quoting errors by line and column and reads on.
 */
export function readCsv(
  source: string,
  file: string,
  log: IssueLog,
  options: Partial<CsvOptions> = {},
): CsvTable | null {
  const text = source.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    log.error(
      file,
      undefined,
      'the file is empty: expected a header line, then one record per line',
    );
    return null;
  }
  const firstBreak = text.search(/[\r\n]/);
  const delimiter =
    options.delimiter ?? detectDelimiter(firstBreak === -1 ? text : text.slice(0, firstBreak));
  const rows: CsvRow[] = [];
  let blankRows = 0;
  let pendingBlank = 0;
  const locate = lineIndex(text);
  let offset = 0;
  while (offset < text.length) {
    const record = readRecord(text, offset, delimiter);
    if (record.badQuoteAt !== undefined) {
      const opened = locate(record.badQuoteAt);
      const failed = locate(record.failedAt ?? text.length);
      const why =
        record.failedAt === text.length
          ? 'is never closed'
          : `is not closed properly (a quote at line ${failed.line}, column ${failed.column} is followed by more text; quotes inside a field must be doubled)`;
      log.error(
        file,
        locate(offset).line,
        `the quoted field opened at line ${opened.line}, column ${opened.column} ${why}; this record was skipped and reading resumed on the next line`,
        { column: opened.column },
      );
      NEXT_BREAK.lastIndex = record.badQuoteAt;
      const lineEnd = NEXT_BREAK.exec(text)?.index;
      offset = lineEnd === undefined ? text.length : afterBreak(text, lineEnd);
      continue;
    }
    // A line of delimiters only (",,,", a spreadsheet's empty row) is as blank as an empty one.
    const blank = record.fields.every((field) => field.trim() === '');
    if (blank && rows.length > 0) pendingBlank++;
    if (!blank) {
      // Counted between records only: the empty lines that end a file are no rows.
      blankRows += pendingBlank;
      pendingBlank = 0;
      rows.push(placedRow(text, record, locate));
    }
    offset = record.next;
  }
  const [headerRow, ...dataRows] = rows;
  if (!headerRow) {
    log.error(file, undefined, 'no header line could be read');
    return null;
  }
  return {
    header: headerRow.fields.map((h) => h.trim()),
    headerLine: headerRow.line,
    headerColumns: headerRow.columns,
    delimiter,
    rows: dataRows,
    blankRows,
  };
}
