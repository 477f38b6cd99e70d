/** Tiny corpora built by hand, with known answers, for the graph algorithms. */
import { buildCorrespondenceGraph, placementOf } from '../../src/graph/build.ts';
import { createCorpus } from '../../src/graph/corpus.ts';
import type { Corpus } from '../../src/graph/corpus.ts';
import type { DocumentRecord, DocumentRoles, PartyRef } from '../../src/graph/types.ts';

export type RoleSpec = Partial<Record<keyof DocumentRoles, string[]>>;

const ref = (person: string): PartyRef => ({ person, asWritten: person, resolvedBy: 'registry' });

export function rolesOf(spec: RoleSpec): DocumentRoles {
  return {
    originators: (spec.originators ?? []).map(ref),
    senders: (spec.senders ?? []).map(ref),
    via: (spec.via ?? []).map(ref),
    recipients: (spec.recipients ?? []).map(ref),
    participants: (spec.participants ?? []).map(ref),
    mentions: (spec.mentions ?? []).map(ref),
  };
}

/** A document record with the given roles and ISO date (null for undated). */
export function handDoc(
  id: string,
  spec: RoleSpec,
  date: string | null = '1950-01-01',
  type = 'cable',
): DocumentRecord {
  const precision =
    date === null ? 'none' : date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  const roles = rolesOf(spec);
  return {
    id,
    title: `${type} ${id}`,
    type,
    number: null,
    date: { iso: date, precision, asWritten: date },
    summary: '',
    collection: 'hand-built',
    source: 'tests',
    roles,
    places: [],
    medium: null,
    topic: null,
    notes: [],
    curated: [],
    placement: placementOf(roles),
    origin: { file: 'hand.csv', line: 1 },
  };
}

/** A corpus of hand-built documents; people are created from the ids they use. */
export function handCorpus(documents: DocumentRecord[]): Corpus {
  const ids = new Set(
    documents.flatMap((doc) =>
      Object.values(doc.roles)
        .flat()
        .map((r) => r.person),
    ),
  );
  const people = [...ids].map((id) => ({
    id,
    label: id,
    kind: 'person' as const,
    affiliation: 'X',
    role: '',
    aliases: [],
    registered: true,
  }));
  return createCorpus(buildCorrespondenceGraph(documents, people), documents, {
    name: 'Hand-built',
    slug: 'hand',
  });
}
