/** Generators for the import properties: edits of a text, CSV cells, CMIF files. */
import fc from 'fast-check';
import { cmifDocument, escapeXml, letterXml } from './import.ts';

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
export const mutated = (
  base: fc.Arbitrary<string>,
  pieces: readonly string[],
): fc.Arbitrary<string> =>
  fc
    .tuple(base, fc.array(mutations(pieces), { minLength: 1, maxLength: 6 }))
    .map(([text, edits]) => edits.reduce((t, edit) => edit(t), text));

/** Pieces of title grammar and dates to insert into real titles. */
// prettier-ignore
export const TITLE_PIECES = [
  '(', ')', '[', ']', '"', "'", ',', ', ', ' to ', ' via ', ' from ', ' and ', ' for ', ' of ',
  ' containing a message from ', '[via Kovalev]', '(for Stalin)', '[Soviet Translation]',
  ' no. 123', '23 October 1949', 'May 3, 1950', 'March 1949', '1949', '12-14 May 1947',
  '31 February 1950', '1950-05-03', '../1950', 'Cde. ', 'the ', '.', ';', '\t', '\n',
];

/** Cells with all that CSV must quote or could mistake: quotes, delimiters, breaks, BOM, controls. */
// prettier-ignore
const CSV_HAZARDS = [
  '"', ',', ';', '\t', '\n', '\r', '\r\n', '\uFEFF', ' ', '\u0000', '\u001b', '\u007f', '\u2028',
];
export const cell = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...CSV_HAZARDS),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 30,
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
/** How the reader gives a name back: whitespace collapsed, trimmed. */
export const asRead = (s: string): string => s.replace(/[ \n]+/g, ' ').trim();
const cmifDate = fc.oneof(
  fc.constantFrom('1800', '1800-02', '1800-02-29', '1801-13', '23.10.1800', ''),
  fc.string({ maxLength: 10 }).map((s) => s.replace(/[^\x20-\x7e]|[&<"]/g, '')),
);
export const validCmif = fc
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
export const validText = validCmif.map((valid) => valid.text);

/** Pieces that break XML, or turn it hostile, to insert into valid CMIF. */
// prettier-ignore
export const XML_PIECES = [
  '<!DOCTYPE TEI>', '<!DOCTYPE x [<!ENTITY e "x">]>', '&', '&e;', '&amp;', '<', '>', '"', '</',
  '<correspDesc>', '<persName>', 'notBefore="1800"', ' when="never"', 'type="x"', '<![CDATA[ ]]>',
  '\u0000', '\uFEFF',
];
