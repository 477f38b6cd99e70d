import { describe, expect, it } from 'vitest';
import { mapCaption, mapFlows, unlocatedLine } from '../../src/graph/map-flows.ts';
import { documentPlaces, placeTableOf } from '../../src/graph/places.ts';
import type { PlaceTable } from '../../src/graph/places.ts';
import type { DocumentRecord, PlaceRef } from '../../src/graph/types.ts';
import { handDoc } from '../helpers/hand-corpus.ts';

/** A value the test has just made sure of (the lint forbids `!`). */
function sure<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const TABLE: PlaceTable = {
  located: [
    { key: 'a', name: 'Alpha', lat: 50, lon: 8, source: 'gazetteer' },
    { key: 'b', name: 'Beta', lat: 51, lon: 13, source: 'gazetteer' },
    { key: 'c', name: 'Gamma', lat: 48, lon: 16, source: 'registry' },
  ],
  forms: { 'name:Alpha': 'a', 'name:A.': 'a', 'name:Beta': 'b', 'ref:http://g/3': 'c' },
  unlocated: [{ name: 'Nowhere', reason: 'not in places.csv nor in the gazetteer', letters: 1 }],
};

function letter(id: string, places: [string, PlaceRef['role'], string?][]): DocumentRecord {
  return {
    ...handDoc(id, { senders: ['x'], recipients: ['y'] }),
    places: [],
    placeRefs: places.map(([name, role, authority]) => ({
      name,
      role,
      ...(authority ? { authority } : {}),
    })),
  };
}

describe('graph/map-flows', () => {
  it('aggregates letters per ordered pair of places, each direction its own flow', () => {
    const flows = mapFlows(
      [
        letter('1', [
          ['Alpha', 'sent'],
          ['Beta', 'received'],
        ]),
        letter('2', [
          ['A.', 'sent'],
          ['Beta', 'received'],
        ]),
        letter('3', [
          ['Beta', 'sent'],
          ['Alpha', 'received'],
        ]),
        letter('4', [
          ['Beta', 'sent'],
          ['Gamma', 'received', 'http://g/3'],
        ]),
        letter('5', [
          ['Alpha', 'sent'],
          ['Alpha', 'received'],
        ]),
        letter('6', [
          ['Alpha', 'sent'],
          ['Nowhere', 'received'],
        ]),
        letter('7', [['Nowhere', 'sent']]),
        letter('8', []),
        letter('9', [['Gamma', 'mentioned', 'http://g/3']]),
      ],
      TABLE,
    );
    expect(flows.flows.map((f) => [f.key, f.documents])).toEqual([
      ['a→b', ['1', '2']],
      ['b→a', ['3']],
      ['b→c', ['4']],
    ]);
    const points = Object.fromEntries(flows.points.map((p) => [p.name, p]));
    expect(points.Alpha).toMatchObject({
      documents: ['1', '2', '3', '5', '6'],
      sent: 4,
      received: 2,
    });
    expect(points.Gamma).toMatchObject({ documents: ['4'], sent: 0, received: 1 });
    expect(flows).toMatchObject({ total: 9, shown: 6, withoutPlace: 2, unlocatedOnly: 1 });
    expect(mapCaption(flows)).toBe(
      'shows 6 of 9 letters; 2 have no place; 1 has only places not on the map',
    );
  });

  it('reads a title’s place as received when it qualifies a recipient, else as sent', () => {
    const doc = handDoc('t', { senders: ['lie'], recipients: ['mfa'] });
    doc.places = ['Lake Success', 'Moscow'];
    sure(doc.roles.recipients[0]).place = 'Moscow';
    expect(documentPlaces(doc)).toEqual([
      { name: 'Lake Success', role: 'sent' },
      { name: 'Moscow', role: 'received' },
    ]);
  });

  it('says which places are not on the map, most named first, within a limit', () => {
    const report = {
      located: 0,
      unlocated: [
        { name: 'Glaucha', reason: 'r', letters: 55 },
        { name: 'Utphe', reason: 'r', letters: 1 },
        { name: 'Kursachsen', reason: 'r', letters: 11 },
      ],
      letters: { total: 0, shown: 0, unlocatedOnly: 0, withoutPlace: 0 },
    };
    expect(unlocatedLine(report, 2)).toBe(
      '3 places not on the map: Glaucha (55 letters), Utphe (1 letter), and 1 more',
    );
    expect(unlocatedLine({ ...report, unlocated: [] })).toBeNull();
  });

  it('keeps, for a selection of letters, only the places they name', () => {
    const part = placeTableOf(TABLE, [
      letter('1', [
        ['Beta', 'sent'],
        ['Nowhere', 'received'],
      ]),
    ]);
    expect(part).toEqual({
      located: [TABLE.located[1]],
      forms: { 'name:Beta': 'b' },
      unlocated: TABLE.unlocated,
    });
  });
});
