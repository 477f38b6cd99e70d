import { describe, expect, it } from 'vitest';
import type { ParsedParty } from '../../../src/data/parse/names.ts';
import { headsGroup, readList, splitConjuncts } from '../../../src/data/parse/party-list.ts';
import { DEFAULT_TITLE_PARSE_OPTIONS } from '../../../src/data/parse/reading.ts';

const ctx = DEFAULT_TITLE_PARSE_OPTIONS;
const names = (parties: ParsedParty[]): string[] => parties.map((p) => p.name);

describe('data/parse/party-list: lists of parties', () => {
  it('reads every member of a serial list, with or without the final comma', () => {
    const oxford = readList(['A. Zorbak', 'Quenty Marl', 'and Trebol Vashin'], ctx);
    expect(names(oxford.parties)).toEqual(['A. Zorbak', 'Quenty Marl', 'Trebol Vashin']);
    const plain = readList(['Zorbak', 'Marl and Vashin'], ctx);
    expect(names(plain.parties)).toEqual(['Zorbak', 'Marl', 'Vashin']);
  });

  it('reads an office between commas as the office of the name before it', () => {
    const list = readList(['Tomsk Ilvar', 'Secretary General of the KWP', 'and Gunter Brask'], ctx);
    expect(list.parties.map((p) => [p.name, p.office ?? null])).toEqual([
      ['Tomsk Ilvar', 'Secretary General of the KWP'],
      ['Gunter Brask', null],
    ]);
  });

  it('reads an office before a comma as the office of the name after it', () => {
    const list = readList(['the Secretary of the KWP', 'Hwang Jang-yeop'], ctx);
    expect(list.parties.map((p) => [p.name, p.office])).toEqual([
      ['Hwang Jang-yeop', 'the Secretary of the KWP'],
    ]);
  });

  it('reads the head of a group as a party of its own', () => {
    expect(headsGroup('Led by Zhou Enlai', ['the Delegation of the CCP'])).toBe(true);
    expect(headsGroup('Led by Zhou Enlai', ['Zorbak'])).toBe(false);
    const list = readList(['the Delegation of the CCP', 'Led by Dolm Varek'], ctx);
    expect(list.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Delegation of the CCP', 'organisation'],
      ['Dolm Varek', 'person'],
    ]);
  });

  it("reads a body's part as that body's, not a second party", () => {
    const list = readList(['the Ministry of Foreign Affairs', 'Second Division'], ctx);
    expect(names(list.parties)).toEqual(['Ministry of Foreign Affairs']);
    expect(list.parties[0]?.office).toBe('Second Division');
  });

  it('ends the list where a subject starts, and hands the subject back', () => {
    const list = readList(['Zorbak', 'Requesting a Meeting with Marl'], ctx);
    expect(names(list.parties)).toEqual(['Zorbak']);
    expect(list.rest).toBe('Requesting a Meeting with Marl');
  });
});

describe('data/parse/party-list: "and" inside one party', () => {
  it('keeps "North and South Korea" and joint bodies whole', () => {
    expect(splitConjuncts('North and South Korea', ctx)).toEqual(['North and South Korea']);
    expect(splitConjuncts('the Party and Government Delegation', ctx)).toEqual([
      'the Party and Government Delegation',
    ]);
    expect(splitConjuncts('Korean Political Parties and Other Organizations', ctx)).toHaveLength(1);
  });

  it('splits two people, and a person from "Other Leaders"', () => {
    expect(splitConjuncts('Zorbak and Marl', ctx)).toEqual(['Zorbak', 'Marl']);
    expect(splitConjuncts('Dolm Varek and Other Leaders', ctx)).toEqual([
      'Dolm Varek',
      'Other Leaders',
    ]);
  });
});
