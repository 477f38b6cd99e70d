/**
 * A record's cells over its title's reading: a cell a curator filled changes the field (and the
 * field is listed as curated); a cell that says what the title says changes nothing. So a corpus
 * exported with every cell filled builds again into the same records, curated fields and all.
 */
import { readListCell } from '../../formats/documents-csv.ts';
import type { DocDate, PlaceRef } from '../../graph/types.ts';
import type { TableRow } from '../io/tables.ts';
import { VALUE_SEPARATOR } from '../io/tables.ts';
import type { IssueLog } from '../issues.ts';
import { readDateCell } from '../parse/date-cells.ts';
import type { NameContext, ParsedParty } from '../parse/names.ts';
import { readParty as parseParty } from '../parse/party.ts';
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

/**
 * Each party with the authority ids in the slot of the ids cell beside its name in the names
 * cell (found by name, so that a title's reading in its own order takes the cell's ids).
 */
function withIds(parties: ParsedParty[], names: readonly string[], idsCell: string): ParsedParty[] {
  const slots = idSlots(idsCell);
  if (slots.length === 0) return parties;
  const used = new Set<number>();
  return parties.map((party) => {
    const at = names.findIndex((name, i) => !used.has(i) && name === party.asWritten);
    if (at < 0) return party;
    used.add(at);
    const [first, ...sameAs] = slots[at] ?? [];
    if (!first) return party;
    return { ...party, authority: first, ...(sameAs.length > 0 ? { sameAs } : {}) };
  });
}

/** The same names, in any order: a cell listing a reading's parties curates nothing. */
const sameNames = (a: readonly string[], b: readonly string[]): boolean =>
  sameList([...a].sort(), [...b].sort());

/**
 * Curation cell semantics: empty keeps the reading, "-" clears it, "+A; B" adds, "A; B" replaces
 * unless it names exactly the parties the reading has, as written. The ids cell gives the
 * parties a curator named their authority ids, slot by slot.
 */
export function curateParties(
  reading: ParsedParty[],
  cell: string,
  idsCell: string,
  ctx: NameContext,
): { parties: ParsedParty[]; curated: boolean } {
  if (cell === '') return { parties: reading, curated: false };
  if (cell === '-') return { parties: [], curated: reading.length > 0 };
  const extend = cell.startsWith('+');
  const names = readListCell(extend ? cell.slice(1) : cell);
  const written = reading.map((party) => party.asWritten);
  // The title's reading stands as read: the registry that read it names its people again, and
  // the ids beside them (the registry's own) would only change how they were found.
  if (!extend && sameNames(names, written)) return { parties: reading, curated: false };
  const named = withIds(
    names.map((name) => parseParty(name, ctx)).filter((p): p is ParsedParty => p !== null),
    names,
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

/**
 * A title row's places with the side a curator gives: `recipient_places` names where the letter
 * was received (the documents CSV's own column), `places` then where it was sent from.
 */
export function readPlacesWithSides(
  row: TableRow,
  parsed: ParsedTitle,
  curated: string[],
): { places: string[]; placeRefs?: PlaceRef[] } {
  const read = readPlaces(row, parsed, curated);
  const received = row.placeRefs ? [] : readListCell(row.get('recipient_places'));
  if (received.length === 0) return read;
  if (!curated.includes('places')) curated.push('places');
  const placeRefs: PlaceRef[] = [
    ...read.places.map((name) => ({ name, role: 'sent' as const })),
    ...received.map((name) => ({ name, role: 'received' as const })),
  ];
  return { places: [...new Set([...read.places, ...received])], placeRefs };
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
  if (!cell && !row.date) return parsed.date;
  const date = row.date ?? readDateCell(cell);
  if (date) {
    if (sameDate(date, parsed.date)) return parsed.date;
    curated.push('date');
    return date;
  }
  const fallback = parsed.date.iso
    ? `the date in the title (${parsed.date.asWritten}) is used`
    : 'the document is undated';
  log.about(
    'error',
    row,
    `cannot read "${cell}" as a date (use 1949-10-23, 1949-10, 1949, "23 October 1949", "31/12/1796", "[Jan 1844]", "um 1798", "1843–1844" or "n.d."); ${fallback}`,
    'date',
    'unreadable date',
  );
  return parsed.date;
}
