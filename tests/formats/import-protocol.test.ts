import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/data/build/pipeline.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/data/cli/paths.ts';
import { readCorpus } from '../../src/data/io/read-corpus.ts';
import { IssueLog } from '../../src/data/issues.ts';
import { decodeImportResult, encodeImportResult } from '../../src/formats/import-protocol.ts';
import type { CorpusMeta, DocumentRecord } from '../../src/graph/types.ts';

describe('graph/import-protocol: the import worker hands its result over as bytes', () => {
  const log = new IssueLog();
  const input = readCorpus(DEFAULT_CORPUS_DIR, log);
  const built = buildCorpus(input, log, { layout: false });
  const meta = input.meta as CorpusMeta;

  it('reads back the graph, every document and the report of the default corpus', async () => {
    const { bytes } = encodeImportResult(built.graph.export(), meta, built.documents, built.report);
    let pauses = 0;
    const read = await decodeImportResult(bytes, async () => void pauses++);
    expect(read.graph).toEqual(JSON.parse(JSON.stringify(built.graph.export())));
    expect(read.documents.corpus).toEqual(meta);
    expect(read.documents.documents.map((doc) => doc.id)).toEqual(
      built.documents.map((doc) => doc.id),
    );
    expect(read.documents.documents).toEqual(JSON.parse(JSON.stringify(built.documents)));
    expect(read.report).toEqual(JSON.parse(JSON.stringify(built.report)));
    // One pause after each file (graph, documents, report); 34 records make one slice.
    expect(pauses).toBe(3);
  });

  it('transfers every buffer it made, each once, and lets each documents piece go once read', async () => {
    const many = Array.from({ length: 9_001 }, (_, i) => ({
      ...(built.documents[i % built.documents.length] as DocumentRecord),
      id: `copy-${i}`,
    }));
    const { bytes, transfer } = encodeImportResult(built.graph.export(), meta, many, built.report);
    const arrays = [bytes.graph, ...bytes.documents, bytes.report];
    expect(transfer).toHaveLength(arrays.length);
    expect(new Set(transfer).size).toBe(arrays.length);
    for (const array of arrays) expect(transfer).toContain(array.buffer);
    // Header, three pieces of at most 4,000 records, tail.
    expect(bytes.documents).toHaveLength(5);
    let pauses = 0;
    const read = await decodeImportResult(bytes, async () => void pauses++);
    expect(bytes.documents).toHaveLength(0);
    expect(read.documents.documents.map((doc) => doc.id)).toEqual(many.map((doc) => doc.id));
    // Two between the slices of 4,000 records, one after each of the three files.
    expect(pauses).toBe(5);
  });
});
