/**
 * One person under several written names. An edition that gives a person's GND on 149 letters
 * and leaves it off the 150th ("Deimel, Eugen") means one person; so does a table that writes
 * "Darwin, Charles" in one row and "Charles Darwin" in the next, or "J. D. Hooker" beside the only
 * "Joseph Dalton Hooker" (the rules: name-groups.ts). Every join is listed in the report, and the
 * person keeps the other forms as aliases. When several people with ids bear the name (Dehmel's
 * two "Heilmann, Hans", GND 1243981636 and 116651776), it cannot say which: it stays apart, and the
 * report lists it with them as a possible duplicate. People with two different ids are never
 * joined on a name.
 */
import type { DocumentRecord } from '../../graph/types.ts';
import { ROLES } from '../../graph/types.ts';
import type { NameJoin, NameJoinReason, SameName, UnresolvedName } from '../../graph/report.ts';
import { placementOf } from '../../graph/build.ts';
import type { NodeInfo } from '../../graph/build.ts';
import { groupNames } from './name-groups.ts';
import type { AmbiguousName } from './name-groups.ts';
import { orderKey, personName } from './name-forms.ts';
import { nameKey } from './registry.ts';
import type { PersonEntry } from './registry.ts';
import { infoFromEntry, slugify as slugKey } from './resolve.ts';

export interface NameJoins {
  /** The people left once joined names are gone. */
  people: NodeInfo[];
  unresolved: UnresolvedName[];
  joined: NameJoin[];
  sameName: SameName[];
}

/** Why `name` was taken for the person shown as `label`. */
function reasonOf(name: string, label: string): NameJoinReason {
  if (nameKey(name) === nameKey(label)) return 'name';
  const a = personName(name);
  const b = personName(label);
  return a && b && orderKey(a) === orderKey(b) ? 'name order' : 'initials';
}

/** How many documents name each person, and where each is first named. */
function uses(documents: readonly DocumentRecord[]): {
  firstSeen(id: string): number;
  documents(id: string): number;
} {
  const seen = new Map<string, number>();
  const counts = new Map<string, number>();
  // The last document counted for each person: one that names a person twice counts once (a
  // set of names per document instead made 10^5 sets).
  const lastCounted = new Map<string, number>();
  documents.forEach((doc, index) => {
    for (const role of ROLES)
      for (const ref of doc.roles[role]) {
        if (!seen.has(ref.person)) seen.set(ref.person, seen.size);
        if (lastCounted.get(ref.person) === index) continue;
        lastCounted.set(ref.person, index);
        counts.set(ref.person, (counts.get(ref.person) ?? 0) + 1);
      }
  });
  return {
    firstSeen: (id) => seen.get(id) ?? Number.MAX_SAFE_INTEGER,
    documents: (id) => counts.get(id) ?? 0,
  };
}

/** Join the written forms of one person (see name-groups.ts); rewrites `documents`. */
export function joinAuthoritylessNames(
  documents: readonly DocumentRecord[],
  people: readonly NodeInfo[],
  unresolved: readonly UnresolvedName[],
  registered: Iterable<PersonEntry> = [],
): NameJoins {
  const named = new Set(people.map((person) => person.id));
  const elsewhere = [...registered]
    .filter((entry) => entry.kind === 'person' && !named.has(entry.id))
    .map((entry) => ({ ...infoFromEntry(entry), aliases: [] }));
  const { groups, ambiguous } = groupNames(people, uses(documents), elsewhere);
  const unresolvedById = new Map(unresolved.map((name) => [name.id, name]));
  const into = new Map<string, NodeInfo>();
  const joined: NameJoin[] = [];
  const relabelled = new Map<string, NodeInfo>();
  for (const group of groups) {
    const { target, label } = group;
    const forms = [target, ...group.joined].flatMap((p) => [p.label, ...p.aliases]);
    const aliases = [...new Set(forms)].filter((form) => form !== label);
    relabelled.set(target.id, { ...target, label, aliases });
    for (const person of group.joined) {
      into.set(person.id, target);
      joined.push({
        name: person.label,
        person: target.id,
        authority: target.authority?.[0] ?? '',
        documents: unresolvedById.get(person.id)?.documents ?? [],
        into: target.label,
        how: reasonOf(person.label, target.label),
      });
    }
  }
  const sameName = possibleDuplicates(people, ambiguous, unresolvedById);
  const left = people
    .filter((person) => !into.has(person.id))
    .map((person) => relabelled.get(person.id) ?? person);
  if (into.size > 0) rewriteParties(documents, into);
  const renamed = freedKeys(left, into);
  if (renamed.size > 0) renameParties(documents, renamed);
  const key = (id: string): string => renamed.get(id) ?? id;
  return {
    people: left.map((person) => ({ ...person, id: key(person.id) })),
    unresolved: unresolved
      .filter((name) => !into.has(name.id))
      .map((name) => ({ ...name, id: key(name.id) })),
    joined: joined.map((join) => ({ ...join, person: key(join.person) })),
    sameName: sameName.map((entry) => ({
      ...entry,
      person: entry.person === null ? null : key(entry.person),
      people: entry.people.map((p) => ({ ...p, person: key(p.person) })),
    })),
  };
}

/**
 * Names kept apart because several people could bear them, and people with ids sharing one name
 * (listed once, `person` null): possible duplicates, for a curator.
 */
function possibleDuplicates(
  people: readonly NodeInfo[],
  ambiguous: readonly AmbiguousName[],
  unresolvedById: ReadonlyMap<string, UnresolvedName>,
): SameName[] {
  const entry = (p: NodeInfo) => ({ person: p.id, authority: p.authority?.[0] ?? null });
  const sameName: SameName[] = ambiguous.map((a) => ({
    name: a.person.label,
    person: a.person.id,
    people: a.candidates.map(entry),
    documents: unresolvedById.get(a.person.id)?.documents ?? [],
    ...(a.by === 'initials' ? { how: 'initials' as const } : {}),
  }));
  const listed = new Set(
    ambiguous.filter((a) => a.by === 'name').map((a) => nameKey(a.person.label)),
  );
  const withIds = new Map<string, NodeInfo[]>();
  for (const person of people) {
    if (!person.authority?.length) continue;
    const key = nameKey(person.label);
    withIds.set(key, [...(withIds.get(key) ?? []), person]);
  }
  for (const [key, holders] of withIds) {
    if (holders.length < 2 || listed.has(key)) continue;
    sameName.push({
      name: holders[0]?.label ?? key,
      person: null,
      people: holders.map(entry),
      documents: [],
    });
  }
  return sameName;
}

/**
 * A person numbered only because the joined name took their key first ("anna-2" beside the
 * id-less "anna") takes it back, so the key is the one a corpus giving the id everywhere makes.
 */
function freedKeys(
  people: readonly NodeInfo[],
  joined: ReadonlyMap<string, NodeInfo>,
): Map<string, string> {
  const keys = new Set(people.map((person) => person.id));
  const renamed = new Map<string, string>();
  for (const [freed, target] of joined) {
    if (keys.has(freed) || renamed.has(target.id) || !target.id.startsWith(`${freed}-`)) continue;
    if (slugKey(target.label) !== freed) continue;
    renamed.set(target.id, freed);
    keys.add(freed);
  }
  return renamed;
}

function renameParties(documents: readonly DocumentRecord[], renamed: Map<string, string>): void {
  for (const doc of documents)
    for (const role of ROLES)
      for (const ref of doc.roles[role]) ref.person = renamed.get(ref.person) ?? ref.person;
}

/** Point every reference to a joined name at the person it was joined to. */
function rewriteParties(
  documents: readonly DocumentRecord[],
  into: ReadonlyMap<string, NodeInfo>,
): void {
  for (const doc of documents) {
    for (const role of ROLES) {
      const refs = doc.roles[role];
      for (const ref of refs) {
        const target = into.get(ref.person);
        if (!target) continue;
        ref.person = target.id;
        ref.resolvedBy = 'name';
      }
      // A letter naming the person twice, with and without the id, names them once.
      const seen = new Set<string>();
      doc.roles[role] = refs.filter((ref) => !seen.has(ref.person) && seen.add(ref.person));
    }
    doc.placement = placementOf(doc.roles);
  }
}
