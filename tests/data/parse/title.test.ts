import { describe, expect, it } from 'vitest';
import type { ParsedParty } from '../../../src/data/parse/names.ts';
import { parseTitle } from '../../../src/data/parse/title.ts';
import { realContext } from '../../helpers/registry.ts';

const names = (parties: ParsedParty[]): string[] => parties.map((p) => p.realName ?? p.name);
const parse = (title: string) => parseTitle(title, realContext());

describe('data/parse: senders and recipients', () => {
  it('reads "X to Y" after the type', () => {
    const t = parse('Ciphered Telegram, Molotov to Cde. Stalin, 18 September 1947');
    expect(t.type).toBe('ciphered telegram');
    expect(names(t.senders)).toEqual(['Molotov']);
    expect(names(t.recipients)).toEqual(['Stalin']);
    expect(t.recipients[0]?.asWritten).toBe('Cde. Stalin');
  });

  it('reads "from X to Y" and "to Y from X" alike', () => {
    const a = parse('Letter from Kim Il Sung to Stalin, 7 March 1949');
    const b = parse('Letter to Stalin from Kim Il Sung, 7 March 1949');
    for (const t of [a, b]) {
      expect(names(t.senders)).toEqual(['Kim Il Sung']);
      expect(names(t.recipients)).toEqual(['Stalin']);
      expect(t.date.iso).toBe('1949-03-07');
    }
  });

  it('keeps one-sided documents one-sided', () => {
    const from = parse('Telegram No. 418 from Vyshinsky, 29 October 1947');
    expect(names(from.senders)).toEqual(['Vyshinsky']);
    expect(from.recipients).toEqual([]);
    const to = parse('Draft of Telegram to Vyshinsky on the Korean Question, 23 October 1947');
    expect(to.senders).toEqual([]);
    expect(names(to.recipients)).toEqual(['Vyshinsky']);
    expect(to.topic).toBe('on the Korean Question');
    expect(to.notes).toContain('draft');
  });

  it('splits several senders or recipients joined by "and" and commas', () => {
    const t = parse('Report, Meretskov, Shtykov and Vasilevsky to Stalin and Molotov, 1 June 1948');
    expect(names(t.senders)).toEqual(['Meretskov', 'Shtykov', 'Vasilevsky']);
    expect(names(t.recipients)).toEqual(['Stalin', 'Molotov']);
    const u = parse('Cable, Stalin to Mao Zedong, Zhou Enlai, 2 July 1950');
    expect(names(u.recipients)).toEqual(['Mao Zedong', 'Zhou Enlai']);
  });

  it('drops honorifics but keeps the name as written', () => {
    const t = parse(
      'Letter, Comrade Kim Il Sung to Generalissimo Iosif Vissarionovich Stalin, 1950',
    );
    expect(names(t.senders)).toEqual(['Kim Il Sung']);
    expect(names(t.recipients)).toEqual(['Iosif Vissarionovich Stalin']);
    const d = parse('Letter, Syngman Rhee to Dr. Robert T. Oliver [Soviet Translation]');
    expect(names(d.recipients)).toEqual(['Robert T. Oliver']);
    expect(d.notes).toEqual(['Soviet Translation']);
    expect(d.date.precision).toBe('none');
    const c = parse('Telegram, Chairman Mao Zedong to Cde. Filippov, 1 January 1950');
    expect(names(c.senders)).toEqual(['Mao Zedong']);
    expect(names(c.recipients)).toEqual(['Filippov']);
  });

  it('reads the object of an addressing verb as the recipient', () => {
    const t = parse(
      'Telegram from Kim Il Sung and Pak Heon-yeong telling Stalin of the losses they have incurred.',
    );
    expect(names(t.senders)).toEqual(['Kim Il Sung', 'Pak Heon-yeong']);
    expect(names(t.recipients)).toEqual(['Stalin']);
    expect(t.topic).toMatch(/^of the losses/);
  });

  it('reads a possessive before the type as the sender', () => {
    const t = parse("Mao Zedong's Telegram to Stalin, 1 March 1950");
    expect(names(t.senders)).toEqual(['Mao Zedong']);
    expect(names(t.recipients)).toEqual(['Stalin']);
  });
});

describe('data/parse: intermediaries and relayed messages', () => {
  it('reads "(via X)" and "[via X]" after the recipient', () => {
    const round = parse('Cable, Stalin to Mao Zedong (via Roshchin), 1 October 1950');
    const square = parse('Cable, Stalin to Mao Zedong [via Kovalev], 1 October 1949');
    expect(names(round.via)).toEqual(['Roshchin']);
    expect(names(square.via)).toEqual(['Kovalev']);
    for (const t of [round, square]) {
      expect(names(t.senders)).toEqual(['Stalin']);
      expect(names(t.recipients)).toEqual(['Mao Zedong']);
    }
  });

  it('reads an intermediary written before the recipient, bracketed or not', () => {
    const a = parse('Telegram from Stalin (via Shtykov) to Kim Il Sung, 30 January 1950');
    const b = parse('Telegram from Stalin via Shtykov to Kim Il Sung, 30 January 1950');
    const c = parse('Telegram, Stalin to Kim Il Sung via Shtykov, 30 January 1950');
    for (const t of [a, b, c]) {
      expect(names(t.senders)).toEqual(['Stalin']);
      expect(names(t.via)).toEqual(['Shtykov']);
      expect(names(t.recipients)).toEqual(['Kim Il Sung']);
    }
  });

  it('treats a transmission channel after "via" as the medium, not a person', () => {
    const t = parse(
      'Telephone Message via VCh, Kim Il Sung to Generalissimo Iosif Vissarionovich Stalin, 22 September 1948',
    );
    expect(t.medium).toBe('VCh');
    expect(t.via).toEqual([]);
    expect(t.type).toBe('telephone message');
    expect(names(t.senders)).toEqual(['Kim Il Sung']);
  });

  it('reads the author of a carried message as its originator', () => {
    const t = parse(
      'Cable Telegram no. 59363 from Kovalev to Stalin, containing a message from Mao Zedong, 23 October 1949',
    );
    expect(t.number).toBe('59363');
    expect(names(t.originators)).toEqual(['Mao Zedong']);
    expect(names(t.senders)).toEqual(['Kovalev']);
    expect(names(t.recipients)).toEqual(['Stalin']);
    const u = parse(
      'Telegram, Gromyko to Cde. I.V. Stalin, Transmitting Letter from Kim Il Sung, 28 September 1950',
    );
    expect(names(u.originators)).toEqual(['Kim Il Sung']);
    expect(names(u.recipients)).toEqual(['I.V. Stalin']);
  });

  it('makes an addressee who only forwards ("…, for Y") an intermediary', () => {
    const t = parse('Cable, Filippov [Stalin] to Roshchin, for Mao Zedong, 5 July 1950');
    expect(names(t.senders)).toEqual(['Stalin']);
    expect(names(t.via)).toEqual(['Roshchin']);
    expect(names(t.recipients)).toEqual(['Mao Zedong']);
  });
});

describe('data/parse: names, offices and places', () => {
  it('reads pseudonyms with the real name in square or round brackets', () => {
    for (const title of [
      'Cable No. 2220, from Filippov [Stalin] to Mao Zedong, 3 May 1950',
      'Cable, Filippov (Stalin) to Mao Zedong, 3 May 1950',
    ]) {
      const t = parse(title);
      expect(t.senders[0]?.name).toBe('Filippov');
      expect(t.senders[0]?.realName).toBe('Stalin');
      expect(t.senders[0]?.asWritten).toMatch(/^Filippov [[(]Stalin[\])]$/);
    }
  });

  it('keeps "to" inside an office title ("Ambassador to France")', () => {
    const t = parse('Letter from the Soviet Ambassador to France to Molotov, 4 April 1948');
    expect(names(t.senders)).toEqual(['Soviet Ambassador to France']);
    expect(names(t.recipients)).toEqual(['Molotov']);
    const u = parse('Cable, Soviet Ambassador to France Bogomolov to Molotov, 4 April 1948');
    expect(names(u.senders)).toEqual(['Bogomolov']);
    expect(u.senders[0]?.office).toBe('Soviet Ambassador to France');
    const v = parse('Telegram, Vyshinsky to the Soviet Ambassador to China, 1 December 1949');
    expect(names(v.recipients)).toEqual(['Soviet Ambassador to China']);
  });

  it("reads a place in brackets after a name as that party's place", () => {
    const t = parse('Letter, Kim Il Sung (Pyongyang) to Stalin (Moscow), 12 October 1949');
    expect(t.senders[0]).toMatchObject({ name: 'Kim Il Sung', place: 'Pyongyang' });
    expect(t.recipients[0]).toMatchObject({ name: 'Stalin', place: 'Moscow' });
    expect(t.places).toEqual(expect.arrayContaining(['Pyongyang', 'Moscow']));
  });

  it('reads "from <place>" in the head as a place when the senders follow', () => {
    const t = parse(
      'Telegram from Lake Success, Trygve Lie to the Ministry of Foreign Affairs, Moscow, 26 June 1950',
    );
    expect(t.places).toEqual(['Lake Success', 'Moscow']);
    expect(names(t.senders)).toEqual(['Trygve Lie']);
    expect(t.recipients[0]).toMatchObject({ name: 'Ministry of Foreign Affairs', place: 'Moscow' });
  });

  it('reads an office followed by its place', () => {
    const t = parse('Cable, Filippov [Stalin] to the Soviet Ambassador, Pyongyang, 3 October 1949');
    expect(t.recipients[0]).toMatchObject({ name: 'Soviet Ambassador', place: 'Pyongyang' });
  });

  it('does not take names in a trailing topic for parties', () => {
    for (const title of [
      "Telegram, Stalin to Mao Zedong, on Kim Il Sung's visit to Moscow, 14 May 1950",
      'Telegram, Stalin to Mao Zedong, regarding talks with Kim Il Sung, 14 May 1950',
      'Telegram, Stalin to Mao Zedong, concerning Zhou Enlai and Kim Il Sung, 14 May 1950',
      'Telegram from Stalin to Mao Zedong about Kim Il Sung, 14 May 1950',
    ]) {
      const t = parse(title);
      expect(names(t.senders)).toEqual(['Stalin']);
      expect(names(t.recipients)).toEqual(['Mao Zedong']);
      expect(t.topic).toMatch(/Kim Il Sung/);
      expect(t.date.iso).toBe('1950-05-14');
    }
  });

  it('keeps sequence markers as notes', () => {
    const t = parse('Cable, Shtykov to Vyshinsky (1), 19 January 1950');
    expect(names(t.recipients)).toEqual(['Vyshinsky']);
    expect(t.notes).toContain('(1)');
  });
});

describe('data/parse: conversations, minutes and agreements', () => {
  it('reads the participants of a conversation', () => {
    const t = parse(
      'Record of Conversation between Soviet Ambassador Shtykov and Kim Il Sung, 3 September 1949',
    );
    expect(t.type).toBe('conversation');
    expect(names(t.participants)).toEqual(['Shtykov', 'Kim Il Sung']);
    expect(t.participants[0]?.office).toBe('Soviet Ambassador');
    expect(t.senders).toEqual([]);
    const u = parse('Memorandum of Conversation with Kim Il Sung, 12 August 1949');
    expect(names(u.participants)).toEqual(['Kim Il Sung']);
    const v = parse(
      'Minutes of Conversation between Stalin and Mao Zedong on the Treaty, 22 January 1950',
    );
    expect(names(v.participants)).toEqual(['Stalin', 'Mao Zedong']);
    expect(v.topic).toBe('on the Treaty');
  });

  it('reads the body whose meeting minutes are recorded', () => {
    const t = parse(
      "Excerpt from Minutes Nº 68 of the CC Politburo Meeting of 18 March 1949, '14. Concerning Korea,' 18 March 1949",
    );
    expect(t.type).toBe('minutes');
    expect(t.number).toBe('68');
    expect(names(t.participants)).toEqual(['CC Politburo']);
    expect(t.topic).toBe('14. Concerning Korea');
    expect(t.date).toMatchObject({ iso: '1949-03-18', precision: 'day' });
  });

  it('reads the parties of an agreement, not the names in its subject', () => {
    const t = parse(
      'Agreement between the Government of the USSR and the Government of the DPRK regarding Extending a Loan by the Soviet Union to the Government of the DPRK to Pay for Equipment, 17 March 1949',
    );
    expect(names(t.participants)).toEqual(['Government of the USSR', 'Government of the DPRK']);
    expect(t.recipients).toEqual([]);
  });
});

describe('data/parse: type, number and date', () => {
  it('reads number ranges and number signs', () => {
    expect(parse('Cable Nos. 826-827 from Shtykov, 3 November 1949').number).toBe('826-827');
    expect(parse('Telegram № 12, Stalin to Mao Zedong, 1950').number).toBe('12');
    expect(parse('Incoming Cable No. 16, Malik to Cde. Stalin, 12 September 1947').type).toBe(
      'cable',
    );
  });

  it('keeps the precision of dates', () => {
    expect(
      parse(
        'Soviet-Korean Protocol about Leaving Soviet Navy Subunits in the Port of Chongjin, March 1949',
      ).date,
    ).toEqual({ iso: '1949-03', precision: 'month', asWritten: 'March 1949' });
    expect(parse('Letter, Kim Il Sung to Stalin, 1950').date.precision).toBe('year');
    expect(parse('Letter, Kim Il Sung to Stalin, May 3, 1950').date.iso).toBe('1950-05-03');
    expect(parse('Letter, Kim Il Sung to Stalin').date).toEqual({
      iso: null,
      precision: 'none',
      asWritten: null,
    });
  });

  it('reads a title with no type at all', () => {
    const t = parse('Stalin to Kim Il Sung, 30 January 1950');
    expect(t.type).toBe('document');
    expect(names(t.senders)).toEqual(['Stalin']);
    expect(names(t.recipients)).toEqual(['Kim Il Sung']);
  });

  it('never throws on odd input', () => {
    for (const title of [
      '',
      '   ',
      '(',
      ']]',
      'to',
      'from',
      ', , ,',
      "'",
      'Cable No.',
      'via',
      'Letter (via ) to , 1949',
    ]) {
      expect(() => parse(title)).not.toThrow();
    }
    expect(parse('').warnings).toContain('empty title');
  });
});
