/**
 * One title read and its names resolved as the build resolves them, with how each was read:
 * what `npm run parse` prints, and what the development-set test scores.
 */
import type { DocDate, ReadingNote, Role } from '../../graph/types.ts';
import type { ParsedParty } from '../parse/names.ts';
import { parseTitle } from '../parse/title.ts';
import type { ParsedTitle } from '../parse/title.ts';
import type { Registry } from '../registry/registry.ts';
import { createResolver, registryNameContext } from '../registry/resolve.ts';
import type { Resolver } from '../registry/resolve.ts';
import { isPlaceholder, placeholderNote, resolutionNote } from './readings.ts';

type PartyRole = Exclude<Role, 'mentions'>;
export const TITLE_ROLES: readonly PartyRole[] = [
  'senders',
  'recipients',
  'via',
  'originators',
  'participants',
];

/** A party as read and resolved: the registered label, or the name as read when unregistered. */
export interface ResolvedParty {
  name: string;
  /** The node the build gives it; null for a party the title does not identify ("unknown"). */
  id: string | null;
  asWritten: string;
  resolvedBy: string;
  kind?: string;
  office?: string;
  place?: string;
  uncertain?: boolean;
  evidence?: string;
}

export interface ResolvedTitle extends Record<PartyRole, ResolvedParty[]> {
  title: string;
  type: string;
  number: string | null;
  date: DocDate;
  places: string[];
  medium: string | null;
  topic: string | null;
  /** How the title was read ("'Molotoff' read as Vyacheslav Molotov (spelling)"). */
  notes: string[];
  /** The notes worth checking. */
  warnings: string[];
  /** The title's editorial notes ("Soviet Translation", "draft"). */
  editorial: string[];
  uncertain: boolean;
}

/** A reader of titles against one registry. */
export function createTitleReader(registry: Registry): (title: string) => ResolvedTitle {
  const resolver = createResolver(registry);
  const ctx = registryNameContext(registry);
  const labels = new Map([...registry.people.values()].map((p) => [p.id, p.name]));
  return (title) => {
    const parsed = parseTitle(title, ctx);
    const notes = [...parsed.readings];
    const roles = {} as Record<PartyRole, ResolvedParty[]>;
    for (const role of TITLE_ROLES) {
      roles[role] = resolveAll(role, parsed, resolver, labels, notes);
    }
    return {
      title: parsed.title,
      type: parsed.type,
      number: parsed.number,
      date: parsed.date,
      ...roles,
      places: parsed.places,
      medium: parsed.medium,
      topic: parsed.topic,
      notes: notes.map((note) => note.text),
      warnings: notes.filter((note) => note.check).map((note) => note.text),
      editorial: parsed.notes,
      uncertain: notes.some((note) => note.check),
    };
  };
}

/** Resolve one role's parties as the build does, adding how each was read to `notes`. */
function resolveAll(
  role: PartyRole,
  parsed: ParsedTitle,
  resolver: Resolver,
  labels: Map<string, string>,
  notes: ReadingNote[],
): ResolvedParty[] {
  return parsed[role].map((party: ParsedParty) => {
    const kind = party.kind ? { kind: party.kind } : {};
    if (isPlaceholder(party)) {
      notes.push(placeholderNote(role, party));
      const { asWritten } = party;
      return { name: asWritten, id: null, asWritten, resolvedBy: 'unidentified', ...kind };
    }
    const { person, ...ref } = resolver.resolve(party, parsed.date, 'stdin');
    const name = labels.get(person) ?? party.realName ?? party.name;
    const note = resolutionNote({ person, ...ref }, name, parsed.date);
    if (note) notes.push(note);
    return { name, ...ref, ...kind, id: person };
  });
}
