/**
 * Messages between the explorer and its import worker. The worker reads the files, builds the
 * corpus and lays it out off the main thread, reporting progress, so the page stays responsive.
 */
import type { SerializedGraph } from 'graphology-types';
import type { BuildReport } from './report.ts';
import type {
  CorpusMeta,
  DocumentEdgeAttributes,
  DocumentRecord,
  PersonAttributes,
} from './types.ts';

export interface ImportFile {
  name: string;
  bytes: ArrayBuffer;
}

export interface ImportRequest {
  files: ImportFile[];
  /** The registry shipped with the site (people, offices, places), as the build wrote it. */
  registry: { people: unknown[]; offices: unknown[]; places: unknown[] } | null;
  letters: {
    defaultSender: string | null;
    defaultRecipient: string | null;
    map: Record<string, string>;
  };
  seed: number;
}

export type ImportStage = 'reading' | 'documents' | 'graph' | 'layout';

export type ImportMessage =
  | { type: 'progress'; stage: ImportStage; done: number; total: number; detail: string }
  | {
      type: 'done';
      graph: SerializedGraph<PersonAttributes, DocumentEdgeAttributes>;
      documents: DocumentRecord[];
      corpus: CorpusMeta;
      report: BuildReport;
    }
  | { type: 'failed'; message: string };

/** Files larger than this are refused before they are read, with the limit in the message. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
