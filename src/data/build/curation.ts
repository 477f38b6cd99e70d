/**
 * A record's cells over its title's reading: a cell a curator filled changes the field (and the
 * field is listed as curated); a cell that says what the title says changes nothing. So a corpus
 * exported with every cell filled builds again into the same records, curated fields and all.
 */
import { readListCell } from '../../graph/export/documents-csv.ts';
import type { DocDate, PlaceRef } from '../../graph/types.ts';
import type { TableRow } from '../io/tables.ts';
import { VALUE_SEPARATOR } from '../io/tables.ts';
import type { IssueLog } from '../issues.ts';
import { parseDate } from '../parse/dates.ts';
import type { NameContext, ParsedParty } from '../parse/names.ts';
import { parseParty } from '../parse/names.ts';
import type { ParsedTitle } from '../parse/title.ts';

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/** URIs in an ids cell, slot by slot ("a;;b": the second party has none). */
export function idSlots(cell: string): string[][] {
  if (cell.trim() === '') return [];
  return cell
    .split(VALUE_SEPARATOR)
    .map((slot) => slot.split(/\s+/).filter((uri) => /^[a-z][a-z0-9+.-]*:\S/i.test(uri)));
}

/** Each party with the authority ids in its slot of the ids cell. */
function withIds(parties: ParsedParty[], idsCell: string): ParsedParty[] {
  const slots = idSlots(idsCell);
  if (slots.length === 0) return parties;
  return parties.map((party, i) => {
    const [first, ...sameAs] = slots[i] ?? [];
    if (!first) return party;
    return { ...party, authority: first, ...(sameAs.length > 0 ? { sameAs } : {}) };
  });
}

/**
 * Curation cell semantics: empty keeps the reading, "-" clears it, "+A; B" adds, "A; B" replaces
 * unless it names exactly the parties the reading has, as written. The ids cell gives the
 * parties of the cell (or of the reading) their authority ids, slot by slot.
 */
export function curateParties(
  reading: ParsedParty[],
  cell: string,
  idsCell: string,
  ctx: NameContext,
): { parties: ParsedParty[]; curated: boolean } {
  if (cell === '') return { parties: withIds(reading, idsCell), curated: false };
  if (cell === '-') return { parties: [], curated: reading.length > 0 };
  const extend = cell.startsWith('+');
  const names = readListCell(extend ? cell.slice(1) : cell);
  if (
    !extend &&
    sameList(
      names,
      reading.map((party) => party.asWritten),
    )
  )
    return { parties: withIds(reading, idsCell), curated: false };
  const named = withIds(
    names.map((name) => parseParty(name, ctx)).filter((p): p is ParsedParty => p !== null),
    idsCell,
  );
  return { parties: extend ? [...reading, ...named] : named, curated: true };
}

/** The places of a record: as a structured source gives them, or from the title and its cell. */
export function readPlaces(
  row: TableRow,
  parsed: ParsedTitle,
  curated: string[],
): { places: string[]; placeRefs?: PlaceRef[] } {
  if (row.placeRefs) {
    if (row.placeRefs.length > 0) curated.push('places');
    const written = row.placeRefs.filter((place) => place.role !== 'mentioned');
    return { places: [...new Set(written.map((place) => place.name))], placeRefs: row.placeRefs };
  }
  // A source that names the parties itself has no places in its title: a composed title's
  // names are not places ("Letter from Schnitzler, Arthur to …" read "Schnitzler" as one).
  const reading = row.parties ? [] : parsed.places;
  const cell = row.get('places');
  if (!cell || sameList(readListCell(cell), reading)) return { places: [...new Set(reading)] };
  if (cell === '-') {
    if (reading.length > 0) curated.push('places');
    return { places: [] };
  }
  curated.push('places');
  const places = cell.startsWith('+')
    ? [...reading, ...readListCell(cell.slice(1))]
    : readListCell(cell);
  return { places: [...new Set(places)] };
}

/** The document type: the cell when it differs from the title's. */
export function readType(row: TableRow, parsed: ParsedTitle, curated: string[]): string {
  const cell = row.get('type');
  if (!cell || cell === parsed.type) return parsed.type;
  curated.push('type');
  return cell;
}

const sameDate = (a: DocDate, b: DocDate): boolean =>
  a.iso === b.iso &&
  a.precision === b.precision &&
  (a.end ?? null) === (b.end ?? null) &&
  a.qualifier === b.qualifier;

/**
 * Date from the date column when given (reported if unreadable), else from the title. A cell
 * meaning the title's date ("1949-10-23" beside "23 October 1949") keeps the title's wording.
 */
export function readDate(
  row: TableRow,
  parsed: ParsedTitle,
  log: IssueLog,
  curated: string[],
): DocDate {
  const cell = row.get('date');
  if (!cell) return parsed.date;
  const date = parseDate(cell);
  if (date) {
    if (sameDate(date, parsed.date)) return parsed.date;
    curated.push('date');
    return date;
  }
  const fallback = parsed.date.iso
    ? `the date in the title (${parsed.date.asWritten}) is used`
    : 'the document is undated';
  log.error(
    row.file,
    row.line,
    `cannot read "${cell}" as a date (use 1949-10-23, 1949-10, 1949 or "23 October 1949"); ${fallback}`,
    { field: 'date' },
  );
  return parsed.date;
}
