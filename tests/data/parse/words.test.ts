import { describe, expect, it } from 'vitest';
import { DEFAULT_TITLE_PARSE_OPTIONS } from '../../../src/data/parse/reading.ts';
import { classify, isAdjective, wordsOf } from '../../../src/data/parse/words.ts';

const isPlace = DEFAULT_TITLE_PARSE_OPTIONS.isPlace;
const classes = (phrase: string): string[] => wordsOf(phrase, isPlace).map((w) => w.cls);

describe('data/parse/words: word classes', () => {
  it('classes the words of an office before a name', () => {
    expect(classes('Chinese Ambassador to North Korea Vasily Moskovsky')).toEqual([
      'nation',
      'office',
      'connector',
      'descriptor',
      'nation',
      'name',
      'name',
    ]);
  });

  it('joins a place of several words the place test knows into one word', () => {
    const knows = (name: string): boolean => name === 'Lake Success';
    const words = wordsOf('Delegation at Lake Success', knows);
    expect(words.map((w) => [w.text, w.cls])).toEqual([
      ['Delegation', 'body'],
      ['at', 'connector'],
      ['Lake Success', 'place'],
    ]);
  });

  it('tells honorifics, initials, particles and acronyms apart', () => {
    expect(classify('Cde.', isPlace).cls).toBe('honorific');
    expect(classify('Comrade', isPlace).cls).toBe('honorific');
    expect(classify('K.', isPlace).cls).toBe('initial');
    expect(classify('Ye.', isPlace).cls).toBe('initial');
    expect(classify('P.F.', isPlace).cls).toBe('initial');
    expect(classify('von', isPlace).cls).toBe('particle');
    expect(classify('MFA', isPlace).cls).toBe('acronym');
    expect(classify('1953', isPlace).cls).toBe('number');
  });

  it('reads an article as glue only in lower case ("A." is an initial, "An" may be a name)', () => {
    expect(classify('a', isPlace).cls).toBe('connector');
    expect(classify('A.', isPlace).cls).toBe('initial');
    expect(classify('An', isPlace).cls).toBe('name');
  });

  it('classes bodies, offices and their descriptors, possessives included', () => {
    expect(classify('Ministry', isPlace).cls).toBe('body');
    expect(classify('Embassy', isPlace).cls).toBe('body');
    expect(classify('Secretary', isPlace).cls).toBe('office');
    expect(classify('Foreign', isPlace).cls).toBe('descriptor');
    const possessor = classify('Zedong’s', isPlace);
    expect(possessor.cls).toBe('name');
    expect(possessor.possessive).toBe(true);
  });

  it('classes hyphenated compounds of known words as known', () => {
    expect(classify('Sino-Soviet', isPlace).cls).toBe('nation');
    expect(classify('Government-level', isPlace).cls).toBe('descriptor');
    expect(classify('Vice-Minister', isPlace).cls).toBe('office');
    expect(classify('Ho-Chi', isPlace).cls).toBe('name');
  });

  it('takes any other lower-case word out of names, and any other capitalised word into them', () => {
    expect(classify('handwritten', isPlace).cls).toBe('lower');
    expect(classify('Qwertzy', isPlace).cls).toBe('name');
  });

  it('knows an adjective of a nation from a country (no name ends with one)', () => {
    expect(isAdjective(classify('Chinese', isPlace))).toBe(true);
    expect(isAdjective(classify('Foreign', isPlace))).toBe(true);
    expect(isAdjective(classify('Korea', isPlace))).toBe(false);
    expect(isAdjective(classify('Kim', isPlace))).toBe(false);
  });

  it('gives the same class for a word however often it is asked (the cache holds)', () => {
    const first = classes('Chinese Embassy in Pyongyang');
    expect(classes('Chinese Embassy in Pyongyang')).toEqual(first);
    expect(first).toEqual(['nation', 'body', 'connector', 'place']);
  });
});
