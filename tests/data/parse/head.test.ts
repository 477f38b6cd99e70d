import { describe, expect, it } from 'vitest';
import { readHead } from '../../../src/data/parse/head.ts';

describe('data/parse/head: type, number, author and form', () => {
  it('reads the type and number and leaves the first clause', () => {
    expect(readHead('Ciphered Telegram No. 418 from Zorbak')).toMatchObject({
      type: 'ciphered telegram',
      number: '418',
      rest: 'from Zorbak',
      conversation: false,
    });
  });

  it('marks conversations, records and minutes as conversations', () => {
    for (const title of [
      'Memorandum of Conversation with Marl',
      'Record of a Conversation between Zorbak and Marl',
      'Meeting Minutes between Zorbak and Marl',
    ]) {
      expect(readHead(title).conversation, title).toBe(true);
    }
  });

  it('reads who stands before the type as its author', () => {
    expect(readHead('Mao Zedong’s Telegram to Stalin').author).toBe('Mao Zedong’s');
    expect(readHead('GDR Embassy Letter to Marl').author).toBe('GDR Embassy');
  });

  it("keeps the document's form (handwritten, draft) as a note, never as a party", () => {
    const handwritten = readHead('Handwritten note, Zorbak to Marl');
    expect([handwritten.type, handwritten.notes, handwritten.rest]).toEqual([
      'note',
      ['handwritten'],
      'Zorbak to Marl',
    ]);
    expect(readHead('Draft of Telegram to Marl').notes).toEqual(['draft']);
  });

  it('gives no type to a title that does not open with one', () => {
    expect(readHead('Zorbak to Marl')).toMatchObject({ type: null, rest: 'Zorbak to Marl' });
  });
});
