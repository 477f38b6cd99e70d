import { describe, expect, it } from 'vitest';
import { analysePhrase, isPartyLike, readParty } from '../../../src/data/parse/party.ts';
import { DEFAULT_TITLE_PARSE_OPTIONS } from '../../../src/data/parse/reading.ts';
import { realContext } from '../../helpers/registry.ts';

// Names made up for the rules: none is in the lexicon or the registry.
const ctx = DEFAULT_TITLE_PARSE_OPTIONS;
const read = (phrase: string) => readParty(phrase, ctx);

describe('data/parse/party: one party phrase', () => {
  it('drops an honorific from the name and keeps the phrase as written', () => {
    expect(read('Cde. Zorbakov')).toEqual({
      name: 'Zorbakov',
      asWritten: 'Cde. Zorbakov',
      kind: 'person',
    });
  });

  it('reads an office before a name as the office of that person', () => {
    const party = read('Soviet Ambassador to North Korea Vasily Moskovsky');
    expect(party?.name).toBe('Vasily Moskovsky');
    expect(party?.office).toBe('Soviet Ambassador to North Korea');
    expect(party?.kind).toBe('person');
  });

  it('reads what follows a name after "in" as its place', () => {
    const party = read('Czech Ambassador Holub in Pyongyang');
    expect([party?.name, party?.office, party?.place]).toEqual([
      'Holub',
      'Czech Ambassador',
      'Pyongyang',
    ]);
  });

  it('reads a place in parentheses after a name as the place, not the person', () => {
    const party = read('Trelawny (Moscow)');
    expect([party?.name, party?.place]).toEqual(['Trelawny', 'Moscow']);
  });

  it('reads a bracketed real name after a cover name', () => {
    const party = read('Quorvin [Dabrek Salunov]');
    expect([party?.name, party?.realName]).toEqual(['Quorvin', 'Dabrek Salunov']);
  });

  it('names an office by the person a bracket gives ("the President (X)")', () => {
    const party = read('the President (Borlan Tessik)');
    expect([party?.name, party?.office, party?.kind]).toEqual([
      'Borlan Tessik',
      'President',
      'person',
    ]);
  });

  it('types an office without a name as an office, a body as an organisation', () => {
    expect(read('Ambassador to Bonn')?.kind).toBe('office');
    const body = read('the Romanian Embassy in Pyongyang');
    expect([body?.name, body?.kind]).toEqual(['Romanian Embassy in Pyongyang', 'organisation']);
  });

  it('types placeholders as placeholders, every spelling alike', () => {
    for (const phrase of ['unknown', 'Unknown', 'N.N.', 'Unbekannt', 'anonymous']) {
      expect(read(phrase)?.kind, phrase).toBe('placeholder');
    }
  });

  it('reads a registered name whole, and an office the registry knows as an office', () => {
    const real = realContext();
    expect(readParty('Comrade Kim Il Sung', real)).toEqual({
      name: 'Kim Il Sung',
      asWritten: 'Comrade Kim Il Sung',
    });
  });
});

describe('data/parse/party: taking a phrase apart', () => {
  it('gives the office, the name and the qualifier separately', () => {
    const parts = analysePhrase('Chinese Ambassador Tolvek Ransa of the Embassy', ctx);
    expect(parts?.office.map((w) => w.text)).toEqual(['Chinese', 'Ambassador']);
    expect(parts?.name.map((w) => w.text)).toEqual(['Tolvek', 'Ransa']);
    expect(parts?.qualifier.map((w) => w.text)).toEqual(['of', 'the', 'Embassy']);
  });

  it('knows a subject from a party', () => {
    expect(isPartyLike('US Threats and Promises', ctx)).toBe(false);
    expect(isPartyLike('Soviet Ambassador Trebosh', ctx)).toBe(true);
    expect(isPartyLike('Zorbak Telvin', ctx)).toBe(true);
  });
});
