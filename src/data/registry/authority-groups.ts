/**
 * Authority ids that name one party. A source that gives two ids for one person (CMIF's @ref may
 * hold a GND and a VIAF URI) says they are the same person, and that holds for every letter of
 * the corpus, including those that give only one of them: one file's GND letters and another's
 * VIAF letters are one node once any letter joins the two ids.
 */
import type { ParsedParty } from '../parse/names.ts';
import { authorityKey } from './registry.ts';

export interface AuthorityGroups {
  /**
   * Every id known to name the same party as `uri`: `uri` first, the others in the order the
   * corpus first gave them. An id no party gave is its own group.
   */
  membersOf(uri: string): string[];
}

/** Join the ids each party gives together (its authority and sameAs), across all parties. */
export function authorityGroups(parties: Iterable<ParsedParty>): AuthorityGroups {
  /** Key → the key standing for its group (union-find; the first key seen of a group stands). */
  const parent = new Map<string, string>();
  /** Key → the URI as first written; its insertion order is the order ids were first given. */
  const written = new Map<string, string>();
  const firstSeen = new Map<string, number>();
  const root = (key: string): string => {
    let top = key;
    for (let up = parent.get(top); up !== undefined && up !== top; up = parent.get(top)) top = up;
    // Point the path straight at the top, so later lookups are short.
    for (let at = key; at !== top;) {
      const next = parent.get(at) ?? top;
      parent.set(at, top);
      at = next;
    }
    return top;
  };
  const add = (uri: string): string => {
    const key = authorityKey(uri);
    if (!parent.has(key)) {
      parent.set(key, key);
      written.set(key, uri);
      firstSeen.set(key, firstSeen.size);
    }
    return key;
  };
  for (const party of parties) {
    if (!party.authority) continue;
    let first = root(add(party.authority));
    for (const uri of party.sameAs ?? []) {
      const other = root(add(uri));
      if (other === first) continue;
      // The group seen first stands for both, so the result does not depend on which id a
      // party happens to give as its first.
      const earlier = (firstSeen.get(first) ?? 0) <= (firstSeen.get(other) ?? 0);
      parent.set(earlier ? other : first, earlier ? first : other);
      if (!earlier) first = other;
    }
  }
  let members: Map<string, string[]> | null = null;
  return {
    membersOf(uri) {
      const key = authorityKey(uri);
      if (!parent.has(key)) return [uri];
      if (!members) {
        members = new Map();
        for (const each of parent.keys()) {
          const top = root(each);
          const list = members.get(top) ?? [];
          list.push(written.get(each) ?? each);
          members.set(top, list);
        }
      }
      const group = members.get(root(key)) ?? [];
      return [uri, ...group.filter((other) => authorityKey(other) !== key)];
    },
  };
}
