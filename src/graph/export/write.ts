/** Writing a selection in any of the data formats (see formats.ts), for the explorer and the CLI. */
import { toCmif } from './cmif.ts';
import { edgesToCsv, peopleToCsv } from './csv.ts';
import { documentsToCsv } from './documents-csv.ts';
import { FORMAT_INFO } from './formats.ts';
import type { DataFormat, WrittenData } from './formats.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toGraphJson } from './json.ts';
import type { ExportSelection } from './selection.ts';

const WRITERS: Record<DataFormat, (selection: ExportSelection) => string> = {
  gexf: toGexf,
  graphml: toGraphml,
  'csv-documents': documentsToCsv,
  'csv-edges': edgesToCsv,
  'csv-people': peopleToCsv,
  json: toGraphJson,
  cmif: (selection) => toCmif(selection, {}),
};

/** Write a selection in a data format. */
export function writeDataFormat(selection: ExportSelection, format: DataFormat): WrittenData {
  const { type, extension, suffix } = FORMAT_INFO[format];
  return { text: WRITERS[format](selection), type, extension, suffix };
}
