/** Calendar helpers for ISO dates of day, month or year precision. Isomorphic. */

/** English month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Two-digit zero padding for months and days. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The first and last calendar day an ISO date of any precision stands for
 * ("1949" → ["1949-01-01", "1949-12-31"]); null for null or malformed input.
 */
export function isoBounds(iso: string | null): [string, string] | null {
  if (iso === null) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  if (month === undefined) return [`${year}-01-01`, `${year}-12-31`];
  if (match[3] === undefined) {
    return [
      `${year}-${pad2(month)}-01`,
      `${year}-${pad2(month)}-${pad2(daysInMonth(year, month))}`,
    ];
  }
  return [iso, iso];
}

/** The calendar span a document's date stands for, range end included; null when undated. */
export function dateSpan(date: {
  iso: string | null;
  end?: string | null;
}): [string, string] | null {
  const start = isoBounds(date.iso);
  if (!start) return null;
  const end = isoBounds(date.end ?? null);
  return [start[0], end && end[1] > start[1] ? end[1] : start[1]];
}

/** Which side of its date an open-ended date lies: "not after March 1795" → "notAfter". */
export function openBound(date: {
  iso: string | null;
  end?: string | null;
  qualifier?: string;
}): 'notBefore' | 'notAfter' | null {
  if (!date.iso || date.end) return null;
  if (date.qualifier === 'not after' || date.qualifier === 'before') return 'notAfter';
  if (date.qualifier === 'not before' || date.qualifier === 'after') return 'notBefore';
  return null;
}

/**
 * A date as the corpus format's date column writes it, so that the build reads back the same
 * date: "1949-10-23"; a range "1680-03/1681-05"; open ones "../1795-03" (not after) and
 * "1795-03/.." (not before); a qualified one "circa 1949".
 */
export function dateColumnText(date: {
  iso: string | null;
  end?: string | null;
  qualifier?: string;
}): string {
  const qualifier = date.qualifier ? `${date.qualifier} ` : '';
  // "probably 1669/1670": the qualifier before a range qualifies all of it.
  if (date.end) return `${qualifier}${date.iso ?? '..'}/${date.end}`;
  if (!date.iso) return '';
  const bound = openBound(date);
  if (bound) return bound === 'notAfter' ? `../${date.iso}` : `${date.iso}/..`;
  return `${qualifier}${date.iso}`;
}

/**
 * TEI's certainty of a date → the word the date is then qualified with ("probably 1667"). An
 * edition's "1799?" says it is unsure without saying how unsure: TEI's "unknown".
 */
const CERTAINTY_WORDS: Readonly<Record<string, string>> = {
  medium: 'probably',
  low: 'possibly',
  unknown: 'uncertain',
};

/** A date the editors supplied ("[Jan 1844]") is TEI's @evidence="conjecture". */
const INFERRED = { qualifier: 'inferred', evidence: 'conjecture' } as const;

/** The qualifier for a TEI @evidence of a date ("conjecture" → "inferred"), or null. */
export function qualifierOfEvidence(evidence: string | undefined): string | null {
  return evidence === INFERRED.evidence ? INFERRED.qualifier : null;
}

/** The TEI @evidence a qualifier stands for ("inferred" → "conjecture"), or null. */
export function evidenceOfQualifier(qualifier: string | undefined): string | null {
  return qualifier === INFERRED.qualifier ? INFERRED.evidence : null;
}

/** The qualifier for a TEI certainty ("medium" → "probably"), or null for a sure date. */
export function qualifierOfCertainty(cert: string | undefined): string | null {
  return (cert && CERTAINTY_WORDS[cert]) || null;
}

/** The TEI certainty a qualifier stands for ("probably" → "medium"), or null. */
export function certaintyOfQualifier(qualifier: string | undefined): string | null {
  return Object.keys(CERTAINTY_WORDS).find((cert) => CERTAINTY_WORDS[cert] === qualifier) ?? null;
}
