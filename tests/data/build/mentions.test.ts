import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/data/build/mentions.ts';
import { createRegistry } from '../../../src/data/registry/registry.ts';
import type { PersonEntry } from '../../../src/data/registry/registry.ts';

function person(id: string, name: string, aliases: string[] = []): PersonEntry {
  const entry = { id, name, kind: 'person', affiliation: '', role: '', aliases };
  return { ...entry, authority: [], uncertain: false, notes: '' } as PersonEntry;
}

const { registry } = createRegistry([
  person('kis', 'Kim Il Sung', ['Kim Il-sung']),
  person('ki', 'Kim Il'),
  person('stein', 'Charlotte von Stein'),
  person('zola', 'Émile Zola'),
  person('alpha', '𝐀lpha Beta'),
  person('malik', 'Yakov Malik', ['Malik']),
  person('cc', 'Central Committee', ['CC']),
]);

const found = (text: string) =>
  findMentions(text, registry).map((m) => [m.id, m.asWritten] as const);

describe('findMentions', () => {
  it('takes the longest registered form at each word, once per person, in order', () => {
    expect(found('Kim Il Sung met Kim Il, then Kim Il Sung again')).toEqual([
      ['kis', 'Kim Il Sung'],
      ['ki', 'Kim Il'],
    ]);
    expect(found('A letter of Kim Il-Sung')).toEqual([['kis', 'Kim Il-Sung']]);
  });

  it('reads lower-case words inside a name, but no name ends on one', () => {
    expect(found('Charlotte von Stein writes')).toEqual([['stein', 'Charlotte von Stein']]);
    expect(found('Kim il sung')).toEqual([]);
  });

  it('reads accented and astral letters, possessives and hyphens as words do', () => {
    expect(found("Émile Zola's reply; emile zola")).toEqual([['zola', 'Émile Zola']]);
    expect(found('to 𝐀lpha Beta.')).toEqual([['alpha', '𝐀lpha Beta']]);
    expect(found("Malik's note")).toEqual([['malik', 'Malik']]);
  });

  it('leaves abbreviations and names inside longer words alone', () => {
    expect(found('the CC met Maliks and XMalik')).toEqual([]);
  });
});
