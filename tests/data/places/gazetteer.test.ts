import { beforeAll, describe, expect, it } from 'vitest';
import { readGazetteer } from '../../../src/data/io/read-gazetteer.ts';
import { decodeGazetteer, splitCountry } from '../../../src/data/places/gazetteer.ts';
import type { Gazetteer } from '../../../src/data/places/gazetteer.ts';

const SLOW = 60_000;
let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = readGazetteer();
}, SLOW);

/** A protocol-buffer varint, zigzag-encoded when signed, for hand-made city messages. */
function varint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return bytes;
}
const zigzag = (n: number): number[] => varint(n < 0 ? -2 * n - 1 : 2 * n);
const text = (field: number, value: string): number[] => {
  const bytes = [...new TextEncoder().encode(value)];
  return [field * 8 + 2, ...varint(bytes.length), ...bytes];
};
function city(id: number, name: string, country: string, dLon: number, dLat: number): number[] {
  const body = [
    8,
    ...zigzag(id),
    ...text(2, name),
    ...text(3, country),
    ...text(7, 'PPL'), // a field the reader skips
    72,
    ...varint(1234),
    80,
    ...zigzag(dLon),
    88,
    ...zigzag(dLat),
  ];
  return [...varint(body.length), ...body];
}

describe('data/places gazetteer', () => {
  it('decodes cities with coordinates as deltas from the previous city, skipping other fields', () => {
    const bytes = new Uint8Array([
      ...city(2950159, 'Berlin', 'DE', 1341053, 5252437),
      ...city(524901, 'Moscow', 'RU', 3761556 - 1341053, 5575222 - 5252437),
    ]);
    expect(decodeGazetteer(bytes)).toEqual([
      {
        geonames: '2950159',
        name: 'Berlin',
        country: 'DE',
        lat: 52.52437,
        lon: 13.41053,
        population: 1234,
      },
      {
        geonames: '524901',
        name: 'Moscow',
        country: 'RU',
        lat: 55.75222,
        lon: 37.61556,
        population: 1234,
      },
    ]);
  });

  it('finds a place by its GeoNames id in the package’s data', { timeout: SLOW }, () => {
    expect(gazetteer.size).toBeGreaterThan(100_000);
    const frankfurt = gazetteer.byId('2925533');
    expect(frankfurt).toMatchObject({ name: 'Frankfurt am Main', country: 'DE' });
    expect(frankfurt?.lat).toBeCloseTo(50.11, 1);
    expect(frankfurt?.lon).toBeCloseTo(8.68, 1);
    expect(gazetteer.byId('8629312')).toBeUndefined(); // Glaucha: a quarter of Halle, no city
  });

  it(
    'places a name only when one place bears it, or one within the country given',
    { timeout: SLOW },
    () => {
      expect(gazetteer.byName('Berlin')).toMatchObject({ status: 'ambiguous' });
      expect(gazetteer.byName('Berlin', 'Germany')).toMatchObject({
        status: 'found',
        place: { geonames: '2950159' },
      });
      expect(gazetteer.byName('Berlin', 'DE')).toMatchObject({ status: 'found' });
      expect(gazetteer.byName('Berlin', 'Deutschland')).toMatchObject({ status: 'found' });
      expect(gazetteer.byName('Paris', 'Frankreich')).toMatchObject({
        status: 'found',
        place: { geonames: '2988507' },
      });
      expect(gazetteer.byName('Berlin', 'Atlantis')).toEqual({ status: 'unknown' });
      expect(gazetteer.byName('Xyzzy-on-Nowhere')).toEqual({ status: 'unknown' });
    },
  );

  it('splits a country from a written place, after a comma or in brackets', () => {
    expect(splitCountry('Weimar, Germany')).toEqual({ name: 'Weimar', country: 'Germany' });
    expect(splitCountry('Weimar (DE)')).toEqual({ name: 'Weimar', country: 'DE' });
    expect(splitCountry('Weimar')).toEqual({ name: 'Weimar' });
  });
});
