/**
 * The spreadsheet library (SheetJS) for the command line, loaded at the first workbook read and
 * not before: a build of CSV or CMIF never loads it. `require` rather than `import()`: reading a
 * corpus is synchronous (build, export and tests call `readCorpus`), and a synchronous load at the
 * first workbook is what a dynamic import would do, without making every reader async.
 */
import { createRequire } from 'node:module';
import type { SpreadsheetLibrary, SpreadsheetLoader } from '../import/sheets.ts';

/** require() keeps the module once loaded: later workbooks cost nothing to load. */
export const requireSpreadsheets: SpreadsheetLoader = () =>
  createRequire(import.meta.url)('@e965/xlsx') as SpreadsheetLibrary;
