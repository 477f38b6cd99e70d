/**
 * Date cells as editions write them: each rule alone, the cell reader on every form, and a
 * property test that writes dates from the grammar (languages, orders, brackets, "?", circa,
 * ranges) and reads them back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateRange,
  editorialBrackets,
  englishMonths,
  isUndatedMark,
  leadingQualifier,
  numericDate,
  readDateCell,
  uncertainMark,
} from '../../../src/data/parse/date-cells.ts';
import type { DateOrder } from '../../../src/data/parse/date-cells.ts';
import { columnDateOrder } from '../../../src/data/parse/date-order.ts';
import { parseDate } from '../../../src/data/parse/dates.ts';
import { daysInMonth } from '../../../src/graph/dates.ts';

/** The parts of a date a comparison looks at. */
const read = (text: string, order: DateOrder | null = null) => {
  const date = readDateCell(text, order);
  return date && [date.iso, date.end ?? null, date.qualifier ?? null];
};

describe('data/parse date-cells: rules', () => {
  it('isUndatedMark: "n.d.", "o.D.", "s.d.", "undated", "ohne Datum", "sans date"', () => {
    for (const mark of [
      'n.d.',
      'N.D.',
      'nd',
      'o.D.',
      'o. D.',
      's.d.',
      's. d.',
      '[n.d.]',
      'undated',
      'ohne Datum',
      'sans date',
      'senza data',
      's.a.',
    ])
      expect([mark, isUndatedMark(mark)]).toEqual([mark, true]);
    for (const text of ['1799', 'n.d. 1799', 'Nord', 'sd 12'])
      expect(isUndatedMark(text)).toBe(false);
  });

  it('editorialBrackets: an editor’s brackets make the date inferred, in whole or in part', () => {
    expect(editorialBrackets('[Jan 1844]')).toEqual({ text: 'Jan 1844', inferred: true });
    expect(editorialBrackets('3 [Jan] 1844')).toEqual({ text: '3 Jan 1844', inferred: true });
    expect(editorialBrackets('3 Jan 1844')).toEqual({ text: '3 Jan 1844', inferred: false });
  });

  it('uncertainMark: "1799?", "[1799?]", "3 May 1799 (?)"', () => {
    expect(uncertainMark('1799?')).toEqual({ text: '1799', uncertain: true });
    expect(uncertainMark('3 May 1799 (?)')).toEqual({ text: '3 May 1799', uncertain: true });
    expect(uncertainMark('1799')).toEqual({ text: '1799', uncertain: false });
  });

  it('leadingQualifier: circa as um, vers, ca., c., circa; the export’s own words', () => {
    for (const [text, rest] of [
      ['um 1798', '1798'],
      ['vers 1798', '1798'],
      ['ca. 1798', '1798'],
      ['ca 1798', '1798'],
      ['c. 1798', '1798'],
      ['circa März 1798', 'März 1798'],
    ])
      expect(leadingQualifier(text as string)).toEqual({ text: rest, qualifier: 'circa' });
    expect(leadingQualifier('inferred 1844-01').qualifier).toBe('inferred');
    expect(leadingQualifier('uncertain 1799').qualifier).toBe('uncertain');
    expect(leadingQualifier('Umbria 1798').qualifier).toBe(null);
  });

  it('englishMonths: German, French, Italian and Latin names and abbreviations', () => {
    expect(englishMonths('3. Mai 1799')).toBe('3 May 1799');
    expect(englishMonths('März 1797')).toBe('March 1797');
    expect(englishMonths('1er mai 1799')).toBe('1 May 1799');
    expect(englishMonths('12 févr. 1800')).toBe('12 February 1800');
    expect(englishMonths('12 dicembre 1800')).toBe('12 December 1800');
    expect(englishMonths('5 Octobris 1690')).toBe('5 October 1690');
    expect(englishMonths('Jänner 1801')).toBe('January 1801');
    expect(englishMonths('12.03.1795')).toBe('12.03.1795');
    expect(englishMonths('28.VIII.1962')).toBe('28.VIII.1962');
  });

  it('numericDate: a value over 12 shows the order; otherwise the column’s, or nothing', () => {
    expect(numericDate('31/12/1796', null)?.iso).toBe('1796-12-31');
    expect(numericDate('12/31/1796', null)?.iso).toBe('1796-12-31');
    expect(numericDate('3/4/1795', null)).toBeNull();
    expect(numericDate('3/4/1795', 'day-first')?.iso).toBe('1795-04-03');
    expect(numericDate('3/4/1795', 'month-first')?.iso).toBe('1795-03-04');
    expect(numericDate('31-12-1796', 'month-first')?.iso).toBe('1796-12-31');
    expect(numericDate('4/1795', null)).toMatchObject({ iso: '1795-04', precision: 'month' });
    expect(numericDate('31/02/1796', 'day-first')).toBeNull();
  });

  it('dateRange: ends filled from the last; "between … and …" in three languages', () => {
    const one = (text: string) => parseDate(text);
    const range = (text: string) => {
      const date = dateRange(englishMonths(text), one);
      return date && [date.iso, date.end];
    };
    expect(range('1843–1844')).toEqual(['1843', '1844']);
    expect(range('1843-1844')).toEqual(['1843', '1844']);
    expect(range('3–5 May 1844')).toEqual(['1844-05-03', '1844-05-05']);
    expect(range('3-5 May 1844')).toEqual(['1844-05-03', '1844-05-05']);
    expect(range('May–June 1844')).toEqual(['1844-05', '1844-06']);
    expect(range('3 May – 5 June 1844')).toEqual(['1844-05-03', '1844-06-05']);
    expect(range('zwischen 3. und 5. Mai 1844')).toEqual(['1844-05-03', '1844-05-05']);
    expect(range('between 3 and 5 May 1844')).toEqual(['1844-05-03', '1844-05-05']);
    expect(range('entre le 3 et le 5 mai 1844')).toBeNull();
    expect(range('du 3 au 5 mai 1844')).toEqual(['1844-05-03', '1844-05-05']);
    expect(range('1844–1843')).toBeNull();
    expect(range('1844-05')).toBeNull();
    expect(range('1844-05-03')).toBeNull();
  });

  it('columnDateOrder: "31/12" decides, "12/31" too, both conflict, none leaves it open', () => {
    expect(columnDateOrder(['3/4/1795', '31/12/1796'])).toMatchObject({
      order: 'day-first',
      shownBy: '31/12/1796',
      ambiguous: 1,
    });
    expect(columnDateOrder(['12/31/1796', '1799'])).toMatchObject({ order: 'month-first' });
    expect(columnDateOrder(['31/12/1796', '12/31/1796'])).toMatchObject({
      order: null,
      conflict: '12/31/1796',
    });
    expect(columnDateOrder(['3/4/1795', '[5/6/1796]', '12.03.1795'])).toEqual({
      order: null,
      shownBy: null,
      conflict: null,
      ambiguous: 2,
      example: '3/4/1795',
    });
    // "5/5/1800" reads the same either way: no evidence, and nothing to choose.
    expect(columnDateOrder(['5/5/1800', '12/12/1801'])).toMatchObject({
      ambiguous: 0,
      example: null,
    });
  });
});

describe('data/parse date-cells: readDateCell', () => {
  it('reads each form the issue names, with its qualifier', () => {
    expect(read('31/12/1796')).toEqual(['1796-12-31', null, null]);
    expect(read('[Jan 1844]')).toEqual(['1844-01', null, 'inferred']);
    expect(read('[März 1797]')).toEqual(['1797-03', null, 'inferred']);
    expect(read('um 1798')).toEqual(['1798', null, 'circa']);
    expect(read('vers 1798')).toEqual(['1798', null, 'circa']);
    expect(read('1799?')).toEqual(['1799', null, 'uncertain']);
    expect(read('[1799?]')).toEqual(['1799', null, 'uncertain']);
    expect(read('[c. 1798]')).toEqual(['1798', null, 'circa']);
    expect(read('1843–1844')).toEqual(['1843', '1844', null]);
    expect(read('3–5 May 1844')).toEqual(['1844-05-03', '1844-05-05', null]);
    expect(read('zwischen 3. und 5. Mai 1844')).toEqual(['1844-05-03', '1844-05-05', null]);
    expect(read('12.03.1795')).toEqual(['1795-03-12', null, null]);
    expect(read('March 1797')).toEqual(['1797-03', null, null]);
    expect(read('c. 1798')).toEqual(['1798', null, 'circa']);
    for (const mark of ['n.d.', 'o.D.', 's.d.', 'undated', 'ohne Datum', 'sans date'])
      expect(readDateCell(mark)).toEqual({ iso: null, precision: 'none', asWritten: mark });
  });

  it('reads back what the export writes, qualifiers and ranges included', () => {
    expect(read('inferred 1844-01')).toEqual(['1844-01', null, 'inferred']);
    expect(read('uncertain 1799')).toEqual(['1799', null, 'uncertain']);
    expect(read('inferred 1843/1844')).toEqual(['1843', '1844', 'inferred']);
    expect(read('circa 1949')).toEqual(['1949', null, 'circa']);
    expect(read('probably 1669/1670')).toEqual(['1669', '1670', 'probably']);
    expect(read('../1795-03')).toEqual(['1795-03', null, 'not after']);
  });

  it('keeps the cell as written and reads what the title reader read the same', () => {
    for (const text of [
      '23 October 1949',
      'March 1949',
      '1950-05-03',
      'early February 1950',
      '28.VIII.1962',
    ])
      expect(readDateCell(text)).toEqual(parseDate(text));
    expect(readDateCell('um 1798')?.asWritten).toBe('um 1798');
  });

  it('reads no date in what is none', () => {
    for (const text of ['someday', '31 February 1800', '3/4/1795', 'Weimar', '1800-02-30'])
      expect([text, readDateCell(text)]).toEqual([text, null]);
  });
});

/** Month names by language, as the generator writes them (full and abbreviated). */
// prettier-ignore
const MONTHS: Record<string, string[][]> = {
  en: [['January', 'Jan.'], ['February', 'Feb.'], ['March', 'Mar.'], ['April', 'Apr.'], ['May'], ['June', 'Jun.'], ['July', 'Jul.'], ['August', 'Aug.'], ['September', 'Sept.'], ['October', 'Oct.'], ['November', 'Nov.'], ['December', 'Dec.']],
  de: [['Januar', 'Jan.'], ['Februar', 'Febr.'], ['März'], ['April'], ['Mai'], ['Juni'], ['Juli'], ['August', 'Aug.'], ['September', 'Sept.'], ['Oktober', 'Okt.'], ['November', 'Nov.'], ['Dezember', 'Dez.']],
  fr: [['janvier', 'janv.'], ['février', 'févr.'], ['mars'], ['avril', 'avr.'], ['mai'], ['juin'], ['juillet', 'juil.'], ['août'], ['septembre', 'sept.'], ['octobre', 'oct.'], ['novembre', 'nov.'], ['décembre', 'déc.']],
  it: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
  la: [['Ianuarii', 'Januarii'], ['Februarii'], ['Martii'], ['Aprilis'], ['Maii'], ['Iunii', 'Junii'], ['Iulii', 'Julii'], ['Augusti'], ['Septembris'], ['Octobris'], ['Novembris'], ['Decembris']],
};

/** "Between" and "and" of a range, per language. */
const BETWEEN: Record<string, [string, string]> = {
  en: ['between', 'and'],
  de: ['zwischen', 'und'],
  fr: ['du', 'au'],
  it: ['tra', 'e'],
  la: ['between', 'and'],
};

const pad = (n: number) => String(n).padStart(2, '0');

interface Generated {
  text: string;
  order: DateOrder | null;
  expected: [string, string | null, string | null];
}

/** A date of the grammar: its text and what it means. */
const generated: fc.Arbitrary<Generated> = fc
  .record({
    year: fc.integer({ min: 1500, max: 1999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    lastDay: fc.integer({ min: 1, max: 3 }),
    language: fc.constantFrom(...Object.keys(MONTHS)),
    abbreviated: fc.boolean(),
    form: fc.constantFrom('day', 'month', 'year', 'numeric', 'dayRange', 'between', 'years'),
    order: fc.constantFrom<DateOrder>('day-first', 'month-first'),
    wrap: fc.constantFrom('none', 'brackets', 'question', 'circa', 'bracketedQuestion'),
    circa: fc.constantFrom('um', 'vers', 'ca.', 'c.', 'circa'),
  })
  .map((g): Generated => {
    const names = MONTHS[g.language]?.[g.month - 1] ?? [];
    const month = (g.abbreviated ? names[names.length - 1] : names[0]) ?? '';
    const dot = g.language === 'de' ? '.' : '';
    const lastDay = Math.min(g.day + g.lastDay, daysInMonth(g.year, g.month));
    const iso = `${g.year}-${pad(g.month)}`;
    let text: string;
    let expected: [string, string | null] = [String(g.year), null];
    let order: DateOrder | null = null;
    if (g.form === 'day') {
      text = `${g.day}${dot} ${month} ${g.year}`;
      expected = [`${iso}-${pad(g.day)}`, null];
    } else if (g.form === 'month') {
      text = `${month} ${g.year}`;
      expected = [iso, null];
    } else if (g.form === 'year') {
      text = String(g.year);
    } else if (g.form === 'numeric') {
      order = g.order;
      const [a, b] = g.order === 'day-first' ? [g.day, g.month] : [g.month, g.day];
      text = `${pad(a)}/${pad(b)}/${g.year}`;
      expected = [`${iso}-${pad(g.day)}`, null];
    } else if (g.form === 'dayRange') {
      text = `${g.day}–${lastDay} ${month} ${g.year}`;
      expected = [`${iso}-${pad(g.day)}`, lastDay === g.day ? null : `${iso}-${pad(lastDay)}`];
    } else if (g.form === 'between') {
      const [between, and] = BETWEEN[g.language] ?? ['between', 'and'];
      text = `${between} ${g.day}${dot} ${and} ${lastDay}${dot} ${month} ${g.year}`;
      expected = [`${iso}-${pad(g.day)}`, lastDay === g.day ? null : `${iso}-${pad(lastDay)}`];
    } else {
      text = `${g.year}–${g.year + g.lastDay}`;
      expected = [String(g.year), String(g.year + g.lastDay)];
    }
    const qualifiers: Record<string, [string, string]> = {
      none: [text, ''],
      brackets: [`[${text}]`, 'inferred'],
      question: [`${text}?`, 'uncertain'],
      circa: [`${g.circa} ${text}`, 'circa'],
      bracketedQuestion: [`[${text}?]`, 'uncertain'],
    };
    const [written, qualifier] = qualifiers[g.wrap] ?? [text, ''];
    return { text: written, order, expected: [...expected, qualifier || null] };
  });

describe('data/parse date-cells: property', () => {
  it('reads back every date written by the grammar, in every language and form', () => {
    fc.assert(
      fc.property(generated, ({ text, order, expected }) => {
        expect([text, read(text, order)]).toEqual([text, expected]);
      }),
      { numRuns: 2000 },
    );
  });
});
