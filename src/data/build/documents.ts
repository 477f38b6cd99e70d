/**
 * From corpus rows to document records: parse the title, apply the curator's columns, resolve
 * every name, and account for every row (built, or rejected with the reason).
 */
import { placementOf } from '../../graph/build.ts';
import type {
  DocDate,
  DocumentRecord,
  DocumentRoles,
  PartyRef,
  ReadingNote,
  Role,
  UnidentifiedParty,
} from '../../graph/types.ts';
import { ROLES } from '../../graph/types.ts';
import { ID_COLUMNS } from '../../formats/documents-csv.ts';
import type { TableRow } from '../io/tables.ts';
import type { IssueLog } from '../issues.ts';
import type { NameContext, ParsedParty } from '../parse/names.ts';
import { emptyResult } from '../parse/reading.ts';
import { parseTitle } from '../parse/title.ts';
import type { ParsedTitle } from '../parse/title.ts';
import type { Registry } from '../registry/registry.ts';
import type { Resolver } from '../registry/resolve.ts';
import { registryNameContext, slugify } from '../registry/resolve.ts';
import { curateParties, readDate, readPlacesWithSides, readType } from './curation.ts';
import { findMentions } from './mentions.ts';
import { isPlaceholder, placeholderNote, resolutionNote } from './readings.ts';

/** A row that could not become a document, with the reason. */
export interface RejectedRow {
  file: string;
  line: number;
  column: number;
  id: string | null;
  reason: string;
}

export interface DocumentBuildOptions {
  /** Used when a row has no collection / source of its own. */
  defaultCollection: string;
  defaultSource: string;
  /** Find registered names in summaries as "mentions". */
  mentionsFromSummary: boolean;
  onProgress: ((done: number, total: number) => void) | null;
}

export const DEFAULT_DOCUMENT_BUILD_OPTIONS: DocumentBuildOptions = {
  defaultCollection: '',
  defaultSource: '',
  mentionsFromSummary: true,
  onProgress: null,
};

type PartyRole = Exclude<Role, 'mentions'>;

function dedupe(refs: PartyRef[]): PartyRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => !seen.has(ref.person) && seen.add(ref.person));
}

/** The party's evidence (a conjecture), which only the source knows, on its reference. */
function withEvidence(ref: PartyRef, party: ParsedParty): PartyRef {
  if (party.evidence) ref.evidence = party.evidence;
  return ref;
}

/** A role's parties: as a source gives them, or the reading with the curator's cell over it. */
function curateRole(
  row: TableRow,
  role: Role,
  reading: ParsedParty[],
  ctx: NameContext,
  curated: string[],
): ParsedParty[] {
  if (row.parties?.[role]) return reading;
  const cell = row.get(role);
  const { parties, curated: isCurated } = curateParties(
    reading,
    cell,
    row.get(ID_COLUMNS[role]),
    ctx,
  );
  if (isCurated) curated.push(role);
  return parties;
}

/** Registered names found in a summary: the mentions a mentions cell curates. */
function mentionsIn(
  row: TableRow,
  registry: Registry,
  roles: Partial<DocumentRoles>,
  fromSummary: boolean,
): ParsedParty[] {
  if (!fromSummary) return [];
  const found = findMentions(row.get('summary'), registry);
  // The set of the record's parties only when the summary names someone registered.
  if (found.length === 0) return [];
  const named = new Set(ROLES.flatMap((role) => roles[role]?.map((ref) => ref.person) ?? []));
  return found
    .filter((entry) => !named.has(entry.id))
    .map((entry) => ({ name: entry.name, asWritten: entry.asWritten }));
}

/**
 * The reading of a record whose source gives its parties, places and date (CMIF, a letter table,
 * a graph): its title is the source's or one composed from those facts, and reading it again
 * would only find them a second time, or invent places in names ("Schnitzler, Arthur"). At 10^5
 * CMIF letters the title reader took 6.5 of the 15 s of the build.
 */
function givenReading(title: string): ParsedTitle {
  return { ...emptyResult(title), type: 'letter' };
}

/** Where a row starts in its file. */
const placeOf = (row: TableRow): { file: string; line: number; column: number } => ({
  file: row.file,
  line: row.line,
  column: row.column ?? 1,
});

/** Stable id for a row without one: the date and a slug of the title. */
function generatedId(title: string, date: DocDate): string {
  return `${date.iso ?? 'undated'}-${slugify(title).split('-').slice(0, 8).join('-')}`;
}

/** Add a reading note unless one of the same text is there. (Not a closure in resolveRoles: see scanBody.) */
function noteOnce(readings: ReadingNote[], reading: ReadingNote | null): void {
  if (!reading) return;
  for (const r of readings) if (r.text === reading.text) return;
  readings.push(reading);
}

/**
 * Resolve every role of a row: the source's parties or the title's, after the curator's columns.
 * Placeholders ("unknown", "N.N.") stay on the record unidentified; each name resolved other than
 * by its registered form gets a reading note, after the title reader's own notes.
 */
function resolveRoles(
  row: TableRow,
  parsed: ParsedTitle,
  registry: Registry,
  resolver: Resolver,
  at: { date: DocDate; id: string; curated: string[]; mentionsFromSummary: boolean },
): { roles: DocumentRoles; unidentified: UnidentifiedParty[]; readings: ReadingNote[] } {
  const ctx = registryNameContext(registry);
  const roles = {} as DocumentRoles;
  const unidentified: UnidentifiedParty[] = [];
  // A structured source gives the parties itself: the title's own reading does not matter then.
  const readings: ReadingNote[] = row.parties ? [] : [...parsed.readings];
  // Mentions come last (ROLES' order): the summary's names are those no other role has.
  for (const role of ROLES) {
    const reading =
      row.parties?.[role] ??
      (role === 'mentions'
        ? mentionsIn(row, registry, roles, at.mentionsFromSummary)
        : parsed[role as PartyRole]);
    const parties = curateRole(row, role, reading, ctx, at.curated);
    const refs: PartyRef[] = [];
    for (const party of parties) {
      if (role !== 'mentions' && isPlaceholder(party)) {
        unidentified.push({ role, asWritten: party.asWritten });
        noteOnce(readings, placeholderNote(role, party));
        continue;
      }
      const ref = withEvidence(resolver.resolve(party, at.date, at.id), party);
      const label = registry.people.get(ref.person)?.name ?? party.realName ?? party.name;
      noteOnce(readings, resolutionNote(ref, label, at.date));
      refs.push(ref);
    }
    roles[role] = dedupe(refs);
  }
  return { roles, unidentified, readings };
}

/** Build the document records of a corpus. Every row ends as a record or in `rejected`. */
export function buildDocuments(
  rows: readonly TableRow[],
  registry: Registry,
  resolver: Resolver,
  log: IssueLog,
  options: Partial<DocumentBuildOptions> = {},
): { documents: DocumentRecord[]; rejected: RejectedRow[] } {
  const settings = { ...DEFAULT_DOCUMENT_BUILD_OPTIONS, ...options };
  const ctx = registryNameContext(registry);
  const documents: DocumentRecord[] = [];
  const rejected: RejectedRow[] = [];
  // The first row of each id (its file and line name it when the id comes again).
  const seenIds = new Map<string, TableRow>();
  for (const [index, row] of rows.entries()) {
    if (settings.onProgress && index % 2000 === 0) settings.onProgress(index, rows.length);
    const title = row.get('title');
    if (!title) {
      const reason = 'the title is empty';
      log.about('error', row, `${reason}; the record was not built`, 'title');
      rejected.push({ ...placeOf(row), id: row.get('id') || null, reason });
      continue;
    }
    const parsed = row.parties ? givenReading(title) : parseTitle(title, ctx);
    const curated: string[] = [];
    const date = readDate(row, parsed, log, curated);
    let id = row.get('id');
    if (!id) {
      id = generatedId(title, date);
      log.about(
        'warning',
        row,
        `no id: "${id}" was generated from the title; add it to the file so links stay stable`,
        'id',
        row.parties ? 'no id (parties)' : 'no id (title)',
      );
    }
    const first = seenIds.get(id);
    if (first) {
      const reason = `id "${id}" is already used by ${first.file} line ${first.line}`;
      log.about('error', row, `${reason}; the record was not built (ids must be unique)`, 'id');
      rejected.push({ ...placeOf(row), id, reason });
      continue;
    }
    seenIds.set(id, row);
    const { roles, unidentified, readings } = resolveRoles(row, parsed, registry, resolver, {
      date,
      id,
      curated,
      mentionsFromSummary: settings.mentionsFromSummary,
    });
    for (const reading of readings) {
      if (reading.check) log.about('warning', row, reading.text, 'title', 'reading to check');
    }
    const type = readType(row, parsed, curated);
    const { places, placeRefs } = readPlacesWithSides(row, parsed, curated);
    // The cell's note comes last; `curated` says there is one (it may repeat words of the title).
    const notes = [...parsed.notes, ...(row.get('notes') ? [row.get('notes')] : [])];
    if (row.get('notes')) curated.push('notes');
    // Built in its fields' order with the two optional ones set in between: a literal with
    // `...(x ? { x } : {})` among its properties took ~0.9 µs a record more (min of 8 × 10^5).
    const record = {
      id,
      title,
      type,
      number: row.get('number') || parsed.number,
      date,
      summary: row.get('summary'),
      collection: row.get('collection') || settings.defaultCollection,
      source: row.get('source') || settings.defaultSource,
      roles,
      places,
    } as DocumentRecord;
    if (placeRefs) record.placeRefs = placeRefs;
    if (row.partiesFrom) record.partiesFrom = row.partiesFrom;
    record.medium = parsed.medium;
    record.topic = parsed.topic;
    record.notes = notes;
    record.curated = curated;
    record.placement = placementOf(roles);
    record.origin = { file: row.file, line: row.line, column: row.column ?? 1 };
    // Optional fields set after: V8 (node 20) builds a literal with spreads among its
    // properties in ~1-4 µs a record, more than the rest of the record.
    if (unidentified.length > 0) record.unidentified = unidentified;
    if (readings.length > 0) record.readings = readings;
    if (row.get('url')) record.url = row.get('url');
    documents.push(record);
  }
  return { documents, rejected };
}
