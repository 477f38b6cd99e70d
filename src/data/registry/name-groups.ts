/**
 * Which written names are one person within a corpus. Three rules, each safe alone:
 * - the same name ("Deimel, Eugen" with and without its GND id);
 * - the same name in the other order ("Darwin, Charles" = "Charles Darwin", "Stein, Charlotte
 *   von" = "Charlotte von Stein"; see name-forms.ts);
 * - initials that fit one fuller name of the corpus only ("J. D. Hooker" = "Joseph Dalton Hooker"
 *   unless a "John Dawson Hooker" is there too).
 * A person with an identity (an authority id, or a registry entry) is never joined to another
 * with one: names that could be either stay apart and are listed as ambiguous.
 */
import { compareStrings } from '../../graph/compare.ts';
import type { NodeInfo } from '../../graph/build.ts';
import { nameKey } from '../../graph/text.ts';
import {
  initialCount,
  initialsFit,
  naturalText,
  orderKey,
  personName,
  surnameKey,
} from './name-forms.ts';
import type { NameForm } from './name-forms.ts';

export interface NameGroup {
  /** The node the group keeps: the one with an identity, else the one named as the group is. */
  target: NodeInfo;
  /** The name the node shows (see `displayOrder`). */
  label: string;
  /** The other nodes, joined into the target. */
  joined: NodeInfo[];
}

/** A name that fits several people, each with an identity or each a fuller name: kept apart. */
export interface AmbiguousName {
  person: NodeInfo;
  candidates: NodeInfo[];
  by: 'name' | 'initials';
}

export interface NameGrouping {
  groups: NameGroup[];
  ambiguous: AmbiguousName[];
}

/** What the rules need to know of the corpus: where each person is first named, and how often. */
export interface NameUse {
  firstSeen(id: string): number;
  documents(id: string): number;
}

interface Entry {
  person: NodeInfo;
  form: NameForm | null;
  key: string;
  /** Where the corpus first names the person. */
  at: number;
}

const hasIdentity = (person: NodeInfo): boolean =>
  person.registered || (person.authority?.length ?? 0) > 0;

/**
 * The display rule, stated once. A registered person keeps the registry's name. A person with an
 * authority id keeps the first form the corpus gives (as the resolver names every person with an
 * id, so a file giving the id everywhere, or Cablegraph's own export of it, names them the same).
 * Anyone else is named by the written form that (1) has the fewest initials, (2) is written in
 * "Forenames Surname" order, (3) in the most documents, (4) first in the corpus — shown in
 * "Forenames Surname" order ("Darwin, Charles" alone in a group with "C. Darwin" shows as
 * "Charles Darwin"), so which order a table happens to use does not change the name.
 */
export function displayOrder(use: NameUse): (a: Entry, b: Entry) => number {
  const rank = (e: Entry): number[] => [
    e.person.registered ? 0 : 1,
    e.form ? initialCount(e.form) : Number.MAX_SAFE_INTEGER,
    e.form && !e.form.inverted ? 0 : 1,
    -use.documents(e.person.id),
    e.at,
  ];
  // Ranked once per entry, not once per comparison.
  const ranks = new Map<Entry, number[]>();
  const rankOf = (e: Entry): number[] => {
    let known = ranks.get(e);
    if (!known) ranks.set(e, (known = rank(e)));
    return known;
  };
  return (a, b) => {
    const ra = rankOf(a);
    const rb = rankOf(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) - (rb[i] ?? 0);
    return compareStrings(a.person.id, b.person.id);
  };
}

/**
 * Group the people of a corpus by the names they are written with. `elsewhere`: people the
 * registry knows whom the corpus does not name; initials that fit one of them as well are not
 * unambiguous (the registry's "R. Evmir" may be Rudre or Ruvo), though none is joined to them.
 */
export function groupNames(
  people: readonly NodeInfo[],
  use: NameUse,
  elsewhere: readonly NodeInfo[] = [],
): NameGrouping {
  const entries: Entry[] = people
    .map((person) => {
      const form = person.kind === 'organisation' ? null : personName(person.label);
      const key = form ? orderKey(form) : nameKey(person.label);
      return { person, form, key, at: use.firstSeen(person.id) };
    })
    .sort((a, b) => a.at - b.at || compareStrings(a.person.id, b.person.id));
  const sets = new DisjointNames(entries);
  const ambiguous: AmbiguousName[] = [];
  byKey(entries, sets, ambiguous);
  const others = elsewhere.flatMap((person) => {
    const form = personName(person.label);
    return form ? [{ person, form, key: orderKey(form), at: Number.MAX_SAFE_INTEGER }] : [];
  });
  byInitials(entries, others, sets, ambiguous);
  const first = (a: Entry, b: Entry): number => a.at - b.at;
  return { groups: sets.groups(displayOrder(use), first), ambiguous };
}

/** Rule 1 and 2: one key, one person, unless two with identities share it. */
function byKey(entries: readonly Entry[], sets: DisjointNames, ambiguous: AmbiguousName[]): void {
  const keys = new Map<string, Entry[]>();
  for (const entry of entries) {
    const list = keys.get(entry.key);
    if (list) list.push(entry);
    else keys.set(entry.key, [entry]);
  }
  for (const list of keys.values()) {
    const holders = list.filter((e) => hasIdentity(e.person));
    if (holders.length <= 1) {
      for (const entry of list) sets.union(list[0] as Entry, entry);
      continue;
    }
    for (const entry of list) {
      if (hasIdentity(entry.person)) continue;
      ambiguous.push({
        person: entry.person,
        candidates: holders.map((h) => h.person),
        by: 'name',
      });
    }
  }
}

/** Rule 3: initials join the one fuller name of the same surname, when there is only one. */
function byInitials(
  entries: readonly Entry[],
  others: readonly Entry[],
  sets: DisjointNames,
  ambiguous: AmbiguousName[],
): void {
  const bySurname = new Map<string, Entry[]>();
  for (const entry of [...entries, ...others]) {
    if (!entry.form) continue;
    const key = surnameKey(entry.form);
    const list = bySurname.get(key);
    if (list) list.push(entry);
    else bySurname.set(key, [entry]);
  }
  const unsure = new Set<Entry>();
  const outside = new Set(others);
  for (const entry of entries) {
    const form = entry.form;
    if (!form || initialCount(form) === 0 || unsure.has(sets.find(entry))) continue;
    const kin = bySurname.get(surnameKey(form)) ?? [];
    const fuller = kin.filter((other) => other.form && initialsFit(form, other.form));
    const roots = new Map<Entry, Entry[]>();
    for (const other of fuller) {
      const root = sets.find(other);
      if (root === sets.find(entry)) continue;
      const list = roots.get(root);
      if (list) list.push(other);
      else roots.set(root, [other]);
    }
    // A candidate that is itself a shorter writing of another candidate is not a second person.
    const candidates = [...roots].filter(
      ([root, forms]) =>
        ![...roots].some(
          ([otherRoot, otherForms]) =>
            otherRoot !== root &&
            forms.every((f) =>
              otherForms.some((g) => f.form && g.form && initialsFit(f.form, g.form)),
            ),
        ),
    );
    const [only] = candidates;
    if (candidates.length === 1 && only && !outside.has(only[0])) {
      sets.union(only[0], entry);
    } else if (candidates.length > 1) {
      unsure.add(sets.find(entry));
      ambiguous.push({
        person: entry.person,
        candidates: candidates.map(([root]) => sets.identity(root) ?? root.person),
        by: 'initials',
      });
    }
  }
}

/** Union–find over entries; a set holds at most one person with an identity. */
class DisjointNames {
  private readonly parent = new Map<Entry, Entry>();
  private readonly holder = new Map<Entry, NodeInfo>();

  constructor(private readonly entries: readonly Entry[]) {
    for (const entry of entries)
      if (hasIdentity(entry.person)) this.holder.set(entry, entry.person);
  }

  find(entry: Entry): Entry {
    let root = entry;
    for (let up = this.parent.get(root); up; up = this.parent.get(root)) root = up;
    if (root !== entry) this.parent.set(entry, root);
    return root;
  }

  identity(root: Entry): NodeInfo | undefined {
    return this.holder.get(root);
  }

  /** Join two sets; refused (false) when each holds a different person with an identity. */
  union(a: Entry, b: Entry): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const ia = this.holder.get(ra);
    const ib = this.holder.get(rb);
    if (ia && ib) return false;
    this.parent.set(rb, ra);
    const held = ia ?? ib;
    if (held) this.holder.set(ra, held);
    return true;
  }

  groups(
    order: (a: Entry, b: Entry) => number,
    first: (a: Entry, b: Entry) => number,
  ): NameGroup[] {
    const members = new Map<Entry, Entry[]>();
    for (const entry of this.entries) {
      const root = this.find(entry);
      const list = members.get(root);
      if (list) list.push(entry);
      else members.set(root, [entry]);
    }
    const groups: NameGroup[] = [];
    for (const [root, list] of members) {
      if (list.length < 2) continue;
      const target = this.holder.get(root);
      const byId = target?.authority?.length && !target.registered;
      const named = [...list].sort(byId ? first : order)[0] as Entry;
      const kept = target ?? named.person;
      const shown = byId || !named.form ? named.person.label : naturalText(named.form);
      groups.push({
        target: kept,
        label: kept.registered ? kept.label : shown,
        joined: list.map((e) => e.person).filter((p) => p !== kept),
      });
    }
    return groups;
  }
}
