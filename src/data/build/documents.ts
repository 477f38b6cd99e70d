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
import type { TableRow } from '../io/tables.ts';
import { splitCell } from '../io/tables.ts';
import type { IssueLog } from '../issues.ts';
import { parseDate } from '../parse/dates.ts';
import type { ParsedParty } from '../parse/names.ts';
import { readParty } from '../parse/party.ts';
import { parseTitle } from '../parse/title.ts';
import type { ParsedTitle } from '../parse/title.ts';
import type { Registry } from '../registry/registry.ts';
import type { Resolver } from '../registry/resolve.ts';
import { registryNameContext, slugify } from '../registry/resolve.ts';
import { findMentions } from './mentions.ts';
import { isPlaceholder, placeholderNote, resolutionNote } from './readings.ts';

/** A row that could not become a document, with the reason. */
export interface RejectedRow {
  file: string;
  line: number;
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

/** Curation cell semantics: empty keeps the parse, "-" clears it, "+A; B" adds, "A; B" replaces. */
function curate(
  parsed: ParsedParty[],
  cell: string,
  registry: Registry,
): { parties: ParsedParty[]; curated: boolean } {
  if (cell === '') return { parties: parsed, curated: false };
  if (cell === '-') return { parties: [], curated: true };
  const extend = cell.startsWith('+');
  const ctx = registryNameContext(registry);
  const named = splitCell(extend ? cell.slice(1) : cell)
    .map((name) => readParty(name, ctx))
    .filter((party): party is ParsedParty => party !== null);
  return { parties: extend ? [...parsed, ...named] : named, curated: true };
}

function dedupe(refs: PartyRef[]): PartyRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => !seen.has(ref.person) && seen.add(ref.person));
}

/** Date from the date column when given (reported if unreadable), else from the title. */
function readDate(row: TableRow, parsed: ParsedTitle, log: IssueLog, curated: string[]): DocDate {
  const cell = row.get('date');
  if (!cell) return parsed.date;
  const date = parseDate(cell);
  if (date) {
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

/** Stable id for a row without one: the date and a slug of the title. */
function generatedId(title: string, date: DocDate): string {
  return `${date.iso ?? 'undated'}-${slugify(title).split('-').slice(0, 8).join('-')}`;
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
  at: { date: DocDate; id: string; curated: string[] },
): { roles: DocumentRoles; unidentified: UnidentifiedParty[]; readings: ReadingNote[] } {
  const roles = {} as DocumentRoles;
  const unidentified: UnidentifiedParty[] = [];
  // A structured source gives the parties itself: the title's own reading does not matter then.
  const readings: ReadingNote[] = row.parties ? [] : [...parsed.readings];
  const note = (reading: ReadingNote | null): void => {
    if (reading && !readings.some((r) => r.text === reading.text)) readings.push(reading);
  };
  for (const role of ROLES) {
    const given = row.parties?.[role];
    const fromSource = given ?? (role === 'mentions' ? [] : parsed[role as PartyRole]);
    const { parties, curated: isCurated } = curate(fromSource, row.get(role), registry);
    if (isCurated) at.curated.push(role);
    const refs: PartyRef[] = [];
    for (const party of parties) {
      if (role !== 'mentions' && isPlaceholder(party)) {
        unidentified.push({ role, asWritten: party.asWritten });
        note(placeholderNote(role, party));
        continue;
      }
      const ref = resolver.resolve(party, at.date, at.id);
      const label = registry.people.get(ref.person)?.name ?? party.realName ?? party.name;
      note(resolutionNote(ref, label, at.date));
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
  const seenIds = new Map<string, { file: string; line: number }>();
  for (const [index, row] of rows.entries()) {
    if (settings.onProgress && index % 2000 === 0) settings.onProgress(index, rows.length);
    const title = row.get('title');
    if (!title) {
      const reason = 'the title is empty';
      log.error(row.file, row.line, `${reason}; the record was not built`, { field: 'title' });
      rejected.push({ file: row.file, line: row.line, id: row.get('id') || null, reason });
      continue;
    }
    const parsed = parseTitle(title, ctx);
    const curated: string[] = [];
    const date = readDate(row, parsed, log, curated);
    let id = row.get('id');
    if (!id) {
      id = generatedId(title, date);
      log.warn(
        row.file,
        row.line,
        `no id: "${id}" was generated from the title; add it to the file so links stay stable`,
        { field: 'id' },
      );
    }
    const first = seenIds.get(id);
    if (first) {
      const reason = `id "${id}" is already used by ${first.file} line ${first.line}`;
      log.error(row.file, row.line, `${reason}; the record was not built (ids must be unique)`, {
        field: 'id',
      });
      rejected.push({ file: row.file, line: row.line, id, reason });
      continue;
    }
    seenIds.set(id, { file: row.file, line: row.line });
    const { roles, unidentified, readings } = resolveRoles(row, parsed, registry, resolver, {
      date,
      id,
      curated,
    });
    for (const reading of readings) {
      if (reading.check) log.warn(row.file, row.line, reading.text, { field: 'title' });
    }
    if (settings.mentionsFromSummary && row.get('mentions') === '' && !row.parties?.mentions) {
      const named = new Set(ROLES.flatMap((role) => roles[role].map((ref) => ref.person)));
      const found = findMentions(row.get('summary'), registry).filter(
        (party) => !named.has(party.id),
      );
      roles.mentions = found.map((entry) =>
        resolver.resolve({ name: entry.name, asWritten: entry.asWritten }, date, id),
      );
    }
    const type = row.get('type') || parsed.type;
    if (row.get('type')) curated.push('type');
    const placesCell = row.get('places');
    let places = parsed.places;
    if (placesCell) {
      curated.push('places');
      places =
        placesCell === '-'
          ? []
          : placesCell.startsWith('+')
            ? [...places, ...splitCell(placesCell.slice(1))]
            : splitCell(placesCell);
    }
    const notes = [...parsed.notes, ...(row.get('notes') ? [row.get('notes')] : [])];
    const extras = {
      ...(unidentified.length > 0 ? { unidentified } : {}),
      ...(readings.length > 0 ? { readings } : {}),
    };
    documents.push({
      id,
      title,
      type,
      number: row.get('number') || parsed.number,
      date,
      summary: row.get('summary'),
      collection: row.get('collection') || settings.defaultCollection,
      source: row.get('source') || settings.defaultSource,
      roles,
      places: [...new Set(places)],
      medium: parsed.medium,
      topic: parsed.topic,
      notes,
      curated,
      ...extras,
      ...(row.get('url') ? { url: row.get('url') } : {}),
      placement: placementOf(roles),
      origin: { file: row.file, line: row.line },
    });
  }
  return { documents, rejected };
}
