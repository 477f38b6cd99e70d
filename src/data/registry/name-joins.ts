/**
 * Names without an authority id beside people with one. An edition that gives a person's GND on
 * 149 letters and leaves it off the 150th ("Deimel, Eugen") means one person: a name without an
 * id that is the label of exactly one person with an id is joined to that person, and the report
 * lists the join. When several people with ids bear the name (Dehmel's two "Heilmann, Hans", GND
 * 1243981636 and 116651776), the name cannot say which: it stays apart, and the report lists it
 * with them as a possible duplicate. People with two different ids are never joined on a name.
 */
import type { DocumentRecord } from '../../graph/types.ts';
import { ROLES } from '../../graph/types.ts';
import type { NameJoin, SameName, UnresolvedName } from '../../graph/report.ts';
import { placementOf } from '../../graph/build.ts';
import type { NodeInfo } from '../../graph/build.ts';
import { nameKey } from './registry.ts';
import { slugify as slugKey } from './resolve.ts';

export interface NameJoins {
  /** The people left once joined names are gone. */
  people: NodeInfo[];
  unresolved: UnresolvedName[];
  joined: NameJoin[];
  sameName: SameName[];
}

/** Join authority-less names to the one person with an id of the same label; rewrites `documents`. */
export function joinAuthoritylessNames(
  documents: readonly DocumentRecord[],
  people: readonly NodeInfo[],
  unresolved: readonly UnresolvedName[],
): NameJoins {
  const withIds = new Map<string, NodeInfo[]>();
  for (const person of people) {
    if (!person.authority?.length) continue;
    const key = nameKey(person.label);
    withIds.set(key, [...(withIds.get(key) ?? []), person]);
  }
  const into = new Map<string, NodeInfo>();
  const joined: NameJoin[] = [];
  const sameName: SameName[] = [];
  const unresolvedById = new Map(unresolved.map((name) => [name.id, name]));
  for (const person of people) {
    if (person.authority?.length || person.registered) continue;
    const holders = withIds.get(nameKey(person.label)) ?? [];
    const documentsOf = unresolvedById.get(person.id)?.documents ?? [];
    const [only] = holders;
    if (holders.length === 1 && only) {
      into.set(person.id, only);
      const authority = only.authority?.[0] ?? '';
      joined.push({ name: person.label, person: only.id, authority, documents: documentsOf });
    } else if (holders.length > 1) {
      sameName.push({
        name: person.label,
        person: person.id,
        people: holders.map((h) => ({ person: h.id, authority: h.authority?.[0] ?? null })),
        documents: documentsOf,
      });
    }
  }
  const listed = new Set(sameName.map((entry) => nameKey(entry.name)));
  for (const [key, holders] of withIds) {
    if (holders.length < 2 || listed.has(key)) continue;
    const [first] = holders;
    sameName.push({
      name: first?.label ?? key,
      person: null,
      people: holders.map((h) => ({ person: h.id, authority: h.authority?.[0] ?? null })),
      documents: [],
    });
  }
  const left = namedAsFirstSeen(people, into, documents).filter((person) => !into.has(person.id));
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
      people: entry.people.map((p) => ({ ...p, person: key(p.person) })),
    })),
  };
}

/**
 * A person numbered only because the joined name took their key first ("anna-2" beside the
 * id-less "anna") takes it back, so the key is the one a corpus giving the id everywhere makes.
 */
/** The order in which documents first name each person: the order the resolver met them. */
function firstSeen(documents: readonly DocumentRecord[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const doc of documents)
    for (const role of ROLES)
      for (const ref of doc.roles[role]) if (!seen.has(ref.person)) seen.set(ref.person, seen.size);
  return seen;
}

/**
 * A person is named by the first name the corpus gives them (the resolver's rule); a name joined
 * to them that comes first names them, as it would had the letter given the id.
 */
function namedAsFirstSeen(
  people: readonly NodeInfo[],
  into: ReadonlyMap<string, NodeInfo>,
  documents: readonly DocumentRecord[],
): NodeInfo[] {
  if (into.size === 0) return [...people];
  const order = firstSeen(documents);
  const at = (id: string): number => order.get(id) ?? Number.POSITIVE_INFINITY;
  const labels = new Map(people.map((person) => [person.id, person.label]));
  const earliest = new Map<string, { at: number; label: string }>();
  for (const [joined, target] of into) {
    const label = labels.get(joined) ?? joined;
    const current = earliest.get(target.id) ?? { at: at(target.id), label: target.label };
    if (at(joined) < current.at) earliest.set(target.id, { at: at(joined), label });
  }
  return people.map((person) => {
    const first = earliest.get(person.id);
    if (!first || first.label === person.label) return person;
    const aliases = [person.label, ...person.aliases.filter((alias) => alias !== first.label)];
    return { ...person, label: first.label, aliases };
  });
}

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
