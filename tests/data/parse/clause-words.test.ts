import { describe, expect, it } from 'vitest';
import { isSubjectStart } from '../../../src/data/parse/clause-words.ts';
import { DEFAULT_TITLE_PARSE_OPTIONS } from '../../../src/data/parse/reading.ts';

const ctx = DEFAULT_TITLE_PARSE_OPTIONS;

describe('data/parse/clause-words: where parties stop and the subject starts', () => {
  it('reads topic words, verbs, quotations and lower-case clauses as subjects', () => {
    for (const clause of [
      'on the situation in Korea',
      'regarding the talks',
      'Requesting a Meeting',
      'approved by Marl',
      '“The Question”',
    ]) {
      expect(isSubjectStart(clause, ctx), clause).toBe(true);
    }
  });

  it("reads a possessor's thing as a subject, an office or body of a nation as a party", () => {
    expect(isSubjectStart('Pol Pot’s Visit to the DPRK', ctx)).toBe(true);
    expect(isSubjectStart('the USSR’s Ambassador', ctx)).toBe(false);
  });

  it('reads a name as a party', () => {
    expect(isSubjectStart('Zorbak', ctx)).toBe(false);
    expect(isSubjectStart('the Embassy in Pyongyang', ctx)).toBe(false);
  });
});
