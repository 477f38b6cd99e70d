/**
 * Resolving the parties a title names to nodes: registry names and aliases, pseudonyms with the
 * real name in brackets, offices by date, initials before a surname. Unknown names become nodes of
 * their own (never dropped) and are collected for the build report.
 */
import { compareStrings } from '../../graph/compare.ts';
import type { NodeInfo } from '../../graph/build.ts';
import type { UnresolvedName } from '../../graph/report.ts';
import type { DocDate, NodeKind, PartyRef } from '../../graph/types.ts';
import { UNDATED } from '../parse/dates.ts';

export type { UnresolvedName };
import type { ParsedParty } from '../parse/names.ts';
import type { AuthorityGroups } from './authority-groups.ts';
import type { PersonEntry, Registry } from './registry.ts';
import { authorityKey, nameKey } from './registry.ts';
import { suggest, SUGGESTION_LIMIT } from './suggest.ts';

export interface Resolver {
  resolve(party: ParsedParty, date: DocDate, documentId: string): PartyRef;
  /** Every node any resolved party points to, registry entries first, in a stable order. */
  people(): NodeInfo[];
  unresolved(): UnresolvedName[];
}

/** Only people are looked up by spelling: "Soviet Embassy" is not a variant of anyone. */
function isPersonLike(party: ParsedParty): boolean {
  return party.kind === undefined || party.kind === 'person';
}

/** The node kind a party's kind implies: an office is held by a person. */
function nodeKindOf(kind: ParsedParty['kind']): NodeKind | undefined {
  if (kind === 'organisation') return 'organisation';
  if (kind === 'person' || kind === 'office') return 'person';
  return undefined;
}

const ORGANISATION_WORDS =
  /\b(?:ministry|committee|government|embassy|directorate|bureau|council|commission|department|politburo|party|office|staff|headquarters|secretariat|assembly|delegation|mission)\b/i;

/** URL-safe id from a name: "Pak Heon-yeong" → "pak-heon-yeong". */
export function slugify(text: string): string {
  return nameKey(text).replace(/\s+/g, '-') || 'unnamed';
}

export function infoFromEntry(entry: PersonEntry): NodeInfo {
  const info: NodeInfo = {
    id: entry.id,
    label: entry.name,
    kind: entry.kind,
    affiliation: entry.affiliation || 'Unknown',
    role: entry.role,
    aliases: entry.aliases,
    registered: true,
  };
  if (entry.notes) info.notes = entry.notes;
  if (entry.uncertain) info.uncertain = true;
  if (entry.authority.length > 0) info.authority = entry.authority;
  return info;
}

export interface ResolverOptions {
  /** Authority ids known to name one party, from the whole corpus (see authority-groups.ts). */
  authorityGroups: AuthorityGroups | null;
}

export const DEFAULT_RESOLVER_OPTIONS: ResolverOptions = { authorityGroups: null };

/** Create a resolver over a registry; it remembers unresolved names across documents. */
export function createResolver(
  registry: Registry,
  options: Partial<ResolverOptions> = {},
): Resolver {
  const { authorityGroups } = { ...DEFAULT_RESOLVER_OPTIONS, ...options };
  const used = new Map<string, NodeInfo>();
  const unresolved = new Map<string, UnresolvedName>();

  const useEntry = (entry: PersonEntry): string => {
    if (!used.has(entry.id)) used.set(entry.id, infoFromEntry(entry));
    return entry.id;
  };

  /** Each authority URI seen on an unresolved party → the key of its record in `unresolved`. */
  const recordOfAuthority = new Map<string, string>();
  /**
   * The documents of each record in `unresolved`, to ask "listed yet?" in constant time: with
   * `documents.includes` an edition's own correspondent made resolving quadratic (50,000 letters
   * of one person with a GND id: 8.0 s; with this set 0.36 s).
   */
  const documentsOf = new Map<string, Set<string>>();

  const useUnresolved = (
    label: string,
    form: string,
    documentId: string,
    reason: string,
    extra: { role?: string; authorities?: string[]; kind?: NodeKind; alias?: string } = {},
  ): string => {
    // People with an authority id are one node whatever each file calls them, and whichever of
    // their ids (GND, VIAF, …) each file gives.
    const authorities = (extra.authorities ?? []).map((uri) => ({ uri, key: authorityKey(uri) }));
    const known = authorities.map((a) => recordOfAuthority.get(a.key)).find(Boolean);
    const [first] = authorities;
    const key = known ?? (first ? `authority:${first.key}` : `unresolved:${nameKey(label)}`);
    let record = unresolved.get(key);
    if (!record) {
      // Numbered per name ("anna-2"), so a key does not depend on how many others came before.
      const base = slugify(label);
      let id = base;
      for (let n = 2; registry.people.has(id) || used.has(id); n++) id = `${base}-${n}`;
      record = {
        id,
        name: label,
        forms: [],
        documents: [],
        reason,
        suggestions: [],
      };
      if (first) record.authority = first.uri;
      unresolved.set(key, record);
      used.set(id, {
        id,
        label,
        kind: extra.kind ?? (ORGANISATION_WORDS.test(label) ? 'organisation' : 'person'),
        affiliation: 'Unknown',
        role: extra.role ?? '',
        aliases: [],
        registered: false,
      });
    }
    const info = used.get(record.id);
    for (const authority of authorities) {
      if (recordOfAuthority.has(authority.key)) continue;
      recordOfAuthority.set(authority.key, key);
      if (info) info.authority = [...(info.authority ?? []), authority.uri];
    }
    if (info && first && !record.forms.includes(form)) {
      if (form !== info.label && !info.aliases.includes(form)) info.aliases.push(form);
    }
    if (info && extra.alias && extra.alias !== info.label && !info.aliases.includes(extra.alias)) {
      info.aliases.push(extra.alias);
    }
    if (!record.forms.includes(form)) record.forms.push(form);
    let listed = documentsOf.get(key);
    if (!listed) documentsOf.set(key, (listed = new Set()));
    if (!listed.has(documentId)) {
      listed.add(documentId);
      record.documents.push(documentId);
    }
    return record.id;
  };

  /**
   * Each written name looked up once: the registry cannot change during a build, and a corpus
   * names the same people in letter after letter (at 10^5 synthetic documents the two look-ups,
   * each normalising the name again, were ~0.3 s).
   */
  const entryOfName = new Map<string, PersonEntry | null>();
  const lookupName = (name: string): PersonEntry | undefined => {
    let entry = entryOfName.get(name);
    if (entry === undefined) {
      entry = registry.lookup(name) ?? registry.lookupWithInitials(name) ?? null;
      entryOfName.set(name, entry);
    }
    return entry ?? undefined;
  };

  const lookupParty = (name: string, place?: string): PersonEntry | undefined => {
    if (place) {
      const qualified =
        registry.lookup(`${name}, ${place}`) ?? registry.lookup(`${name} in ${place}`);
      if (qualified) return qualified;
    }
    return lookupName(name);
  };

  return {
    resolve(party, date, documentId) {
      const ref: PartyRef = { person: '', asWritten: party.asWritten, resolvedBy: 'registry' };
      if (party.place) ref.place = party.place;
      if (party.office) ref.office = party.office;
      if (party.authority) {
        // Authority ids first (any of them), then the registry's names; an unknown id still
        // unites its records.
        const given = [party.authority, ...(party.sameAs ?? [])];
        const authorities = authorityGroups
          ? [...new Set(given.flatMap((uri) => authorityGroups.membersOf(uri)))]
          : given;
        const known =
          authorities.map((uri) => registry.byAuthority(uri)).find(Boolean) ??
          lookupParty(party.name);
        ref.resolvedBy = 'authority';
        const kind = nodeKindOf(party.kind);
        const extra = { authorities, ...(kind ? { kind } : {}) };
        ref.person = known
          ? useEntry(known)
          : useUnresolved(
              party.name,
              party.asWritten,
              documentId,
              `identified by ${party.authority}; not in the registry`,
              extra,
            );
        return ref;
      }
      if (party.realName) {
        const variant = lookupParty(party.realName)
          ? undefined
          : registry.lookupVariant(party.realName);
        const real = lookupParty(party.realName) ?? variant?.entry;
        ref.resolvedBy = 'bracket';
        if (variant?.how === 'near') ref.uncertain = true;
        // "Chanyshev [Grigori Petrenko]": the cover name stays with the person as an alias.
        ref.person = real
          ? useEntry(real)
          : useUnresolved(
              party.realName,
              party.asWritten,
              documentId,
              'real name in brackets is not in the registry',
              { alias: party.name },
            );
        return ref;
      }
      const entry = lookupParty(party.name, party.place);
      if (entry) {
        ref.person = useEntry(entry);
        if (entry.uncertain) ref.uncertain = true;
        return ref;
      }
      const forms = party.place
        ? [`${party.name}, ${party.place}`, `${party.name} in ${party.place}`, party.name]
        : [party.name];
      for (const form of forms) {
        const office = registry.office(form, date);
        if (office.status === 'unknown') continue;
        ref.office = party.place ? `${party.name}, ${party.place}` : party.name;
        if (office.status === 'held') {
          ref.resolvedBy = 'office';
          ref.person = useEntry(office.holder);
          if (office.uncertain) ref.uncertain = true;
          return ref;
        }
        const when = date.iso ?? 'an undated document';
        const reason =
          office.status === 'ambiguous'
            ? `office held by ${office.candidates.map((c) => c.name).join(' or ')} around ${when}`
            : `no holder of the office is registered for ${when}`;
        ref.resolvedBy = 'unresolved';
        ref.person = useUnresolved(office.office, party.asWritten, documentId, reason, {
          role: 'office',
        });
        return ref;
      }
      const variant = isPersonLike(party) ? registry.lookupVariant(party.name) : undefined;
      if (variant) {
        ref.resolvedBy = 'variant';
        ref.person = useEntry(variant.entry);
        if (variant.how === 'near' || variant.entry.uncertain) ref.uncertain = true;
        return ref;
      }
      ref.resolvedBy = 'unresolved';
      ref.person = useUnresolved(
        party.name,
        party.asWritten,
        documentId,
        'not in the registry',
        nodeKindOf(party.kind) ? { kind: nodeKindOf(party.kind) } : {},
      );
      return ref;
    },
    people() {
      return [...used.values()].sort(
        (a, b) => Number(b.registered) - Number(a.registered) || compareStrings(a.id, b.id),
      );
    },
    unresolved() {
      const list = [...unresolved.values()].sort((a, b) => compareStrings(a.id, b.id));
      // Spelling suggestions for the most frequent unknown names: a curator fixes those first, and
      // suggesting for every name of a large import would cost more than the whole build.
      const frequent = list
        .filter((u) => !u.authority)
        .sort((a, b) => b.documents.length - a.documents.length || compareStrings(a.id, b.id));
      for (const name of frequent.slice(0, SUGGESTION_LIMIT))
        name.suggestions = suggest(name.name, registry);
      return list;
    },
  };
}

/** One name context per registry: the parser keeps what it learnt of phrases per context. */
const contexts = new WeakMap<Registry, ReturnType<typeof createNameContext>>();

/** The parser's view of a registry: places, known names, offices and names to keep whole. */
export function registryNameContext(registry: Registry): ReturnType<typeof createNameContext> {
  let ctx = contexts.get(registry);
  if (!ctx) contexts.set(registry, (ctx = createNameContext(registry)));
  return ctx;
}

function createNameContext(registry: Registry): {
  isPlace(name: string): boolean;
  isKnownName(name: string): boolean;
  isOffice(name: string): boolean;
  protectedNames: readonly string[];
} {
  return {
    isPlace: (name) => registry.isPlace(name),
    isKnownName: (name) => registry.isKnownName(name),
    isOffice: (name) =>
      !registry.lookup(name) && registry.office(name, UNDATED).status !== 'unknown',
    protectedNames: registry.protectedNames,
  };
}
