/**
 * Dates as editions and catalogues write them in a table's date column: "31/12/1796" (day-first
 * or month-first, decided per column: date-order.ts), "[Jan 1844]" (supplied by the editor),
 * "1799?" (uncertain), "um 1798" / "vers 1798" (circa), ranges ("1843–1844", "3–5 May 1844",
 * "zwischen 3. und 5. Mai 1844"), month names in English, German, French, Italian and Latin, and
 * the marks of an undated letter ("n.d.", "o.D.", "s.d."). Each rule is small and named; the
 * cell reader applies them in turn around the title reader's own `parseDate`, so every cell it
 * read before reads the same.
 */
import type { DocDate } from '../../graph/types.ts';
import type { DateOrder } from '../../formats/letter-fields.ts';
import { parseDate } from './dates.ts';

export type { DateOrder };

/** The marks of an undated letter, in the languages editions use. */
const UNDATED_MARK =
  /^\[?\s*(?:n\.?\s?d\.?|o\.\s?d\.?|s\.\s?d\.?|s\.\s?a\.?|undated|no date|not dated|ohne datum|undatiert|sans date|non daté|senza data|sine dato|sine die)\s*\]?$/i;

/** Rule: is the cell an editor's "no date"? Such a letter is undated, which is no error. */
export function isUndatedMark(text: string): boolean {
  return UNDATED_MARK.test(text.trim());
}

/** Rule: square brackets are the editor's: "[Jan 1844]", "3 [Jan] 1844" — an inferred date. */
export function editorialBrackets(text: string): { text: string; inferred: boolean } {
  if (!/\[[^\]]*\]/.test(text)) return { text, inferred: false };
  return { text: text.replace(/\[([^\]]*)\]/g, '$1').trim(), inferred: true };
}

/** Rule: a question mark, alone or in brackets, makes the date uncertain: "1799?", "3 May 1799 (?)". */
export function uncertainMark(text: string): { text: string; uncertain: boolean } {
  if (!text.includes('?')) return { text, uncertain: false };
  const stripped = text
    .replace(/\(\s*\?\s*\)/g, ' ')
    .replace(/\?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { text: stripped, uncertain: true };
}

/** Words before a date and the qualifier each means ("um", "vers", "ca." → circa). */
const LEADING_WORDS: readonly [RegExp, string][] = [
  [
    /^(?:(?:um|vers|environ|etwa|gegen|circa|verso|intorno al|approx|ca)\s+|(?:env|ca|c|circa|approx)\.\s*)/i,
    'circa',
  ],
  [/^inferred\s+/i, 'inferred'],
  [/^uncertain\s+/i, 'uncertain'],
];

/** Rule: a word opening the date that qualifies it: circa in five languages, and the export's own. */
export function leadingQualifier(text: string): { text: string; qualifier: string | null } {
  for (const [pattern, qualifier] of LEADING_WORDS) {
    const match = pattern.exec(text);
    if (match) return { text: text.slice(match[0].length).trim(), qualifier };
  }
  return { text, qualifier: null };
}

/** Month names and abbreviations in German, French, Italian and Latin, to their English name. */
const MONTH_WORDS: readonly [string, string][] = [
  [
    'January',
    'januar jänner jaenner janvier janv gennaio genn ianuarius ianuarii ianuario januarius januarii januario',
  ],
  [
    'February',
    'februar feber febr février fevrier févr fevr febbraio febbr februarius februarii februario',
  ],
  ['March', 'märz maerz marz mrz mars marzo martius martii martio mart'],
  ['April', 'avril avr aprile aprilis'],
  ['May', 'mai maggio maius maii maio'],
  ['June', 'juni juin giugno junius junii junio iunius iunii iunio'],
  ['July', 'juli juillet juil luglio julius julii julio iulius iulii iulio'],
  ['August', 'août aout agosto augustus augusti augusto'],
  ['September', 'septembre settembre sett septembris'],
  ['October', 'oktober okt octobre ottobre ott octobris'],
  ['November', 'novembre novembris'],
  ['December', 'dezember dez décembre decembre déc dicembre dic decembris'],
];

const MONTH_OF = new Map<string, string>(
  MONTH_WORDS.flatMap(([english, words]) =>
    words.split(' ').map((word): [string, string] => [word, english]),
  ),
);

/** Rule: foreign month names become English ("3. Mai 1799" → "3 May 1799", "1er mai" → "1 May"). */
export function englishMonths(text: string): string {
  return text
    .replace(/\p{L}+\.?/gu, (word) => {
      const english = MONTH_OF.get(word.toLowerCase().replace(/\.$/, ''));
      return english ?? word;
    })
    .replace(/\b(\d{1,2})(?:\.|er|re|º|°)(?=\s+\p{L})/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;
const MONTH_YEAR = /^(\d{1,2})[./-](\d{4})$/;

/** The two leading numbers of a numeric date ("31/12/1796" → [31, 12]), or null. */
export function numericParts(text: string): [number, number] | null {
  const match = NUMERIC.exec(text.trim());
  return match ? [Number(match[1]), Number(match[3])] : null;
}

/**
 * Rule: "31/12/1796", "12/31/1796", "3-4-1795": read in the order a value shows (a first number
 * over 12 is a day), else in the column's order; null when neither tells.
 */
export function numericDate(text: string, order: DateOrder | null): DocDate | null {
  const written = text.trim();
  const monthYear = MONTH_YEAR.exec(written);
  if (monthYear) return parseDate(`${monthYear[2]}-${(monthYear[1] ?? '').padStart(2, '0')}`);
  const match = NUMERIC.exec(written);
  if (!match) return null;
  const [a, b] = [Number(match[1]), Number(match[3])];
  const dayFirst = a > 12 ? true : b > 12 ? false : order ? order === 'day-first' : null;
  if (dayFirst === null) return null;
  const [day, month] = dayFirst ? [a, b] : [b, a];
  const iso = `${match[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseDate(iso);
}

const RANGE_OPENER = /^(?:between|zwischen|entre|tra|fra|from|von|vom|du|dal|dall')\s*/i;
/** Between the ends of a range; "and", "und", "et" only after "between" and its kin. */
const AFTER_OPENER = /\s+(?:and|und|et|e|to|bis|au|à|a|al|till|until)\s+|\s*[–—]\s*|\s+-\s+/i;
const PLAIN_RANGE =
  /\s+(?:to|bis|until|till)\s+|\s*[–—]\s*|\s+-\s+|(?<=^\d{1,2}\.?)-(?=\d)|(?<=^\d{4})-(?=\d{4}$)/;

/**
 * Rule: a range, its first end filled from the second where it leaves the month or year to it:
 * "3–5 May 1844", "May–June 1844", "1843–1844", "zwischen 3. und 5. Mai 1844".
 */
export function dateRange(text: string, read: (end: string) => DocDate | null): DocDate | null {
  const opened = RANGE_OPENER.test(text);
  const body = text.replace(RANGE_OPENER, '');
  const parts = body.split(opened ? AFTER_OPENER : PLAIN_RANGE);
  if (parts.length !== 2) return null;
  const [first = '', second = ''] = parts.map((part) => part.trim());
  const last = read(second);
  if (!last?.iso || !first) return null;
  const year = /\b\d{4}\b/.exec(second)?.[0] ?? '';
  const monthYear = second.replace(/^\d{1,2}\.?\s+/, '');
  const start = [first, `${first} ${monthYear}`, `${first} ${year}`]
    .map((candidate) => read(candidate.trim()))
    .find((date) => date?.iso);
  if (!start?.iso || start.iso > last.iso) return null;
  if (start.iso === last.iso) return { ...start, asWritten: text };
  return { iso: start.iso, precision: start.precision, asWritten: text, end: last.iso };
}

/** One date, no range: the title reader's forms, then numeric ones in the column's order. */
function singleDate(text: string, order: DateOrder | null): DocDate | null {
  return parseDate(text) ?? numericDate(text, order);
}

/**
 * Read a date cell. Null when it is no date the rules know (the caller reports it); an undated
 * mark gives an undated date. `order` is the column's (null: only values that show it are read).
 */
export function readDateCell(cell: string, order: DateOrder | null = null): DocDate | null {
  const written = cell.trim();
  if (!written) return null;
  if (isUndatedMark(written)) return { iso: null, precision: 'none', asWritten: written };
  const bracketed = editorialBrackets(written);
  const unsure = uncertainMark(bracketed.text);
  const lead = leadingQualifier(unsure.text);
  const text = englishMonths(lead.text);
  const read = (part: string): DocDate | null => singleDate(part, order);
  const core = dateRange(text, read) ?? read(text);
  if (!core) return null;
  const qualifier =
    lead.qualifier ??
    core.qualifier ??
    (unsure.uncertain ? 'uncertain' : bracketed.inferred ? 'inferred' : undefined);
  const date: DocDate = { ...core, asWritten: written };
  if (qualifier) date.qualifier = qualifier;
  else delete date.qualifier;
  return date;
}
