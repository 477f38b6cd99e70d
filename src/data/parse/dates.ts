/**
 * Dates as archival titles write them: "23 October 1949", "March 1949", "1950", "May 3, 1950",
 * ISO "1950-05-03", with qualifiers ("early", "late", "circa") and day ranges ("12-14 May 1947").
 * Precision is kept: "March 1949" is a month, never silently the 1st of March.
 */
import { daysInMonth, pad2 as pad } from '../../graph/dates.ts';
import type { DocDate } from '../../graph/types.ts';
import { CACHE_LIMIT } from './words.ts';

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
/** Words that qualify a date, longer forms first ("not before" before "before"). */
const QUALIFIER_WORDS = String.raw`early|mid|late|end of|beginning of|not before|not after|before|after|circa|ca\.|c\.|around|about|probably|possibly`;
export const QUALIFIER = String.raw`(?:(?:${QUALIFIER_WORDS})[\s-]+)?`;
const YEAR = String.raw`(1[5-9]\d\d|20\d\d)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const DAY_RANGE = String.raw`${DAY}(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?`;

/** Patterns tried in order; each returns [year, month?, day?] from its groups. */
const PATTERNS: { re: RegExp; pick: (m: RegExpMatchArray) => [string, string?, string?] }[] = [
  // 1950-05-03, 1950-05, 1950
  {
    re: new RegExp(String.raw`^${QUALIFIER}(\d{4})-(\d{2})(?:-(\d{2}))?$`, 'i'),
    pick: (m) => [m[1] ?? '', m[2], m[3]],
  },
  // 23 October 1949, 12-14 May 1947
  {
    re: new RegExp(String.raw`^${QUALIFIER}${DAY_RANGE}\s+${MONTH},?\s+${YEAR}$`, 'i'),
    pick: (m) => [m[3] ?? '', m[2], m[1]],
  },
  // October 23, 1949
  {
    re: new RegExp(String.raw`^${QUALIFIER}${MONTH}\s+${DAY_RANGE},?\s+${YEAR}$`, 'i'),
    pick: (m) => [m[3] ?? '', m[1], m[2]],
  },
  // March 1949
  {
    re: new RegExp(String.raw`^${QUALIFIER}${MONTH},?\s+${YEAR}$`, 'i'),
    pick: (m) => [m[2] ?? '', m[1]],
  },
  // 03.05.1950 (day first, as European archives write it)
  {
    re: new RegExp(String.raw`^${QUALIFIER}(\d{1,2})\.(\d{1,2})\.${YEAR}$`, 'i'),
    pick: (m) => [m[3] ?? '', m[2], m[1]],
  },
  // 28.VIII.1962, 26-27-28-29.III.1957 (Roman month, as Central European records write it)
  {
    re: new RegExp(
      String.raw`^${QUALIFIER}(\d{1,2})(?:-\d{1,2})*\.\s?([IVX]{1,4})\.\s?${YEAR}$`,
      'i',
    ),
    pick: (m) => [m[3] ?? '', m[2], m[1]],
  },
  // 1949
  { re: new RegExp(String.raw`^${QUALIFIER}${YEAR}s?$`, 'i'), pick: (m) => [m[1] ?? ''] },
];

/** A qualifier opening a date, as `QUALIFIER` allows it. */
const LEADING_QUALIFIER = new RegExp(String.raw`^(${QUALIFIER_WORDS})[\s-]+`, 'i');

/** One word for the forms of "approximately". */
const CIRCA = new Set(['circa', 'ca.', 'c.', 'around', 'about']);

/** The qualifier a date is written with, normalised ("ca." → "circa"), or null. */
function qualifierOf(text: string): string | null {
  const match = LEADING_QUALIFIER.exec(text);
  if (!match) return null;
  const word = (match[1] ?? '').toLowerCase();
  return CIRCA.has(word) ? 'circa' : word;
}

const ROMAN_MONTHS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

function monthNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const roman = ROMAN_MONTHS.indexOf(text.toLowerCase());
  if (roman >= 0) return roman + 1;
  return MONTHS[text.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** An undated date. */
export const UNDATED: DocDate = Object.freeze({ iso: null, precision: 'none', asWritten: null });

/**
 * Dates already read, by their text. A corpus repeats its dates and the title reader asks about
 * each several times; the seven patterns, tried in order, were ~0.4 s of 10^5 synthetic titles.
 */
const readings = new Map<string, DocDate | null>();

/**
 * Read a whole string as a date. Returns null when the string is not a date or names an
 * impossible one (31 February), so callers can report it rather than guess.
 */
export function parseDate(text: string): DocDate | null {
  // Every form has a year in digits: most segments the parser asks about are names, not dates.
  if (!/\d/.test(text)) return null;
  let date = readings.get(text);
  if (date === undefined) {
    date = readDate(text);
    if (readings.size >= CACHE_LIMIT) readings.clear();
    readings.set(text, date);
  }
  // A copy: callers complete the date they are given (a range's end, a qualifier).
  return date && Object.assign({}, date);
}

function readDate(text: string): DocDate | null {
  const interval = /^([^/]+|\.\.)\/([^/]+|\.\.)$/.exec(text.trim());
  if (interval) return parseInterval(interval[1] ?? '', interval[2] ?? '', text.trim());
  const written = text.trim().replace(/[.,;]+$/, '');
  const candidate = written.replace(/\s+/g, ' ');
  for (const { re, pick } of PATTERNS) {
    const match = candidate.match(re);
    if (!match) continue;
    const date = datePicked(pick(match), written);
    const qualifier = date && qualifierOf(candidate);
    return date && qualifier ? Object.assign(date, { qualifier }) : date;
  }
  return null;
}

/** The date a pattern's groups name, or null when it cannot exist (31 February). */
function datePicked(
  [yearText, monthText, dayText]: [string, string?, string?],
  written: string,
): DocDate | null {
  const year = Number(yearText);
  if (!Number.isInteger(year) || year < 1000) return null;
  if (monthText === undefined) return { iso: String(year), precision: 'year', asWritten: written };
  const month = monthNumber(monthText);
  if (month === null || month < 1 || month > 12) return null;
  if (dayText === undefined) {
    return { iso: `${year}-${pad(month)}`, precision: 'month', asWritten: written };
  }
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', asWritten: written };
}

/**
 * An ISO 8601 interval "1680-03/1681-05": the earliest date with the latest as `end`. Either end
 * may be ".." for open: "../1795-03" is "not after March 1795", "1795-03/.." "not before".
 */
function parseInterval(startText: string, endText: string, written: string): DocDate | null {
  const start = startText === '..' ? null : parseDate(startText);
  const end = endText === '..' ? null : parseDate(endText);
  if ((startText !== '..' && !start) || (endText !== '..' && !end) || (!start && !end)) return null;
  if (!start) return end ? { ...end, asWritten: written, qualifier: 'not after' } : null;
  if (!end) return { ...start, asWritten: written, qualifier: 'not before' };
  if (end.iso === start.iso) return { ...start, asWritten: written };
  if ((end.iso ?? '') < (start.iso ?? '')) return null;
  // "probably 1669/1670": a qualifier before the range qualifies all of it.
  const qualifier = start.qualifier ? { qualifier: start.qualifier } : {};
  return {
    iso: start.iso,
    precision: start.precision,
    asWritten: written,
    end: end.iso,
    ...qualifier,
  };
}

/** Matches a date embedded in running text, for titles such as "Meeting of 18 March 1949". */
export const EMBEDDED_DATE = new RegExp(
  String.raw`\b(?:${DAY_RANGE}\s+${MONTH},?\s+${YEAR}|${MONTH}\s+${DAY_RANGE},?\s+${YEAR}|${MONTH},?\s+${YEAR}|\d{1,2}(?:-\d{1,2})*\.\s?[IVX]{1,4}\.\s?${YEAR}|\d{1,2}\.\d{1,2}\.${YEAR}|\d{4}-\d{2}-\d{2})\b`,
  'i',
);

/**
 * A year alone (qualified or not) ending a title after a comma: "…, on the situation in Korea,
 * 1950". Elsewhere a bare number may be a document's ("Telegram 1950"), so only there.
 */
export const TRAILING_YEAR = new RegExp(String.raw`,\s*(${QUALIFIER}${YEAR}s?)\s*$`, 'i');

/** A day and month without a year, opening a range whose end gives the year ("1 December to …"). */
export const YEARLESS_DATE = new RegExp(
  String.raw`\b(?:${DAY}\s+${MONTH}|${MONTH}\s+${DAY})\b`,
  'i',
);
