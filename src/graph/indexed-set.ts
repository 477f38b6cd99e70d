/**
 * A set of keys drawn from a fixed, indexed list (a corpus's documents, nodes or edges), held as one
 * byte per key. Filtering 10^5 documents fills a byte array instead of building hash sets of
 * strings, and two such sets over the same list compare by their bytes.
 */

/** The keys a set can hold, each with its position. Built once per corpus. */
export interface KeyIndex {
  readonly keys: readonly string[];
  readonly position: ReadonlyMap<string, number>;
}

/** Index a list of distinct keys. */
export function indexKeys(keys: readonly string[]): KeyIndex {
  return { keys, position: new Map(keys.map((key, i) => [key, i])) };
}

/** The read-only Set interface from `has`, `size` and `keys`, for sets held other than as Set. */
abstract class KeySet implements ReadonlySet<string> {
  abstract readonly size: number;
  abstract has(key: string): boolean;
  abstract keys(): SetIterator<string>;

  values(): SetIterator<string> {
    return this.keys();
  }

  *entries(): SetIterator<[string, string]> {
    for (const key of this.keys()) yield [key, key];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.keys();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const key of this.keys()) callback(key, key, this);
  }
}

/** A read-only set over a key index; `members[i]` is 1 when `index.keys[i]` is in it. */
export class IndexedSet extends KeySet {
  readonly size: number;

  constructor(
    readonly index: KeyIndex,
    readonly members: Uint8Array,
  ) {
    super();
    let size = 0;
    for (let i = 0; i < members.length; i++) size += members[i] ?? 0;
    this.size = size;
  }

  has(key: string): boolean {
    const i = this.index.position.get(key);
    return i !== undefined && this.members[i] === 1;
  }

  *keys(): SetIterator<string> {
    const { keys } = this.index;
    for (let i = 0; i < keys.length; i++) if (this.members[i] === 1) yield keys[i] as string;
  }
}

/**
 * Keys whose membership differs between two sets over the same index, or null when they are not
 * both indexed sets over one index (the caller then compares key by key). Null stands for every
 * key of the index (the renderer's "nothing filtered"), as long as the other set is indexed.
 */
export function indexedDifference(
  a: ReadonlySet<string> | null,
  b: ReadonlySet<string> | null,
): string[] | null {
  const [was, now] = [a, b].map((set) => (set instanceof IndexedSet ? set : null));
  if ((a !== null && !was) || (b !== null && !now)) return null;
  const index = was?.index ?? now?.index;
  if (!index || (was && now && was.index !== now.index)) return null;
  // Every key is in a null set: a missing byte array reads as all ones.
  const ALL = 1;
  const changed: string[] = [];
  const { keys } = index;
  for (let i = 0; i < keys.length; i++) {
    if ((was ? was.members[i] : ALL) !== (now ? now.members[i] : ALL)) changed.push(keys[i] ?? '');
  }
  return changed;
}

/** Every key of a collection, as a set: what an inactive filter shows, with nothing to build. */
export class EveryKey extends KeySet {
  constructor(
    private readonly collection: {
      has(key: string): boolean;
      keys(): Iterable<string>;
      readonly size: number;
    },
  ) {
    super();
  }

  get size(): number {
    return this.collection.size;
  }

  has(key: string): boolean {
    return this.collection.has(key);
  }

  *keys(): SetIterator<string> {
    yield* this.collection.keys();
  }
}
