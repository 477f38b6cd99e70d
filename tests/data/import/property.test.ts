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
import { jsonErrorOffset } from '../../../src/data/import/json-syntax.ts';
import { readCsv } from '../../../src/data/io/csv.ts';
import { IssueLog } from '../../../src/data/issues.ts';
import { parseTitle } from '../../../src/data/parse/title.ts';
import type { ParsedTitle } from '../../../src/data/parse/title.ts';
import {
  asRead,
  cell,
  mutated,
  TITLE_PIECES,
  validCmif,
  validText,
  XML_PIECES,
} from '../../helpers/arbitraries.ts';
import { buildRead, readBytes } from '../../helpers/import.ts';
import { realContext } from '../../helpers/registry.ts';

/** Generous: the runs take about a second, but the machine may be busy with other test files. */
const SLOW = 20_000;

const TITLES = (() => {
  const file = join(DEFAULT_CORPUS_DIR, 'documents.csv');
  const table = readCsv(readFileSync(file, 'utf8'), file, new IssueLog());
  const column = table?.header.indexOf('title') ?? -1;
  return (table?.rows ?? []).map((row) => row.fields[column] ?? '');
})();

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

const HEADER = ['id', 'title', 'summary', 'notes'];

describe('data/import property: CSV round trip', () => {
  it(
    'any cells written by papaparse are read back the same, each record on its starting line, blank rows skipped',
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
            // Rows with no text in any cell are skipped, and counted when a row follows them.
            const filled = (row: readonly string[]) => row.some((c) => c.trim() !== '');
            expect(table?.rows.map((row) => row.fields)).toEqual(data.filter(filled));
            const last = data.findLastIndex(filled);
            expect(table?.blankRows).toBe(data.slice(0, last + 1).filter((r) => !filled(r)).length);
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

/** correspDesc start tags in the text, outside CDATA sections (where they are just text). */
const startTags = (text: string): number =>
  text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').match(/<correspDesc[\s/>]/g)?.length ?? 0;

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

describe('data/import property: JSON errors', () => {
  /** JSON.parse's verdict: null when valid, else the position it names (undefined if none). */
  const parsePosition = (text: string): number | null | undefined => {
    try {
      JSON.parse(text);
      return null;
    } catch (error) {
      const at = /position (\d+)/.exec((error as Error).message)?.[1];
      return at === undefined ? undefined : Number(at);
    }
  };
  // prettier-ignore
  const JSON_PIECES = ['{', '}', '[', ']', ',', ':', '"', '\\', '\\u12', '-', '.', 'e', '+', '0', 'tru', ' ', '\u0001'];

  it(
    'finds an error exactly when JSON.parse does, at the position it names when it names one',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.json(), mutated(fc.json(), JSON_PIECES)), (text) => {
          const expected = parsePosition(text);
          const found = jsonErrorOffset(text);
          if (expected === null) expect(found).toBeNull();
          else if (expected === undefined) expect(found).not.toBeNull();
          else expect(found).toBe(expected);
        }),
        { numRuns: 2000 },
      );
    },
    SLOW,
  );
});
