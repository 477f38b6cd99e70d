/**
 * A person's correspondence, grouped by correspondent and sorted by date: what they sent,
 * received, relayed or took part in, with whom, and where they are only mentioned.
 */
import { compareStrings } from './compare.ts';
import type { Corpus } from './corpus.ts';
import { labelOf } from './corpus.ts';
import type { DocumentRecord, PartyRef, Role } from './types.ts';

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

type Refs = readonly PartyRef[];

function includes(refs: Refs, person: string): boolean {
  for (const ref of refs) if (ref.person === person) return true;
  return false;
}

/** The distinct people of `lists`, in order of first appearance, leaving out `person`. */
function othersIn(person: string, ...lists: Refs[]): string[] {
  const others: string[] = [];
  for (const refs of lists)
    for (const { person: other } of refs)
      if (other !== person && !others.includes(other)) others.push(other);
  return others;
}

/**
 * The counterparts of `person` in `doc`, and how they relate. Runs once per document of the
 * person on every click, cold: loops over the few parties rather than building arrays of them.
 */
function counterparts(
  doc: DocumentRecord,
  person: string,
): { role: Role; relation: Relation; others: string[] }[] {
  const found: { role: Role; relation: Relation; others: string[] }[] = [];
  const { originators, senders, via, recipients, participants, mentions } = doc.roles;
  // Whoever receives in the end: the recipients, else the last intermediary.
  const final = recipients.length > 0 ? recipients : via.slice(-1);
  if (includes(originators, person))
    found.push({ role: 'originators', relation: 'to', others: othersIn(person, final) });
  if (includes(senders, person))
    found.push({ role: 'senders', relation: 'to', others: othersIn(person, final) });
  if (includes(via, person)) {
    // The authors of a document: whoever wrote the carried message, else the senders.
    const authors = originators.length > 0 ? originators : senders;
    found.push({ role: 'via', relation: 'relayed', others: othersIn(person, authors, recipients) });
  }
  if (includes(recipients, person)) {
    // Both the author of a carried message and whoever sent it on are correspondents.
    const from =
      originators.length + senders.length > 0 ? [originators, senders] : [via.slice(0, 1)];
    found.push({ role: 'recipients', relation: 'from', others: othersIn(person, ...from) });
  }
  if (includes(participants, person))
    found.push({ role: 'participants', relation: 'with', others: othersIn(person, participants) });
  if (found.length === 0 && includes(mentions, person))
    found.push({ role: 'mentions', relation: 'mentioned', others: [] });
  return found;
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
