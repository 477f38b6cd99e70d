import { describe, expect, it } from 'vitest';
import { compareStrings } from '../../../src/graph/compare.ts';
import { createRegistry, nameKey } from '../../../src/data/registry/registry.ts';
import type { PersonEntry } from '../../../src/data/registry/registry.ts';
import { editDistance, suggest } from '../../../src/data/registry/suggest.ts';

const NAMES = [
  'Terentii Shtykov',
  'Nikolai Roshchin',
  'Andrei Vyshinsky',
  'Vyacheslav Molotov',
  'Ivan Kovalev',
  'Kim Il Sung',
  'Kim Tu-bong',
  'Pak Hon-yong',
  'Mao Zedong',
  'Zhou Enlai',
];
const people = NAMES.map((name, i): PersonEntry => ({
  ...{ id: `p${i}`, name, kind: 'person', affiliation: '', role: '', aliases: [] },
  ...{ authority: [], uncertain: false, notes: '' },
}));
const { registry } = createRegistry(people);

/** Every registered name within the allowed edits, the slow way: no bucket bits, no index. */
function bruteForce(name: string): string[] {
  const key = nameKey(name);
  const found = new Map<string, number>();
  for (const [form, entry] of registry.names()) {
    if (form.charAt(0) !== key.charAt(0) || Math.abs(form.length - key.length) > 2) continue;
    const limit = form.length > 6 ? 2 : 1;
    const distance = editDistance(key, form, limit);
    if (distance <= limit) found.set(entry.name, Math.min(found.get(entry.name) ?? 99, distance));
  }
  return [...found]
    .sort((a, b) => a[1] - b[1] || compareStrings(a[0], b[0]))
    .map(([n]) => n)
    .slice(0, 3);
}

describe('data/registry: spelling suggestions', () => {
  it('suggests names one or two letters off, changed, added, dropped or swapped', () => {
    expect(suggest('Terentii Shytkov', registry)).toEqual(['Terentii Shtykov']);
    expect(suggest('Nikolai Roschin', registry)).toEqual(['Nikolai Roshchin']);
    expect(suggest('Ivan Kovalyov', registry)).toEqual(['Ivan Kovalev']);
    expect(suggest('Kim Il Sun', registry)).toEqual(['Kim Il Sung']);
    expect(suggest('Zhou Enlia', registry)).toEqual(['Zhou Enlai']);
    expect(suggest('Harry Truman', registry)).toEqual([]);
  });

  it('misses none of the names a letter-by-letter comparison finds', () => {
    let seed = 19;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n); // the high bits: the low ones cycle
    };
    const letters = 'abcdefghijklmnopqrstuvwxyz -';
    let suggested = 0;
    for (let trial = 0; trial < 2000; trial++) {
      let name = NAMES[random(NAMES.length)] ?? '';
      for (let edit = random(4); edit > 0; edit--) {
        const at = random(name.length);
        const letter = letters.charAt(random(letters.length));
        const op = random(3);
        name = `${name.slice(0, at)}${op === 1 ? '' : letter}${name.slice(op === 0 ? at : at + 1)}`;
      }
      const found = suggest(name, registry);
      if (found.length > 0) suggested++;
      expect(found, name).toEqual(bruteForce(name));
    }
    expect(suggested).toBeGreaterThan(500);
  });
});
