import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { locateBuild } from '../../../src/data/build/pipeline.ts';
import { DEFAULT_CORPUS_DIR, PROJECT_ROOT } from '../../../src/data/cli/paths.ts';
import { readGazetteer } from '../../../src/data/io/read-gazetteer.ts';
import { locatePlaces } from '../../../src/data/places/locate.ts';
import type { PlaceEntry } from '../../../src/data/registry/registry.ts';
import { mapFlows } from '../../../src/graph/map-flows.ts';
import { placeIndex } from '../../../src/graph/places.ts';
import type { DocumentRecord, PlaceRef } from '../../../src/graph/types.ts';
import { handDoc } from '../../helpers/hand-corpus.ts';
import { buildFiles } from '../../helpers/import.ts';

const SLOW = 120_000;
const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures');
const geonames = (id: number): string => `http://www.geonames.org/${id}`;

function letter(id: string, places: PlaceRef[]): DocumentRecord {
  return { ...handDoc(id, { senders: ['a'], recipients: ['b'] }), placeRefs: places, places: [] };
}

const REGISTRY: PlaceEntry[] = [
  { name: 'Lake Success', aliases: [], country: 'USA', latitude: 40.77066, longitude: -73.71763 },
  {
    name: 'Peking',
    aliases: ['Beijing'],
    country: 'PRC',
    latitude: 39.9075,
    longitude: 116.39723,
    geonames: '1816670',
  },
  { name: 'Nowhere Farm', aliases: [], country: '' },
];

describe('data/places locate', () => {
  let gazetteer: ReturnType<typeof readGazetteer>;
  beforeAll(() => {
    gazetteer = readGazetteer();
  }, SLOW);

  it(
    'locates by the registry first, then GeoNames ids, then names the gazetteer holds once',
    { timeout: SLOW },
    () => {
      const docs = [
        letter('1', [
          { name: 'Lake Success', role: 'sent' },
          { name: 'Frankfurt a. M.', role: 'received', authority: geonames(2925533) },
        ]),
        letter('2', [
          { name: 'Frankfurt', role: 'sent', authority: geonames(2925533) },
          { name: 'Beijing', role: 'received', authority: geonames(1816670) },
        ]),
        letter('3', [
          { name: 'Berlin', role: 'sent' },
          { name: 'Berlin, Germany', role: 'received' },
        ]),
        letter('4', [
          { name: 'Glaucha', role: 'sent', authority: geonames(8629312) },
          { name: 'Nowhere Farm', role: 'received' },
          { name: 'Lake Success', role: 'mentioned' },
        ]),
      ];
      const { table, pending } = locatePlaces(docs, REGISTRY, gazetteer);
      expect(pending).toBe(0);
      const index = placeIndex(table);
      expect(index.locate({ name: 'Lake Success' })).toMatchObject({
        source: 'registry',
        lat: 40.77066,
      });
      // Two spellings of one id are one point; a registry place with that id is the same point.
      expect(index.locate({ name: 'Frankfurt', authority: geonames(2925533) })?.key).toBe(
        'geonames:2925533',
      );
      expect(index.locate({ name: 'Frankfurt a. M.', authority: geonames(2925533) })?.key).toBe(
        'geonames:2925533',
      );
      expect(index.locate({ name: 'Beijing', authority: geonames(1816670) })).toMatchObject({
        source: 'registry',
        name: 'Peking',
      });
      expect(index.locate({ name: 'Berlin, Germany' })?.geonames).toBe('2950159');
      // Ambiguous without an id or country; an id the gazetteer lacks; a place without coordinates.
      expect(index.locate({ name: 'Berlin' })).toBeUndefined();
      const reasons = Object.fromEntries(table.unlocated.map((p) => [p.name, p.reason]));
      expect(reasons.Berlin).toMatch(
        /places of that name in the gazetteer and no GeoNames id or country/,
      );
      expect(reasons.Glaucha).toMatch(/GeoNames 8629312 is not in the offline gazetteer/);
      expect(reasons['Nowhere Farm']).toBe('not in places.csv nor in the gazetteer');
      expect(table.unlocated.every((p) => p.letters === 1)).toBe(true);
    },
  );

  it('leaves places the registry does not locate pending until a gazetteer is given', () => {
    const docs = [
      letter('1', [
        { name: 'Frankfurt', role: 'sent', authority: geonames(2925533) },
        { name: 'Lake Success', role: 'received' },
      ]),
    ];
    const { table, pending } = locatePlaces(docs, REGISTRY, null);
    expect(pending).toBe(1);
    expect(table.located.map((p) => p.name)).toEqual(['Lake Success']);
    expect(table.unlocated).toEqual([
      {
        name: 'Frankfurt',
        authority: geonames(2925533),
        reason: 'the gazetteer was not loaded',
        letters: 1,
      },
    ]);
  });

  it(
    'puts the default corpus’s title places on the map from its registry',
    { timeout: SLOW },
    () => {
      const built = buildFiles(DEFAULT_CORPUS_DIR);
      expect(built.placesPending).toBe(0);
      const places = built.report.places;
      expect(places?.unlocated).toEqual([]);
      expect(built.places.located.map((p) => p.name).sort()).toEqual([
        'Lake Success',
        'Moscow',
        'Peking',
        'Pyongyang',
      ]);
      // Every letter with a place in its title is shown; the others are counted as without one.
      const withPlace = built.documents.filter((doc) => doc.places.length > 0).length;
      expect(places?.letters).toEqual({
        total: built.documents.length,
        shown: withPlace,
        unlocatedOnly: 0,
        withoutPlace: built.documents.length - withPlace,
      });
      // "Telegram from Lake Success, … to the Ministry of Foreign Affairs, Moscow": one arc.
      const flows = mapFlows(built.documents, built.places);
      expect(flows.flows.map((f) => f.key)).toEqual(['geonames:5123853→geonames:524901']);
    },
  );

  it(
    'places the Spener edition by its GeoNames ids and lists what it cannot place',
    { timeout: SLOW },
    () => {
      const built = locateBuild(buildFiles(join(FIXTURES, 'cmif/spener-letters.xml')), gazetteer);
      const report = built.report.places;
      if (!report) throw new Error('the build gave no places report');
      const { total, shown, unlocatedOnly, withoutPlace } = report.letters;
      expect(shown + unlocatedOnly + withoutPlace).toBe(total);
      expect(shown / total).toBeGreaterThan(0.9);
      // Every located place is the gazetteer's point of the id the letters give.
      for (const place of built.places.located) {
        expect(place.source).toBe('gazetteer');
        const source = gazetteer.byId(place.geonames ?? '');
        expect([place.lat, place.lon]).toEqual([source?.lat, source?.lon]);
      }
      expect(report.unlocated.length).toBeGreaterThan(0);
      for (const place of report.unlocated) {
        expect(place.reason).not.toBe('the gazetteer was not loaded');
        expect(place.letters).toBeGreaterThan(0);
      }
      expect(report.unlocated.map((p) => p.name)).toContain('Glaucha');
    },
  );
});
