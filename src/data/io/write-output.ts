/**
 * Writing the explorer's data: graph.json (graphology's serialization, positions included),
 * documents.json (the records; edges carry only document ids), report.json, and registry.json
 * (the registry the names resolved against, for imports in the browser).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from '../build/pipeline.ts';
import type { BuildReport } from '../build/report.ts';
import { documentsFileText } from '../../formats/corpus-files.ts';

export const OUTPUT_FILES = {
  graph: 'graph.json',
  documents: 'documents.json',
  report: 'report.json',
  registry: 'registry.json',
} as const;

/**
 * The report as written: records drawn in the network are left out of its list, since
 * documents.json holds each with its file and line (at 10^5 records they were 15 MB that the
 * explorer parsed for nothing); the list keeps every record attached, unplaced or rejected.
 */
function reportForFile(report: BuildReport): BuildReport {
  return { ...report, records: report.records.filter((record) => record.status !== 'graph') };
}

/** Serialise a build. Compact and key-ordered as built, so the same corpus gives the same bytes. */
export function serialiseBuild(result: BuildResult): Record<keyof typeof OUTPUT_FILES, string> {
  return {
    graph: `${JSON.stringify(result.graph.export())}\n`,
    documents: documentsFileText(result.graph.getAttributes(), result.documents, result.places),
    report: `${JSON.stringify(reportForFile(result.report), null, 2)}\n`,
    registry: `${JSON.stringify({ people: result.registry.people, offices: result.registry.offices, places: result.registry.places })}\n`,
  };
}

/** Write a build into a folder, creating it; returns the paths written. */
export function writeBuild(result: BuildResult, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const texts = serialiseBuild(result);
  return (Object.keys(OUTPUT_FILES) as (keyof typeof OUTPUT_FILES)[]).map((key) => {
    const path = join(outDir, OUTPUT_FILES[key]);
    writeFileSync(path, texts[key]);
    return path;
  });
}
