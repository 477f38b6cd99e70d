/**
 * The data formats Cablegraph writes, described once for the explorer and the command line: label,
 * media type, file extension. No writer is imported here, so a menu costs nothing to show; the
 * writers are in write.ts.
 */

export type DataFormat =
  'gexf' | 'graphml' | 'csv-documents' | 'csv-edges' | 'csv-people' | 'json' | 'cmif';

export interface FormatInfo {
  label: string;
  /** Media type of the file. */
  type: string;
  extension: string;
  /** Tells apart files of one extension in their names (the CSV tables, CMIF's .xml). */
  suffix: string | null;
}

export interface WrittenData extends Omit<FormatInfo, 'label'> {
  text: string;
}

const CSV = 'text/csv;charset=utf-8';

export const FORMAT_INFO: Readonly<Record<DataFormat, FormatInfo>> = {
  gexf: { label: 'GEXF (Gephi)', type: 'application/gexf+xml', extension: 'gexf', suffix: null },
  graphml: {
    label: 'GraphML',
    type: 'application/graphml+xml',
    extension: 'graphml',
    suffix: null,
  },
  'csv-documents': {
    label: 'CSV: documents with their roles',
    type: CSV,
    extension: 'csv',
    suffix: 'documents',
  },
  'csv-edges': { label: 'CSV: edges', type: CSV, extension: 'csv', suffix: 'edges' },
  'csv-people': { label: 'CSV: people', type: CSV, extension: 'csv', suffix: 'people' },
  json: {
    label: 'Graph JSON (graphology)',
    type: 'application/json',
    extension: 'json',
    suffix: null,
  },
  cmif: {
    label: 'CMIF (TEI correspDesc)',
    type: 'application/tei+xml',
    extension: 'xml',
    suffix: 'cmif',
  },
};

/** The formats in the order a menu offers them. */
export const DATA_FORMATS: readonly { id: DataFormat; label: string }[] = Object.entries(
  FORMAT_INFO,
).map(([id, info]) => ({ id: id as DataFormat, label: info.label }));

/** Whether a name is one of the data formats. */
export function isDataFormat(name: string): name is DataFormat {
  return Object.hasOwn(FORMAT_INFO, name);
}
