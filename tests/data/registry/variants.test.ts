import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PersonEntry } from '../../../src/data/registry/registry.ts';
import { editDistance, withinOneEdit } from '../../../src/data/registry/suggest.ts';
import { createVariantIndex, variantKey } from '../../../src/data/registry/variants.ts';
import { realRegistry } from '../../helpers/registry.ts';

const person = (id: string, name: string): PersonEntry => ({
  id,
  name,
  kind: 'person',
  affiliation: '',
  role: '',
  aliases: [],
  authority: [],
  uncertain: false,
  notes: '',
});

describe('data/registry/variants: one key for what transliterations disagree on', () => {
  it.each([
    ['Molotoff', 'Molotov'], // -off / -ov
    ['Malenkow', 'Malenkov'], // German -ow
    ['Vyshinskii', 'Vyshinsky'], // -ii / -y
    ['Vyshinskiy', 'Vyshinsky'], // -iy / -y
    ['Roshin', 'Roshchin'], // shch / sh
    ['Kovalyov', 'Kovalev'], // yo / e
    ["Vasil'yev", 'Vasiliev'], // apostrophe for the soft sign
    ['Podtserob', 'Podzerob'], // ts / z
    ['Grommyko', 'Gromyko'], // a doubled letter
    ['Zoë', 'Zoe'], // accents
  ])('"%s" and "%s" share a key', (a, b) => {
    expect(variantKey(a)).toBe(variantKey(b));
  });

  it('keeps different names apart', () => {
    expect(variantKey('Molotov')).not.toBe(variantKey('Malenkov'));
    expect(variantKey('Kim Il Sung')).not.toBe(variantKey('Kim Jong Il'));
  });
});

describe('data/registry/variants: the index', () => {
  const index = createVariantIndex([
    ['Vyacheslav Molotov', person('molotov', 'Vyacheslav Molotov')],
    ['Molotov', person('molotov', 'Vyacheslav Molotov')],
    ['Terentii Shtykov', person('shtykov', 'Terentii Shtykov')],
    ['Shtykov', person('shtykov', 'Terentii Shtykov')],
    ['Kim', person('kim-a', 'Kim A')],
    ['Kim', person('kim-b', 'Kim B')],
  ]);

  it('finds a spelling variant as sure, a name one letter off as to check', () => {
    expect(index.find('Molotoff')).toMatchObject({ entry: { id: 'molotov' }, how: 'spelling' });
    expect(index.find('Shtytkov')).toMatchObject({ entry: { id: 'shtykov' }, how: 'near' });
  });

  it('finds nothing for a short name one letter off, or a key two people share', () => {
    expect(index.find('Kin')).toBeUndefined();
    expect(index.find('Kim')).toBeUndefined();
    expect(index.find('Zorbakov')).toBeUndefined();
  });

  it('finds the registered people of the default corpus under their variants', () => {
    const registry = realRegistry();
    expect(registry.lookupVariant('Molotoff')?.entry.name).toBe('Vyacheslav Molotov');
    expect(registry.lookupVariant('Vyshinskii')?.how).toBe('spelling');
  });
});

describe('data/registry/suggest: one edit apart, in one pass', () => {
  it('agrees with the edit distance on every pair of short strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 }),
        (a, b) => withinOneEdit(a, b) === editDistance(a, b, 1) <= 1,
      ),
      { numRuns: 3000 },
    );
  });
});
