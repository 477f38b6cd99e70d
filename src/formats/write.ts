/** Writing a selection in any of the data formats (see data-formats.ts); export-file.ts calls it. */
import { toCmif } from './cmif.ts';
import type { CmifOptions } from './cmif.ts';
import { edgesToCsv, peopleToCsv } from './csv.ts';
import { documentsToCsv } from './documents-csv.ts';
import { FORMAT_INFO } from './data-formats.ts';
import type { DataFormat, WrittenData } from './data-formats.ts';
import { toGexf } from './gexf.ts';
import type { NodeLook } from './scene/look.ts';
import { DEFAULT_NODE_LOOK } from './scene/look.ts';
import { toGraphml } from './graphml.ts';
import { toGraphJson } from './json.ts';
import type { ExportSelection } from './selection.ts';

/** What the formats that can carry them take from the view: CMIF's header, GEXF's look. */
export interface WriteOptions {
  cmif: Partial<CmifOptions>;
  look: NodeLook;
}

export const DEFAULT_WRITE_OPTIONS: WriteOptions = { cmif: {}, look: DEFAULT_NODE_LOOK };

type Writer = (selection: ExportSelection, options: WriteOptions) => string;

const WRITERS: Record<DataFormat, Writer> = {
  gexf: (selection, { look }) => toGexf(selection, { look }),
  graphml: toGraphml,
  'csv-documents': documentsToCsv,
  'csv-edges': edgesToCsv,
  'csv-people': peopleToCsv,
  json: toGraphJson,
  cmif: (selection, { cmif }) => toCmif(selection, cmif),
};

/** Write a selection in a data format (CMIF with the header options given, GEXF in the look). */
export function writeDataFormat(
  selection: ExportSelection,
  format: DataFormat,
  options: Partial<WriteOptions> = {},
): WrittenData {
  const { type, extension, suffix } = FORMAT_INFO[format];
  const settings = { ...DEFAULT_WRITE_OPTIONS, ...options };
  return { text: WRITERS[format](selection, settings), type, extension, suffix };
}
