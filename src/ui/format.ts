/** Display formatting: dates at their precision, document headings, role names. */
import { MONTH_NAMES } from '../graph/dates.ts';
import type { DocDate, DocumentRecord, Role } from '../graph/types.ts';

/** "23 October 1949", "March 1949", "1950", or "Undated" — never more precise than the source. */
export function formatIso(iso: string | null): string {
  if (!iso) return 'Undated';
  const [year, month, day] = iso.split('-');
  const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? iso;
}

/** A document's date as shown: at its precision, a range with a dash, with the source's qualifier. */
export function formatDate(date: DocDate): string {
  const shown = date.end ? `${formatIso(date.iso)} – ${formatIso(date.end)}` : formatIso(date.iso);
  // "circa 1795", "not after March 1795": an approximate date or a bound is never shown as exact.
  return date.qualifier && date.iso ? `${date.qualifier} ${shown}` : shown;
}

/** "Cable No. 59363", "Ciphered telegram", "Minutes No. 68". */
export function documentHeading(doc: DocumentRecord): string {
  const type = doc.type.charAt(0).toUpperCase() + doc.type.slice(1);
  return doc.number ? `${type} No. ${doc.number}` : type;
}

export const ROLE_LABELS: Record<Role, string> = {
  originators: 'originator',
  senders: 'sender',
  via: 'via',
  recipients: 'recipient',
  participants: 'participant',
  mentions: 'mentioned',
};

/** "1 document", "3 documents". */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${formatCount(count)} ${count === 1 ? word : many}`;
}

/**
 * A whole number with thousands separators ("100,000"). Written out rather than toLocaleString:
 * its first call loads the locale data, tens of milliseconds before the first drawing.
 */
export function formatCount(count: number): string {
  const [whole = '', fraction] = String(count).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A trailing date as titles write it: ", 23 October 1949", ", March 1949", ", 1949". */
const TRAILING_DATE = /,\s*(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+)?\d{3,4}\s*$/;

/**
 * A title short enough for a tooltip: without the date the tooltip shows beside it, cut at a word
 * before `max` characters ("Cable Telegram no. 59363 from Kovalev to Stalin, containing a …").
 */
export function shortTitle(title: string, max = 72): string {
  const bare = title.replace(TRAILING_DATE, '').trim() || title.trim();
  if (bare.length <= max) return bare;
  const cut = bare.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')} …`;
}

/** "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "1,002nd". */
export function formatOrdinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${formatCount(n)}${suffix}`;
}
