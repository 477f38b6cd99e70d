/**
 * Several parties in one cell of a letter table: split on "&", "and", "und", "et", "/" only where
 * every side reads as a person's name or is known in the table; never inside an organisation's
 * name or an inverted name; each split reported once per cell form.
 */
import { describe, expect, it } from 'vitest';
import { knownNames, splitParties } from '../../../src/data/import/party-cells.ts';
import { buildRead, readBytes } from '../../helpers/import.ts';

const NONE = new Set<string>();

describe('data/import party-cells: splitParties', () => {
  it('splits people joined by a conjunction in English, German, French, or a slash', () => {
    expect(splitParties('Charlotte von Stein & Friedrich Schiller', NONE)).toEqual([
      'Charlotte von Stein',
      'Friedrich Schiller',
    ]);
    expect(splitParties('Charles Darwin and J. D. Hooker', NONE)).toEqual([
      'Charles Darwin',
      'J. D. Hooker',
    ]);
    expect(splitParties('Caroline Schlegel und August Wilhelm Schlegel', NONE)).toHaveLength(2);
    expect(splitParties('Denis Diderot et Jean le Rond', NONE)).toHaveLength(2);
    expect(splitParties('Emma Darwin / Charles Darwin', NONE)).toHaveLength(2);
    expect(splitParties('Charles Darwin & Emma Darwin & Asa Gray', NONE)).toHaveLength(3);
  });

  it('splits inverted names at the conjunction, never at their commas', () => {
    expect(splitParties('Darwin, Charles and Hooker, J. D.', NONE)).toEqual([
      'Darwin, Charles',
      'Hooker, J. D.',
    ]);
    expect(splitParties('Darwin, Charles', NONE)).toEqual(['Darwin, Charles']);
  });

  it('keeps organisations and firms whole', () => {
    for (const cell of [
      'Smith & Sons',
      'Smith, Elder & Co.',
      'Charles Darwin and Co.',
      'Ministry of War and Navy',
      'Royal Society and Linnean Society',
      'Longman, Brown, Green and Longmans',
      'Smith & Jones',
    ])
      expect(splitParties(cell, NONE)).toEqual([cell]);
  });

  it('splits single names the table gives on their own elsewhere', () => {
    const known = knownNames(['Goethe', 'Schiller', 'Smith & Jones']);
    expect(splitParties('Goethe und Schiller', known)).toEqual(['Goethe', 'Schiller']);
    expect(splitParties('Goethe und Herder', known)).toEqual(['Goethe und Herder']);
    // Known in one order, written in the other.
    expect(splitParties('Ch. Darwin & Gray, Asa', knownNames(['Asa Gray']))).toEqual([
      'Ch. Darwin',
      'Gray, Asa',
    ]);
  });
});

describe('data/import party-cells: in a letter table', () => {
  const table = [
    'Id,Sender,Recipient,Recipient GND',
    '1,Charlotte von Stein & Friedrich Schiller,Johann Wolfgang Goethe,',
    '2,Charlotte von Stein & Friedrich Schiller,Johann Wolfgang Goethe,',
    '3,Johann Wolfgang Goethe,Charlotte von Stein & Friedrich Schiller,',
    '4,"Smith, Elder & Co.",Charles Darwin and Co.,',
    '5,Johann Wolfgang Goethe,Wilhelm von Humboldt & Alexander von Humboldt,https://d-nb.info/gnd/1',
  ].join('\n');

  it('gives each person of a split cell their own node and reports each cell form once', () => {
    const read = readBytes('letters.csv', table);
    const { documents, graph, report } = buildRead(read);
    const senders = (id: string) =>
      documents.find((d) => d.id === `letters-${id}`)?.roles.senders.map((r) => r.asWritten);
    expect(senders('1')).toEqual(['Charlotte von Stein', 'Friedrich Schiller']);
    expect(senders('4')).toEqual(['Smith, Elder & Co.']);
    const labels = graph.nodes().map((n) => graph.getNodeAttribute(n, 'label'));
    expect(labels).toEqual(
      expect.arrayContaining([
        'Charlotte von Stein',
        'Friedrich Schiller',
        'Charles Darwin and Co.',
      ]),
    );
    const splits = report.issues.filter((i) => i.kind === 'cell split');
    expect(splits).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'Sender',
        message:
          '"Charlotte von Stein & Friedrich Schiller" read as 2 parties: "Charlotte von Stein", "Friedrich Schiller" (3 rows)',
      }),
    ]);
  });

  it('never splits a value that has an id: the id names one party', () => {
    const { documents } = buildRead(readBytes('letters.csv', table));
    const five = documents.find((d) => d.id === 'letters-5');
    expect(five?.roles.recipients.map((r) => r.asWritten)).toEqual([
      'Wilhelm von Humboldt & Alexander von Humboldt',
    ]);
  });
});
