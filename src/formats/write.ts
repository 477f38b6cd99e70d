/** Writing a selection in any of the data formats (see data-formats.ts); export-file.ts calls it. */
import { toCmif } from './cmif.ts';
import type { CmifOptions } from './cmif.ts';
import { edgesToCsv, peopleToCsv } from './csv.ts';
import { documentsToCsv } from './documents-csv.ts';
import { FORMAT_INFO } from './data-formats.ts';
import type { DataFormat, WrittenData } from './data-formats.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toGraphJson } from './json.ts';
import type { ExportSelection } from './selection.ts';

type Writer = (selection: ExportSelection, cmif: Partial<CmifOptions>) => string;

const WRITERS: Record<DataFormat, Writer> = {
  gexf: (selection) => toGexf(selection),
  graphml: toGraphml,
  'csv-documents': documentsToCsv,
  'csv-edges': edgesToCsv,
  'csv-people': peopleToCsv,
  json: toGraphJson,
  cmif: toCmif,
};

/** Write a selection in a data format (CMIF with the header options given). */
export function writeDataFormat(
  selection: ExportSelection,
  format: DataFormat,
  cmif: Partial<CmifOptions> = {},
): WrittenData {
  const { type, extension, suffix } = FORMAT_INFO[format];
  return { text: WRITERS[format](selection, cmif), type, extension, suffix };
}
