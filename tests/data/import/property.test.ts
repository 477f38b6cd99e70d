/**
 * Properties over generated input: the title parser never throws and always answers in shape;
 * any cells survive a trip through CSV and every row is accounted for by the build; CMIF, valid
 * or mangled, never throws, and a valid file loses no letter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../../src/data/cli/paths.ts';
import { readCmif } from '../../../src/data/import/cmif.ts';
import { readCsv } from '../../../src/data/io/csv.ts';
import { IssueLog } from '../../../src/data/issues.ts';
import { parseTitle } from '../../../src/data/parse/title.ts';
import type { ParsedTitle } from '../../../src/data/parse/title.ts';
import { buildRead, cmifDocument, letterXml, readBytes } from '../../helpers/import.ts';
import { realContext } from '../../helpers/registry.ts';

/** Generous: the runs take about a second, but the machine may be busy with other test files. */
const SLOW = 20_000;

const TITLES = (() => {
  const file = join(DEFAULT_CORPUS_DIR, 'documents.csv');
  const table = readCsv(readFileSync(file, 'utf8'), file, new IssueLog());
  const column = table?.header.indexOf('title') ?? -1;
  return (table?.rows ?? []).map((row) => row.fields[column] ?? '');
})();

/** Insert `piece` at a position given as a fraction of the text. */
const insertAt = (text: string, at: number, piece: string): string => {
  const i = Math.floor(at * (text.length + 1));
  return text.slice(0, i) + piece + text.slice(i);
};
const deleteAt = (text: string, at: number, length: number): string => {
  const i = Math.floor(at * text.length);
  return text.slice(0, i) + text.slice(i + length);
};

/** Edits of a text: insert one of `pieces` or any character, delete a stretch, cut the end. */
function mutations(pieces: readonly string[]): fc.Arbitrary<(text: string) => string> {
  const at = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
  return fc.oneof(
    fc.tuple(at, fc.constantFrom(...pieces)).map(
      ([p, piece]) =>
        (t: string) =>
          insertAt(t, p, piece),
    ),
    fc.tuple(at, fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })).map(
      ([p, piece]) =>
        (t: string) =>
          insertAt(t, p, piece),
    ),
    fc.tuple(at, fc.integer({ min: 1, max: 12 })).map(
      ([p, n]) =>
        (t: string) =>
          deleteAt(t, p, n),
    ),
    at.map((p) => (t: string) => t.slice(0, Math.floor(p * (t.length + 1)))),
  );
}
const mutated = (base: fc.Arbitrary<string>, pieces: readonly string[]): fc.Arbitrary<string> =>
  fc
    .tuple(base, fc.array(mutations(pieces), { minLength: 1, maxLength: 6 }))
    .map(([text, edits]) => edits.reduce((t, edit) => edit(t), text));

const TITLE_PIECES = [
  '(',
  ')',
  '[',
  ']',
  '"',
  "'",
  ',',
  ', ',
  ' to ',
  ' via ',
  ' from ',
  ' and ',
  ' for ',
  ' containing a message from ',
  '[via Kovalev]',
  '(for Stalin)',
  '[Soviet Translation]',
  ' no. 123',
  '23 October 1949',
  'May 3, 1950',
  'March 1949',
  '1949',
  '12-14 May 1947',
  '31 February 1950',
  '1950-05-03',
  '../1950',
  ' of ',
  'Cde. ',
  'the ',
  '.',
  ';',
  '\t',
  '\n',
];
const DATE_ISO: Record<ParsedTitle['date']['precision'], RegExp | null> = {
  none: null,
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

function expectWellFormed(title: string, parsed: ParsedTitle): void {
  expect(parsed.title).toBe(title);
  expect(typeof parsed.type).toBe('string');
  expect(parsed.type.length).toBeGreaterThan(0);
  for (const role of ['senders', 'recipients', 'via', 'originators', 'participants'] as const) {
    expect(Array.isArray(parsed[role])).toBe(true);
    for (const party of parsed[role]) {
      expect(typeof party.name).toBe('string');
      expect(party.name.trim()).not.toBe('');
      expect(typeof party.asWritten).toBe('string');
    }
  }
  for (const list of [parsed.places, parsed.notes, parsed.warnings]) {
    expect(Array.isArray(list)).toBe(true);
    for (const item of list) expect(typeof item).toBe('string');
  }
  for (const value of [parsed.number, parsed.medium, parsed.topic])
    expect(value === null || typeof value === 'string').toBe(true);
  const { iso, precision, end } = parsed.date;
  const pattern = DATE_ISO[precision];
  if (pattern === null) expect(iso).toBeNull();
  else expect(iso).toMatch(pattern);
  if (end !== undefined && end !== null && iso !== null) expect(end > iso).toBe(true);
}

describe('data/import property: parseTitle', () => {
  const ctx = realContext();

  it(
    'never throws on arbitrary strings, and answers in shape',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 })),
          (title) => {
            expectWellFormed(title, parseTitle(title));
            expectWellFormed(title, parseTitle(title, ctx));
          },
        ),
        { numRuns: 1000 },
      );
    },
    SLOW,
  );

  it(
    'never throws on mutations of the real titles, and answers in shape',
    () => {
      expect(TITLES).toHaveLength(34);
      fc.assert(
        fc.property(mutated(fc.constantFrom(...TITLES), TITLE_PIECES), (title) => {
          const parsed = parseTitle(title, ctx);
          expectWellFormed(title, parsed);
          expect(parseTitle(title, ctx)).toEqual(parsed);
        }),
        { numRuns: 1500 },
      );
    },
    SLOW,
  );
});

/** Cells with everything CSV must quote or could mistake: quotes, delimiters, line breaks, BOM, controls. */
const cell = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '"',
      ',',
      ';',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\uFEFF',
      ' ',
      '\u0000',
      '\u001b',
      '\u007f',
      '\u2028',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 30,
});
const HEADER = ['id', 'title', 'summary', 'notes'];

describe('data/import property: CSV round trip', () => {
  it(
    'any cells written by papaparse are read back the same, each record on its starting line',
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(cell, cell, cell, cell), { maxLength: 8 }),
          fc.constantFrom('\r\n', '\n', '\r'),
          (data, newline) => {
            const text = Papa.unparse({ fields: HEADER, data }, { newline });
            const log = new IssueLog();
            const table = readCsv(text, 'round.csv', log);
            expect(log.issues).toEqual([]);
            expect(table?.header).toEqual(HEADER);
            expect(table?.rows.map((row) => row.fields)).toEqual(data);
            const lines = table?.rows.map((row) => row.line) ?? [];
            expect(lines.every((line, i) => line > (lines[i - 1] ?? 1))).toBe(true);
          },
        ),
        { numRuns: 1500 },
      );
    },
    SLOW,
  );

  it(
    'builds every row of a corpus CSV into the report once: built, or rejected with its reason',
    () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 8 }), (cells) => {
          const data = cells.map(([title, summary], i) => [`r${i + 1}`, title, summary, '']);
          const read = readBytes('corpus.csv', Papa.unparse({ fields: HEADER, data }));
          expect(read.errors).toEqual([]);
          const { report, documents } = buildRead(read);
          expect(report.records).toHaveLength(data.length);
          expect(report.records.map((r) => r.id).sort()).toEqual(data.map((row) => row[0]).sort());
          const empty = data.filter((row) => (row[1] ?? '').trim() === '').map((row) => row[0]);
          expect(report.records.filter((r) => r.status === 'rejected').map((r) => r.id)).toEqual(
            empty,
          );
          for (const doc of documents) {
            const row = data.find((r) => r[0] === doc.id);
            expect(doc.title).toBe((row?.[1] ?? '').trim());
          }
        }),
        { numRuns: 300 },
      );
    },
    SLOW,
  );
});

/** Printable text with the characters XML must escape, a line break and a non-ASCII letter. */
const rawName = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom('&', '<', '>', '"', "'", ' ', '\n', 'é'),
      fc.string({ minLength: 1, maxLength: 1 }),
    ),
    maxLength: 20,
  })
  .map((s) => s.replace(/[^\n\x20-\x7e\u00e9]/g, ''));
const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** How the reader gives a name back: whitespace collapsed, trimmed. */
const asRead = (s: string): string => s.replace(/[ \n]+/g, ' ').trim();
const cmifDate = fc.oneof(
  fc.constantFrom('1800', '1800-02', '1800-02-29', '1801-13', '23.10.1800', ''),
  fc.string({ maxLength: 10 }).map((s) => s.replace(/[^\x20-\x7e]|[&<"]/g, '')),
);
const validCmif = fc
  .array(fc.tuple(rawName, rawName, cmifDate), { maxLength: 6 })
  .map((letters) => ({
    letters,
    text: cmifDocument(
      letters
        .map(([from, to, when], i) =>
          letterXml(String(i + 1), { name: escapeXml(from) }, { name: escapeXml(to) }, when),
        )
        .join('\n'),
    ),
  }));
const validText = validCmif.map((valid) => valid.text);
const XML_PIECES = [
  '<!DOCTYPE TEI>',
  '<!DOCTYPE x [<!ENTITY e "x">]>',
  '&',
  '&e;',
  '&amp;',
  '<',
  '>',
  '"',
  '</',
  '<correspDesc>',
  '</correspDesc>',
  '<persName>',
  'notBefore="1800"',
  ' when="never"',
  'type="x"',
  '<![CDATA[ ]]>',
  '\u0000',
  '\uFEFF',
];
const START_TAGS = /<correspDesc[\s/>]/g;
const startTags = (text: string): number => text.match(START_TAGS)?.length ?? 0;

describe('data/import property: CMIF', () => {
  it(
    'reads every letter of a valid file, on its own line, with its names',
    () => {
      fc.assert(
        fc.property(validCmif, ({ text, letters }) => {
          const result = readCmif(text, 'valid.xml');
          expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
          expect(result.letters).toHaveLength(startTags(text));
          const lines = text
            .split('\n')
            .flatMap((line, i) => (/<correspDesc[\s>]/.test(line) ? [i + 1] : []));
          expect(result.letters.map((l) => l.line)).toEqual(lines);
          expect(result.letters.map((l) => [l.senders[0]?.name, l.recipients[0]?.name])).toEqual(
            letters.map(([from, to]) => [asRead(from), asRead(to)]),
          );
        }),
        { numRuns: 500 },
      );
    },
    SLOW,
  );

  it(
    'never throws on mangled files: an error says where, and no complete letter is dropped silently',
    () => {
      const renamed = fc
        .tuple(
          validText,
          fc.constantFrom('correspDesc', 'correspAction', 'persName', 'date', 'TEI'),
          fc.constantFrom('letter', 'x:y', 'persname', ''),
        )
        .map(([text, from, to]) => text.replace(new RegExp(`(</?)${from}\\b`, 'g'), `$1${to}`));
      fc.assert(
        fc.property(
          fc.oneof(mutated(validText, XML_PIECES), renamed, fc.string({ maxLength: 200 })),
          (text) => {
            let result: ReturnType<typeof readCmif> | undefined;
            expect(() => {
              result = readCmif(text, 'mangled.xml');
            }).not.toThrow();
            const errors = result?.issues.filter((i) => i.severity === 'error') ?? [];
            const letters = result?.letters ?? [];
            for (const error of errors) {
              expect(error.line).toBeGreaterThanOrEqual(1);
              expect(error.column).toBeGreaterThanOrEqual(1);
            }
            if (errors.length === 0) expect(letters).toHaveLength(startTags(text));
            else {
              expect(letters.length).toBeLessThanOrEqual(startTags(text));
              // Only letters complete before the error are kept.
              for (const letter of letters)
                expect(letter.line).toBeLessThanOrEqual(errors[0]?.line ?? 0);
            }
            expect(
              letters.length > 0 || (result?.issues ?? []).some((i) => (i.line ?? 0) >= 1),
            ).toBe(true);
          },
        ),
        { numRuns: 1500 },
      );
    },
    SLOW,
  );
});
