/**
 * The documents as the project's corpus CSV (the format of data/documents.csv), with every fact a
 * record holds: the parties as written with their authority ids, places with theirs, the date
 * with its qualifier, source, notes. The build reads it back into the same records: a cell that
 * says what the title says curates nothing, and parties a structured source gave (CMIF, a letter
 * table) are marked so (`parties_from`) and read back as given, never from the composed title.
 */
import { dateColumnText } from '../graph/dates.ts';
import type { DocumentRecord, PartyRef, PlaceRef, PlaceRole, Role } from '../graph/types.ts';
import { ROLES } from '../graph/types.ts';
import { toCsv } from './csv.ts';
import { COORDINATE_COLUMNS, coordinateCells } from './place-coordinates.ts';
import type { ExportSelection } from './selection.ts';

/** correspSearch's URI for a party an edition could not identify, written for unidentified ones. */
export const UNKNOWN_PARTY = 'http://correspsearch.net/unknown';

/** The ids column beside each role column: "sender_ids", as letter tables name it. */
export const ID_COLUMNS: Readonly<Record<Role, string>> = {
  senders: 'sender_ids',
  recipients: 'recipient_ids',
  via: 'via_ids',
  originators: 'originator_ids',
  participants: 'participant_ids',
  mentions: 'mention_ids',
};

/** The name and ids columns of each side's places. */
export const PLACE_COLUMNS: Readonly<Record<PlaceRole, { names: string; ids: string }>> = {
  sent: { names: 'places', ids: 'place_ids' },
  received: { names: 'recipient_places', ids: 'recipient_place_ids' },
  mentioned: { names: 'mentioned_places', ids: 'mentioned_place_ids' },
};

/** The role columns in the order a reader of the table expects them, sender first. */
const ROLE_COLUMN_ORDER: readonly Role[] = [
  'senders',
  'recipients',
  'via',
  'originators',
  'participants',
  'mentions',
];

/** The columns of the documents CSV, in order; data/documents.csv uses a subset of them. */
export const DOCUMENT_CSV_COLUMNS = [
  'id',
  'title',
  'date',
  'type',
  ...ROLE_COLUMN_ORDER.flatMap((role) => [role, ID_COLUMNS[role]]),
  ...Object.values(PLACE_COLUMNS).flatMap((side) => [side.names, side.ids]),
  ...Object.values(COORDINATE_COLUMNS).flatMap((side) => [side.lat, side.lon]),
  'summary',
  'collection',
  'source',
  'notes',
  'number',
  'url',
  'parties_from',
  'organisations',
  'evidence',
] as const;

const LIST_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  ';': '&#59;',
  '|': '&#124;',
};

/**
 * A list cell: values joined by "; ". The separators and "&" inside a value are written as
 * character references (";" as "&#59;"), as a leading "+" or "-", which would read as a curation
 * mark; `readListCell` undoes it.
 */
export function listCell(values: readonly string[]): string {
  const cell = values
    .map((value) => value.replace(/[&;|]/g, (c) => LIST_ESCAPES[c] ?? c))
    .join('; ');
  return cell.replace(/^[+-]/, (mark) => `&#${mark.charCodeAt(0)};`);
}

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** The values of a list cell as `listCell` wrote them (or a curator typed them). */
export function readListCell(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((value) => decodeReferences(value.trim()))
    .filter((value) => value.length > 0);
}

/**
 * The ";" between values, but not one ending a character reference that a file carries as written
 * ("George Allen &amp; Unwin Ltd." is one name).
 */
export const LIST_SEPARATOR = /(?<!&(?:amp|lt|gt|quot|apos|nbsp|#\d+|#x[\da-f]+));/i;

/** "George Allen &amp; Unwin" as meant: the character references tables and `listCell` write. */
export function decodeReferences(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi,
    (all, dec?: string, hex?: string, name?: string) => {
      const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : null;
      if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
      return NAMED_REFERENCES[(name ?? '').toLowerCase()] ?? all;
    },
  );
}

/** A party's authority ids, as its node has them (registry's and source's). */
function idsOf(selection: ExportSelection, ref: PartyRef): string {
  const { graph } = selection.corpus;
  if (!graph.hasNode(ref.person)) return '';
  return (graph.getNodeAttribute(ref.person, 'authority') ?? []).join(' ');
}

/** "recipients:2": where a party or place sits, for the organisations and evidence cells. */
type Flagged = { at: string; value: string };

function flagsCell(flags: readonly Flagged[]): string {
  return flags.map((flag) => (flag.value ? `${flag.at}=${flag.value}` : flag.at)).join('; ');
}

/** A document's places with their sides, as the place cells write them. */
const placeRefsOf = (doc: DocumentRecord): PlaceRef[] =>
  doc.placeRefs ?? doc.places.map((name) => ({ name, role: 'sent' }));

/** The cells of a document's parties: names as written, ids slot by slot, kinds, evidence. */
function partyCells(selection: ExportSelection, doc: DocumentRecord): Record<string, string> {
  const cells: Record<string, string> = {};
  const organisations: Flagged[] = [];
  const evidence: Flagged[] = [];
  const { graph } = selection.corpus;
  for (const role of ROLES) {
    const refs = doc.roles[role];
    // Parties named but not identified ("unknown", "N.N.") come after those identified.
    const unidentified = (doc.unidentified ?? []).filter((party) => party.role === role);
    const names = [...refs.map((ref) => ref.asWritten), ...unidentified.map((p) => p.asWritten)];
    // A role the curator emptied says so, or the title would fill it again.
    cells[role] = names.length === 0 && doc.curated.includes(role) ? '-' : listCell(names);
    const ids = [
      ...refs.map((ref) => idsOf(selection, ref)),
      ...unidentified.map(() => UNKNOWN_PARTY),
    ];
    cells[ID_COLUMNS[role]] = ids.some(Boolean) ? ids.join('; ') : '';
    refs.forEach((ref, i) => {
      const at = `${role}:${i + 1}`;
      if (
        graph.hasNode(ref.person) &&
        graph.getNodeAttribute(ref.person, 'kind') === 'organisation'
      )
        organisations.push({ at, value: '' });
      if (ref.evidence) evidence.push({ at, value: ref.evidence });
    });
  }
  Object.assign(cells, placeCells(doc, evidence));
  if (doc.partiesFrom) {
    cells.organisations = flagsCell(organisations);
    cells.evidence = flagsCell(evidence);
  }
  return cells;
}

/** The places of a document by side, as names and ids. */
function placeCells(doc: DocumentRecord, evidence: Flagged[]): Record<string, string> {
  const refs = placeRefsOf(doc);
  const cells: Record<string, string> = {};
  for (const [role, columns] of Object.entries(PLACE_COLUMNS) as [
    PlaceRole,
    typeof PLACE_COLUMNS.sent,
  ][]) {
    const side = refs.filter((place) => place.role === role);
    side.forEach((place, i) => {
      if (place.evidence) evidence.push({ at: `${columns.names}:${i + 1}`, value: place.evidence });
    });
    cells[columns.names] = listCell(side.map((place) => place.name));
    const ids = side.map((place) => place.authority ?? '');
    cells[columns.ids] = ids.some(Boolean) ? ids.join('; ') : '';
  }
  if (!doc.placeRefs && doc.places.length === 0 && doc.curated.includes('places'))
    cells.places = '-';
  return cells;
}

/**
 * The note of a record's notes cell: the last note, when the record has one (`curated` says so).
 * The others ("draft", "Soviet Translation") are the title's, read from it again on import.
 */
export function curatorNote(doc: DocumentRecord): string {
  return doc.curated.includes('notes') ? (doc.notes[doc.notes.length - 1] ?? '') : '';
}

/**
 * A date as the date cell writes it: as the curator or the source wrote it when the title did
 * not give it ("probably 1667", "1680-03/1681-05"), else in ISO (the build then keeps the
 * title's wording, "23 October 1949", which means the same).
 */
function dateCell(doc: DocumentRecord): string {
  if (doc.curated.includes('date') && doc.date.asWritten) return doc.date.asWritten;
  return dateColumnText(doc.date);
}

/** One row of the documents CSV. */
function documentRow(
  selection: ExportSelection,
  doc: DocumentRecord,
  coordinates: ReturnType<typeof coordinateCells>,
): (string | number)[] {
  const row: Record<string, string | number> = {
    ...coordinates(placeRefsOf(doc)),
    id: doc.id,
    title: doc.title,
    date: dateCell(doc),
    type: doc.type,
    ...partyCells(selection, doc),
    summary: doc.summary,
    collection: doc.collection,
    source: doc.source,
    notes: curatorNote(doc),
    number: doc.number ?? '',
    url: doc.url ?? '',
    parties_from: doc.partiesFrom ?? '',
  };
  return DOCUMENT_CSV_COLUMNS.map((column) => row[column] ?? '');
}

/**
 * The selected documents in the corpus format, every fact of each record in its cells, and the
 * coordinates the map puts its places at.
 */
export function documentsToCsv(selection: ExportSelection): string {
  const coordinates = coordinateCells(selection.corpus.places);
  return toCsv(
    DOCUMENT_CSV_COLUMNS,
    selection.documents.map((doc) => documentRow(selection, doc, coordinates)),
  );
}
