/**
 * The data formats the explorer can save, with their writers loaded on demand (they are not needed
 * to draw the network, so they stay out of the initial bundle).
 */
import type { AppState } from '../state/app-state.ts';

export type DataFormat =
  'gexf' | 'graphml' | 'csv-documents' | 'csv-edges' | 'csv-people' | 'json' | 'cmif';

export const DATA_FORMATS: readonly { id: DataFormat; label: string }[] = [
  { id: 'gexf', label: 'GEXF (Gephi)' },
  { id: 'graphml', label: 'GraphML' },
  { id: 'csv-documents', label: 'CSV: documents with their roles' },
  { id: 'csv-edges', label: 'CSV: edges' },
  { id: 'csv-people', label: 'CSV: people' },
  { id: 'json', label: 'Graph JSON (graphology)' },
  { id: 'cmif', label: 'CMIF (TEI correspDesc)' },
];

export interface WrittenData {
  text: string;
  type: string;
  extension: string;
  /** Distinguishes the CSV tables in the file name. */
  suffix: string | null;
}

/** Write the chosen format for the filtered view or the whole corpus. */
export async function writeData(
  state: AppState,
  format: DataFormat,
  wholeCorpus: boolean,
): Promise<WrittenData> {
  const { selectForExport } = await import('../graph/export/selection.ts');
  const selection = selectForExport(state.corpus, wholeCorpus ? null : state.visibility.value);
  switch (format) {
    case 'gexf': {
      const { toGexf } = await import('../graph/export/gexf.ts');
      return {
        text: toGexf(selection),
        type: 'application/gexf+xml',
        extension: 'gexf',
        suffix: null,
      };
    }
    case 'graphml': {
      const { toGraphml } = await import('../graph/export/graphml.ts');
      return {
        text: toGraphml(selection),
        type: 'application/graphml+xml',
        extension: 'graphml',
        suffix: null,
      };
    }
    case 'csv-documents':
    case 'csv-edges':
    case 'csv-people': {
      const csv = await import('../graph/export/csv.ts');
      const table = format.slice(4);
      const text =
        table === 'documents'
          ? csv.documentsToCsv(selection)
          : table === 'edges'
            ? csv.edgesToCsv(selection)
            : csv.peopleToCsv(selection);
      return { text, type: 'text/csv;charset=utf-8', extension: 'csv', suffix: table };
    }
    case 'json': {
      const { toGraphJson } = await import('../graph/export/json.ts');
      return {
        text: toGraphJson(selection),
        type: 'application/json',
        extension: 'json',
        suffix: null,
      };
    }
    case 'cmif': {
      const { toCmif } = await import('../graph/export/cmif.ts');
      return {
        text: toCmif(selection, {}),
        type: 'application/tei+xml',
        extension: 'xml',
        suffix: 'cmif',
      };
    }
  }
}
