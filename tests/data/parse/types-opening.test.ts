/**
 * The head's pre-check of document types (typesOpening): it may only leave out types whose own
 * pattern cannot match the text. Checked on texts made of the words type phrases are written
 * with (any case, plurals, accents, marks around them, hyphenated, anything after), and on every
 * word of the development set's real titles and the default corpus's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typesOpening } from '../../../src/data/parse/head.ts';
import { DOCUMENT_TYPES, TYPE_MODIFIERS } from '../../../src/data/parse/vocabulary.ts';

/** The types the pre-check left out that match the text after all: always none. */
function missed(text: string): string[] {
  const tried = new Set(typesOpening(text));
  return DOCUMENT_TYPES.filter((t) => !tried.has(t) && t.pattern.test(text)).map(
    (t) => `${t.type}: ${t.pattern.source}`,
  );
}

/** Every letter run of the patterns (wider than the words the pre-check reads off them). */
const PATTERN_WORDS = [
  ...new Set(
    [...DOCUMENT_TYPES.map((t) => t.pattern.source), TYPE_MODIFIERS.source].flatMap(
      (source) => source.match(/\p{L}+/gu) ?? [],
    ),
  ),
];
/** Type words as titles write them, beyond the patterns' spelling. */
const WRITTEN_WORDS = [
  'Memorandum',
  'Memoranda',
  'Memo',
  'Aide-mémoire',
  'Aide Memoire',
  'Communiqué',
  'Telephonogram',
  'Ciphered',
  'Cable',
  'Telegram',
  'Record',
  'Minutes',
  'Stenographic',
  'Conversation',
  'Exchange',
  'Note',
  'Notes',
  'Verbale',
  'Speeches',
  'Dispatches',
  'Despatch',
  'Treaty',
  'Diary',
  'Report',
  'Kovalev',
  'Zhou',
  'Soviet-Korean',
  '1st',
  'Draft',
  'Excerpt',
];

const word = fc.oneof(fc.constantFrom(...PATTERN_WORDS, ...WRITTEN_WORDS), fc.string());
const cased = fc
  .tuple(word, fc.constantFrom('lower', 'upper', 'title', 'as is'))
  .map(([w, how]) =>
    how === 'lower'
      ? w.toLowerCase()
      : how === 'upper'
        ? w.toUpperCase()
        : how === 'title'
          ? `${w.charAt(0).toUpperCase()}${w.slice(1).toLowerCase()}`
          : w,
  );
const text = fc
  .tuple(
    fc.constantFrom('', '(', '[', '"', "'", '“'),
    fc.array(cased, { minLength: 1, maxLength: 5 }),
    fc.constantFrom(' ', '-', '', ' of ', ' ', '  '),
    fc.constantFrom('', 's', 'es', ')', ',', ' No. 5', ' from A to B', ' of Conversation'),
  )
  .map(([open, words, glue, tail]) => `${open}${words.join(glue)}${tail}`);

function wordStarts(title: string): string[] {
  const words = title.split(' ');
  return words.map((_, i) => words.slice(i).join(' '));
}

describe('data/parse/head: typesOpening, the pre-check of document types', () => {
  it('tries the types a text may open with, and none before a name', () => {
    const tried = typesOpening('Memorandum of Conversation between Kovalev and Stalin');
    expect(tried.map((t) => t.type)).toEqual(
      expect.arrayContaining(['conversation', 'memorandum']),
    );
    expect(tried.length).toBeLessThan(DOCUMENT_TYPES.length);
    expect(typesOpening('Kovalev to Stalin')).toEqual([]);
    // A hyphen or a digit opens modifiers ("Soviet-Korean", "1st"): every type is tried there.
    expect(typesOpening('Soviet-Korean Agreement')).toBe(DOCUMENT_TYPES);
  });

  it('never leaves out a type whose pattern matches the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(missed(t)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('never leaves out a type at any word of the real titles', () => {
    const dev = readFileSync(
      join(import.meta.dirname, '../../fixtures/titles/wcda-dev-titles.jsonl'),
      'utf8',
    )
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { title: string }).title);
    const corpus = readFileSync(join(import.meta.dirname, '../../../data/documents.csv'), 'utf8')
      .split('\n')
      .slice(1);
    const texts = [...dev, ...corpus].flatMap(wordStarts);
    expect(texts.length).toBeGreaterThan(3000);
    expect(texts.flatMap((t) => missed(t).map((m) => `${t} → ${m}`))).toEqual([]);
  });
});
