import { describe, expect, it } from 'vitest';
import { parseDate, UNDATED } from '../../../src/data/parse/dates.ts';
import { readParty as parseParty } from '../../../src/data/parse/party.ts';
import { authorityGroups } from '../../../src/data/registry/authority-groups.ts';
import { createRegistry } from '../../../src/data/registry/registry.ts';
import { createResolver } from '../../../src/data/registry/resolve.ts';
import { realContext, realRegistry } from '../../helpers/registry.ts';

function resolveName(text: string, date = UNDATED) {
  const resolver = createResolver(realRegistry());
  const party = parseParty(text, realContext());
  if (!party) throw new Error(`no party in ${text}`);
  return { ref: resolver.resolve(party, date, 'test-doc'), resolver };
}

describe('data/registry: resolving names', () => {
  it.each([
    ['Stalin', 'stalin'],
    ['Cde. Stalin', 'stalin'],
    ['Filippov', 'stalin'],
    ['Iosif Vissarionovich Stalin', 'stalin'],
    ['Generalissimo Iosif Vissarionovich Stalin', 'stalin'],
    ['I.V. Stalin', 'stalin'],
    ['Cde. I. V. Stalin', 'stalin'],
    ['Joseph Stalin', 'stalin'],
    ['Shytkov', 'shtykov'],
    ['Terenti Shtykov', 'shtykov'],
    ['Vyshinky', 'vyshinsky'],
    ['Roschin', 'roshchin'],
    ['V. Molotov', 'molotov'],
    ['Kim Il-sung', 'kim-il-sung'],
    ['Kim Il', 'kim-il'],
  ])('%s → %s', (name, id) => {
    expect(resolveName(name).ref.person).toBe(id);
  });

  it('resolves the real name in brackets and keeps the pseudonym as written', () => {
    const { ref } = resolveName('Filippov [Stalin]');
    expect(ref).toMatchObject({
      person: 'stalin',
      asWritten: 'Filippov [Stalin]',
      resolvedBy: 'bracket',
    });
  });

  it('resolves offices to their holder on the date, keeping the office as written', () => {
    const resolver = createResolver(realRegistry());
    const ctx = realContext();
    const pyongyang = resolver.resolve(
      { name: 'Soviet Ambassador', asWritten: 'the Soviet Ambassador', place: 'Pyongyang' },
      parseDate('3 October 1949') ?? UNDATED,
      'a',
    );
    expect(pyongyang).toMatchObject({
      person: 'shtykov',
      resolvedBy: 'office',
      office: 'Soviet Ambassador, Pyongyang',
    });
    const peking = resolver.resolve(
      { name: 'Soviet Ambassador', asWritten: 'the Soviet Ambassador', place: 'Peking' },
      parseDate('September 1950') ?? UNDATED,
      'b',
    );
    expect(peking).toMatchObject({ person: 'roshchin', resolvedBy: 'office' });
    const china = parseParty('the Soviet Ambassador to China', ctx);
    expect(china && resolver.resolve(china, parseDate('1951') ?? UNDATED, 'c').person).toBe(
      'roshchin',
    );
  });

  it('leaves an office unresolved outside any term, or when two holders overlap the date', () => {
    const resolver = createResolver(realRegistry());
    const before = resolver.resolve(
      { name: 'Soviet Ambassador', asWritten: 'Soviet Ambassador', place: 'Peking' },
      parseDate('1947') ?? UNDATED,
      'x',
    );
    expect(before.resolvedBy).toBe('unresolved');
    const minister = resolver.resolve(
      { name: 'Soviet Foreign Minister', asWritten: 'Soviet Foreign Minister' },
      parseDate('March 1949') ?? UNDATED,
      'y',
    );
    expect(minister.resolvedBy).toBe('unresolved');
    const reasons = resolver.unresolved().map((u) => u.reason);
    expect(reasons.some((r) => /no holder/.test(r))).toBe(true);
    expect(reasons.some((r) => /Vyacheslav Molotov or Andrei Vyshinsky/.test(r))).toBe(true);
    const later = resolver.resolve(
      { name: 'Soviet Foreign Minister', asWritten: 'Soviet Foreign Minister' },
      parseDate('June 1949') ?? UNDATED,
      'z',
    );
    expect(later.person).toBe('vyshinsky');
  });

  it('keeps unknown names as nodes of their own, with spelling suggestions', () => {
    const { ref, resolver } = resolveName('Cde. Bogomolov');
    expect(ref).toMatchObject({ person: 'bogomolov', resolvedBy: 'unresolved' });
    expect(resolver.people().find((p) => p.id === 'bogomolov')).toMatchObject({
      label: 'Bogomolov',
      registered: false,
    });
    // Two letters off: no spelling variant, but close enough to suggest.
    const typo = resolveName('Vyshimskoy').resolver.unresolved()[0];
    expect(typo?.suggestions).toContain('Andrei Vyshinsky');
  });

  it('reports aliases that name two people instead of guessing', () => {
    const person = (id: string, aliases: string[]) => ({
      id,
      name: id,
      kind: 'person' as const,
      affiliation: '',
      role: '',
      aliases,
      authority: [],
      uncertain: false,
      notes: '',
    });
    const { registry, clashes } = createRegistry([person('a', ['Kim']), person('b', ['Kim'])]);
    expect(clashes.join()).toMatch(/"kim" names a and b/);
    expect(registry.lookup('Kim')).toBeUndefined();
  });

  it('matches authority ids whatever the scheme or trailing slash', () => {
    expect(realRegistry().byAuthority('https://wikidata.org/entity/Q855/')?.id).toBe('stalin');
  });

  it('matches a party to the registry by any of its ids, not only the first', () => {
    const resolver = createResolver(realRegistry());
    const party = {
      name: 'Correspondent 7',
      asWritten: 'Correspondent 7',
      authority: 'https://d-nb.info/gnd/0000000',
      sameAs: ['http://www.wikidata.org/entity/Q855'],
    };
    expect(resolver.resolve(party, UNDATED, 'd1')).toMatchObject({
      person: 'stalin',
      resolvedBy: 'authority',
    });
  });
});

describe('data/registry: authority ids joined across the corpus', () => {
  const wikidata = 'http://www.wikidata.org/entity/Q855';
  const gnd = 'https://d-nb.info/gnd/0000000';
  const only = (authority: string, sameAs: string[] = []) => ({
    name: 'Correspondent 7',
    asWritten: 'Correspondent 7',
    authority,
    sameAs,
  });

  it('matches an id the registry lacks to the registered person another letter joins it to', () => {
    const parties = [only(gnd), only(gnd, [wikidata])];
    const joined = createResolver(realRegistry(), { authorityGroups: authorityGroups(parties) });
    expect(parties.map((party) => joined.resolve(party, UNDATED, 'd').person)).toEqual([
      'stalin',
      'stalin',
    ]);
    // Without the whole corpus's ids, the first letter is a stranger.
    const alone = createResolver(realRegistry());
    expect(alone.resolve(only(gnd), UNDATED, 'd').person).not.toBe('stalin');
  });
});

describe('data/registry: authority groups', () => {
  const party = (authority: string, sameAs: string[] = []) => ({
    name: 'x',
    asWritten: 'x',
    authority,
    sameAs,
  });

  it('joins ids given together, through chains, whatever their scheme or trailing slash', () => {
    const groups = authorityGroups([
      party('http://a.org/1', ['http://b.org/2']),
      party('http://c.org/3'),
      party('https://b.org/2/', ['http://c.org/3']),
      party('http://d.org/4'),
    ]);
    expect(groups.membersOf('http://c.org/3')).toEqual([
      'http://c.org/3',
      'http://a.org/1',
      'http://b.org/2',
    ]);
    expect(groups.membersOf('https://a.org/1/')).toEqual([
      'https://a.org/1/',
      'http://b.org/2',
      'http://c.org/3',
    ]);
    expect(groups.membersOf('http://d.org/4')).toEqual(['http://d.org/4']);
    expect(groups.membersOf('http://unseen.org/9')).toEqual(['http://unseen.org/9']);
  });

  it('gives the same groups in the same order whichever id each party names first', () => {
    const forward = authorityGroups([
      party('http://a.org/1'),
      party('http://b.org/2', ['http://a.org/1']),
    ]);
    const backward = authorityGroups([
      party('http://a.org/1'),
      party('http://a.org/1', ['http://b.org/2']),
    ]);
    for (const groups of [forward, backward]) {
      expect(groups.membersOf('http://b.org/2')).toEqual(['http://b.org/2', 'http://a.org/1']);
    }
  });
});

describe('data/registry: names with brackets of their own', () => {
  it('resolves registered names that contain brackets', () => {
    expect(resolveName('the Central Committee of the VKP(b)').ref.person).toBe('cc-vkpb');
    expect(resolveName('CC VKP(b)').ref.person).toBe('cc-vkpb');
    expect(resolveName('Politburo of the CC VKP(b)').ref.person).toBe('politburo');
  });
});
