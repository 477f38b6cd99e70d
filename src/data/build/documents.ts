/**
 * From corpus rows to document records: parse the title, apply the curator's columns, resolve
 * every name, and account for every row (built, or rejected with the reason).
 */
import { placementOf } from '../../graph/build.ts';
import type { DocDate, DocumentRecord, DocumentRoles, PartyRef, Role } from '../../graph/types.ts';
import { ROLES } from '../../graph/types.ts';
import type { TableRow } from '../io/tables.ts';
import type { IssueLog } from '../issues.ts';
import type { NameContext, ParsedParty } from '../parse/names.ts';
import { parseTitle } from '../parse/title.ts';
import type { Registry } from '../registry/registry.ts';
import type { Resolver } from '../registry/resolve.ts';
import { registryNameContext, slugify } from '../registry/resolve.ts';
import { ID_COLUMNS } from '../../graph/export/documents-csv.ts';
import { curateParties, readDate, readPlaces, readType } from './curation.ts';
import { findMentions } from './mentions.ts';

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

/** Stable id for a row without one: the date and a slug of the title. */
function generatedId(title: string, date: DocDate): string {
  return `${date.iso ?? 'undated'}-${slugify(title).split('-').slice(0, 8).join('-')}`;
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
    // A structured source gives the parties itself: the title's own reading does not matter then.
    if (!row.parties) {
      for (const warning of parsed.warnings)
        log.warn(row.file, row.line, warning, { field: 'title' });
    }

    const roles = {} as DocumentRoles;
    const resolveAll = (parties: ParsedParty[]): PartyRef[] =>
      dedupe(parties.map((party) => withEvidence(resolver.resolve(party, date, id), party)));
    for (const role of ROLES) {
      if (role === 'mentions') continue;
      const reading = row.parties?.[role] ?? parsed[role as PartyRole];
      roles[role] = resolveAll(curateRole(row, role, reading, ctx, curated));
    }
    // Mentions: as given, or else the registry's names found in the summary (the reading a
    // mentions cell curates).
    const foundMentions = (): ParsedParty[] => {
      if (!settings.mentionsFromSummary) return [];
      const named = new Set(ROLES.flatMap((role) => roles[role]?.map((ref) => ref.person) ?? []));
      return findMentions(row.get('summary'), registry)
        .filter((entry) => !named.has(entry.id))
        .map((entry) => ({ name: entry.name, asWritten: entry.asWritten }));
    };
    roles.mentions = resolveAll(
      curateRole(row, 'mentions', row.parties?.mentions ?? foundMentions(), ctx, curated),
    );
    const type = readType(row, parsed, curated);
    const { places, placeRefs } = readPlaces(row, parsed, curated);
    // The cell's note comes last; `curated` says there is one (it may repeat words of the title).
    const notes = [...parsed.notes, ...(row.get('notes') ? [row.get('notes')] : [])];
    if (row.get('notes')) curated.push('notes');
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
      places,
      ...(placeRefs ? { placeRefs } : {}),
      ...(row.partiesFrom ? { partiesFrom: row.partiesFrom } : {}),
      medium: parsed.medium,
      topic: parsed.topic,
      notes,
      curated,
      ...(row.get('url') ? { url: row.get('url') } : {}),
      placement: placementOf(roles),
      origin: { file: row.file, line: row.line, column: row.column ?? 1 },
    });
  }
  return { documents, rejected };
}
