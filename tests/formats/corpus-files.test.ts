import { describe, expect, it } from 'vitest';
import {
  documentsFilePieces,
  documentsFileText,
  readDocumentsStream,
} from '../../src/formats/corpus-files.ts';
import { handDoc } from '../helpers/hand-corpus.ts';

const documents = Array.from({ length: 7 }, (_, i) => ({
  ...handDoc(`d${i}`, { senders: ['a'], recipients: ['b'] }, i % 2 ? '1949-10-23' : null),
  // Line breaks, quotes and the file's own markers inside the text must not split a record.
  summary: `line one\nline two "${i}" ,"documents":[ \n]}`,
}));
const corpus = { name: 'Odd "corpus","documents":[', slug: 'odd' };

describe('graph/documents-file: documents.json a slice at a time', () => {
  it('is one JSON value, one record per line', () => {
    const text = documentsFileText(corpus, documents);
    expect(JSON.parse(text)).toEqual({ corpus, documents });
    expect(text.split('\n')).toHaveLength(documents.length + 3);
  });

  it('comes in pieces of at most the records asked for, which join into the file', () => {
    const plain = `{"corpus":${JSON.stringify(corpus)},"documents":[\n${documents
      .map((doc) => JSON.stringify(doc))
      .join(',\n')}\n]}\n`;
    expect(documentsFileText(corpus, documents)).toBe(plain);
    for (const size of [1, 2, 3, 7, 100]) {
      const pieces = [...documentsFilePieces(corpus, documents, size)];
      expect(pieces.join('')).toBe(plain);
      const records = pieces
        .slice(1, -1)
        .map((piece) => piece.split('\n').filter((line) => line.startsWith('{')).length);
      expect(Math.max(...records)).toBeLessThanOrEqual(size);
      expect(records.reduce((a, b) => a + b, 0)).toBe(documents.length);
    }
    expect([...documentsFilePieces(corpus, [])].join('')).toBe(
      `{"corpus":${JSON.stringify(corpus)},"documents":[\n\n]}\n`,
    );
  });

  it('reads back the same records in slices, pausing between them', async () => {
    let pauses = 0;
    const read = await readDocumentsStream([documentsFileText(corpus, documents)], {
      sliceSize: 3,
      pause: async () => void pauses++,
    });
    expect(read).toEqual({ corpus, documents });
    expect(pauses).toBe(2);
  });

  it('reads the text as it arrives, in pieces cut anywhere, lines split included', async () => {
    const text = documentsFileText(corpus, documents);
    for (const size of [1, 7, 64, 500, text.length]) {
      const pieces = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
        text.slice(i * size, (i + 1) * size),
      );
      async function* arriving() {
        yield* pieces;
      }
      expect(await readDocumentsStream(arriving(), { sliceSize: 2 })).toEqual({
        corpus,
        documents,
      });
      const compact = JSON.stringify({ corpus, documents });
      const compactPieces = [compact.slice(0, size), compact.slice(size)];
      expect(await readDocumentsStream(compactPieces)).toEqual({ corpus, documents });
    }
  });

  it('reads an empty file, and a documents.json laid out any other way, whole', async () => {
    expect(await readDocumentsStream([documentsFileText(corpus, [])])).toEqual({
      corpus,
      documents: [],
    });
    const compact = JSON.stringify({ corpus, documents });
    expect(await readDocumentsStream([compact])).toEqual({ corpus, documents });
    const pretty = JSON.stringify({ corpus, documents }, null, 2);
    expect(await readDocumentsStream([pretty])).toEqual({ corpus, documents });
  });
});
