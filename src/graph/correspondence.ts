/**
 * A person's correspondence, grouped by correspondent and sorted by date: what they sent,
 * received, relayed or took part in, with whom, and where they are only mentioned.
 */
import { compareStrings } from './compare.ts';
import type { Corpus } from './corpus.ts';
import { labelOf } from './corpus.ts';
import type { DocumentRecord, Role } from './types.ts';

/** How the person relates to the correspondent in one document. */
export type Relation = 'to' | 'from' | 'relayed' | 'with' | 'mentioned' | 'alone';

export interface CorrespondenceEntry {
  doc: DocumentRecord;
  /** The person's own role in the document. */
  role: Role;
  relation: Relation;
}

export interface CorrespondentGroup {
  /** Person id, or null for documents whose other side is unknown or that only mention the person. */
  correspondent: string | null;
  label: string;
  kind: 'correspondent' | 'unknown' | 'mentioned';
  entries: CorrespondenceEntry[];
}

const people = (doc: DocumentRecord, role: Role): string[] =>
  doc.roles[role].map((ref) => ref.person);

/** The authors of a document: whoever wrote the carried message, else the senders. */
function authors(doc: DocumentRecord): string[] {
  return doc.roles.originators.length > 0 ? people(doc, 'originators') : people(doc, 'senders');
}

/** The counterparts of `person` in `doc`, and how they relate. */
function counterparts(
  doc: DocumentRecord,
  person: string,
): { role: Role; relation: Relation; others: string[] }[] {
  const found: { role: Role; relation: Relation; others: string[] }[] = [];
  const has = (role: Role): boolean => doc.roles[role].some((ref) => ref.person === person);
  const final =
    people(doc, 'recipients').length > 0 ? people(doc, 'recipients') : people(doc, 'via').slice(-1);
  if (has('originators')) found.push({ role: 'originators', relation: 'to', others: final });
  if (has('senders')) found.push({ role: 'senders', relation: 'to', others: final });
  if (has('via'))
    found.push({
      role: 'via',
      relation: 'relayed',
      others: [...authors(doc), ...people(doc, 'recipients')],
    });
  if (has('recipients')) {
    // Both the author of a carried message and whoever sent it on are correspondents.
    const from = [...people(doc, 'originators'), ...people(doc, 'senders')];
    found.push({
      role: 'recipients',
      relation: 'from',
      others: from.length > 0 ? from : people(doc, 'via').slice(0, 1),
    });
  }
  if (has('participants'))
    found.push({ role: 'participants', relation: 'with', others: people(doc, 'participants') });
  if (has('mentions') && found.length === 0)
    found.push({ role: 'mentions', relation: 'mentioned', others: [] });
  return found.map((f) => ({ ...f, others: [...new Set(f.others)].filter((o) => o !== person) }));
}

function byDate(a: CorrespondenceEntry, b: CorrespondenceEntry): number {
  const da = a.doc.date.iso;
  const db = b.doc.date.iso;
  if (da === db) return compareStrings(a.doc.id, b.doc.id);
  if (da === null) return 1;
  if (db === null) return -1;
  return compareStrings(da, db);
}

export interface CorrespondenceOptions {
  /** Only these documents (the current filter); all when null. */
  documents: ReadonlySet<string> | null;
}

/**
 * Group a person's documents by correspondent, most documents first; entries by date, undated last.
 * Documents with no known other side, and documents that only mention the person, get groups of
 * their own.
 */
export function personCorrespondence(
  corpus: Corpus,
  person: string,
  options: Partial<CorrespondenceOptions> = {},
): CorrespondentGroup[] {
  const only = options.documents ?? null;
  const groups = new Map<string, CorrespondentGroup>();
  const group = (key: string, make: () => CorrespondentGroup): CorrespondentGroup => {
    let found = groups.get(key);
    if (!found) groups.set(key, (found = make()));
    return found;
  };
  for (const id of corpus.documentsByPerson.get(person) ?? []) {
    if (only && !only.has(id)) continue;
    const doc = corpus.documents.get(id);
    if (!doc) continue;
    for (const { role, relation, others } of counterparts(doc, person)) {
      if (relation === 'mentioned') {
        group('mentioned', () => ({
          correspondent: null,
          label: 'Mentioned in',
          kind: 'mentioned',
          entries: [],
        })).entries.push({ doc, role, relation });
      } else if (others.length === 0) {
        group('unknown', () => ({
          correspondent: null,
          label: 'Other side unknown',
          kind: 'unknown',
          entries: [],
        })).entries.push({ doc, role, relation: 'alone' });
      } else {
        for (const other of others) {
          group(`p:${other}`, () => ({
            correspondent: other,
            label: labelOf(corpus, other),
            kind: 'correspondent',
            entries: [],
          })).entries.push({ doc, role, relation });
        }
      }
    }
  }
  const order = { correspondent: 0, unknown: 1, mentioned: 2 } as const;
  const result = [...groups.values()];
  for (const g of result) g.entries.sort(byDate);
  return result.sort(
    (a, b) =>
      order[a.kind] - order[b.kind] ||
      b.entries.length - a.entries.length ||
      compareStrings(a.label, b.label),
  );
}
