/**
 * The property of issue 18: a letter table rewritten with every name in the other order
 * ("Darwin, Charles" for "Charles Darwin" and back), and saved in another encoding (Windows-1252,
 * UTF-16 with tabs as Excel's "Unicode text", UTF-8 with a BOM), builds the same graph — the same
 * people, each letter between the same people — whatever mix of orders, particles, initials and
 * cells with several people the table has.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../../src/data/build/pipeline.ts';
import { orderKey, personName } from '../../../src/data/registry/name-forms.ts';
import { nameKey } from '../../../src/graph/text.ts';
import { encodeText, SAVED_ENCODINGS } from '../../helpers/encodings.ts';
import { buildRead, readBytes } from '../../helpers/import.ts';

interface Person {
  forenames: string[];
  particles: string;
  surname: string;
}

const person = fc.record({
  forenames: fc.array(
    fc.constantFrom('Anna', 'Johann', 'Wolfgang', 'Charlotte', 'Joseph', 'Dalton', 'Émilie'),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
  particles: fc.constantFrom('', 'von', 'van der', 'de', 'du'),
  surname: fc.constantFrom('Stein', 'Berg', 'Müller', 'Hooker', 'Châtelet'),
});

/** One person as a cell writes them: full forenames or initials, in one order or the other. */
function written(p: Person, initials: boolean, inverted: boolean): string {
  const forenames = p.forenames.map((f) => (initials ? `${f.charAt(0)}.` : f)).join(' ');
  const surname = p.particles ? `${p.particles} ${p.surname}` : p.surname;
  if (!inverted) return `${forenames} ${surname}`;
  return p.particles ? `${p.surname}, ${forenames} ${p.particles}` : `${p.surname}, ${forenames}`;
}

const cellPeople = fc.array(
  fc.record({ who: fc.nat(), initials: fc.boolean(), inverted: fc.boolean() }),
  { minLength: 1, maxLength: 2 },
);

const table = fc.record({
  encoding: fc.constantFrom(...SAVED_ENCODINGS),
  people: fc.array(person, { minLength: 1, maxLength: 6 }),
  rows: fc.array(
    fc.record({
      senders: cellPeople,
      recipients: cellPeople,
      joiner: fc.constantFrom(' & ', ' and ', ' und ', '; '),
    }),
    { minLength: 1, maxLength: 10 },
  ),
});

/** The table as CSV, every name in the order generated, or every one in the other. */
type Table = typeof table extends fc.Arbitrary<infer T> ? T : never;

function csv(t: Table, flip: boolean, delimiter = ','): string {
  const cell = (list: { who: number; initials: boolean; inverted: boolean }[], joiner: string) =>
    list
      .map(({ who, initials, inverted }) => {
        const p = t.people[who % t.people.length] as Person;
        return written(p, initials, inverted !== flip);
      })
      .join(joiner);
  return Papa.unparse(
    {
      fields: ['Id', 'Sender', 'Recipient'],
      data: t.rows.map((row, i) => [
        String(i + 1),
        cell(row.senders, row.joiner),
        cell(row.recipients, row.joiner),
      ]),
    },
    { delimiter },
  );
}

/** A graph as the property compares it: its people by name key, each letter between them. */
function view({ graph, documents }: BuildResult) {
  const key = (id: string) => {
    const label = graph.getNodeAttribute(id, 'label');
    const form = personName(label);
    return form ? orderKey(form) : nameKey(label);
  };
  return {
    people: graph.nodes().map(key).sort(),
    edges: graph.size,
    letters: documents.map((doc) => [
      doc.id,
      doc.roles.senders.map((ref) => key(ref.person)).sort(),
      doc.roles.recipients.map((ref) => key(ref.person)).sort(),
    ]),
  };
}

describe('data/import name order (property)', () => {
  it('a table with every name in the other order, in another encoding, builds the same graph', () => {
    fc.assert(
      fc.property(table, (t) => {
        const one = buildRead(readBytes('letters.csv', csv(t, false)));
        // Excel's "Unicode text" is tab-separated.
        const tabs = t.encoding.startsWith('utf-16');
        const saved = encodeText(csv(t, true, tabs ? '\t' : ','), t.encoding);
        const read = readBytes(tabs ? 'letters.txt' : 'letters.csv', saved);
        expect(read.errors).toEqual([]);
        const other = buildRead(read);
        expect(view(other)).toEqual(view(one));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
