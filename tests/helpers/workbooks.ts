/** Workbooks written in the tests with the library the reader uses (SheetJS). */
import * as XLSX from '@e965/xlsx';

/**
 * An .xlsx workbook as historians keep several tables in one: a small Goethe sheet first (with
 * the header names a reader guesses), then a sheet "Darwin" of the rows given.
 */
export function goetheDarwinBook(darwin: string[][]): Uint8Array {
  const book = XLSX.utils.book_new();
  const goethe = [
    ['Absender', 'Empfänger', 'Datum'],
    ['Goethe', 'Schiller', '1795'],
  ];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(goethe), 'Goethe');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(darwin), 'Darwin');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
