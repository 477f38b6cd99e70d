/**
 * `npm run --silent parse -- [FILE] [--registry DIR]`
 * Reads archival titles, one per line (stdin when no FILE), and prints one JSON object per line
 * with the roles, type, number, date and places read from each, names resolved as in the build.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { DocDate, ReadingNote, Role } from '../../graph/types.ts';
import { isPlaceholder, placeholderNote, resolutionNote } from '../build/readings.ts';
import { readRegistryTables } from '../io/read-registry.ts';
import { IssueLog, formatIssue } from '../issues.ts';
import type { ParsedParty } from '../parse/names.ts';
import { parseTitle } from '../parse/title.ts';
import { createRegistry } from '../registry/registry.ts';
import { createResolver, registryNameContext } from '../registry/resolve.ts';
import type { Resolver } from '../registry/resolve.ts';
import { DEFAULT_CORPUS_DIR } from './paths.ts';

const HELP = `Usage: npm run --silent parse -- [FILE] [--registry DIR]

Reads titles one per line from FILE (or standard input) and prints one JSON object per title:
title, type, number, date {iso, precision, asWritten}, senders, recipients, via, originators,
participants, places, medium, topic, notes, warnings, editorial, uncertain. Each party is
{name, id, asWritten, resolvedBy, kind?, office?, place?} with names resolved through the
registry (default: data/); a party the title does not identify ("unknown", "Others") has id null
and resolvedBy "unidentified". notes says how the title was read ("'Molotoff' read as Vyacheslav
Molotov (spelling)"); warnings are the notes worth checking; editorial holds the title's editorial
notes ("Soviet Translation", "draft").`;

/** Resolve one role's parties as the build does, adding how each was read to `notes`. */
function resolveAll(
  role: Exclude<Role, 'mentions'>,
  parties: ParsedParty[],
  resolver: Resolver,
  date: DocDate,
  labels: Map<string, string>,
  notes: ReadingNote[],
) {
  return parties.map((party) => {
    const kind = party.kind ? { kind: party.kind } : {};
    if (isPlaceholder(party)) {
      notes.push(placeholderNote(role, party));
      const { asWritten } = party;
      return { name: asWritten, id: null, asWritten, resolvedBy: 'unidentified', ...kind };
    }
    const ref = resolver.resolve(party, date, 'stdin');
    const name = labels.get(ref.person) ?? party.realName ?? party.name;
    const note = resolutionNote(ref, name, date);
    if (note) notes.push(note);
    return { name, ...ref, ...kind, id: ref.person, person: undefined };
  });
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      registry: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const log = new IssueLog();
  const tables = readRegistryTables(values.registry ?? DEFAULT_CORPUS_DIR, log);
  for (const issue of log.issues) console.error(formatIssue(issue));
  const { registry } = createRegistry(tables.people, tables.offices, tables.places);
  const resolver = createResolver(registry);
  const labels = new Map([...registry.people.values()].map((p) => [p.id, p.name]));
  const ctx = registryNameContext(registry);
  let input: string;
  try {
    input = readFileSync(positionals[0] ?? 0, 'utf8');
  } catch (error) {
    console.error(
      `data/parse: cannot read ${positionals[0] ?? 'standard input'}: ${(error as Error).message}`,
    );
    return 1;
  }
  for (const line of input.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const parsed = parseTitle(line, ctx);
    const notes = [...parsed.readings];
    const roles = (['senders', 'recipients', 'via', 'originators', 'participants'] as const).map(
      (role) =>
        [role, resolveAll(role, parsed[role], resolver, parsed.date, labels, notes)] as const,
    );
    const out = {
      title: parsed.title,
      type: parsed.type,
      number: parsed.number,
      date: parsed.date,
      ...Object.fromEntries(roles),
      places: parsed.places,
      medium: parsed.medium,
      topic: parsed.topic,
      notes: notes.map((note) => note.text),
      warnings: notes.filter((note) => note.check).map((note) => note.text),
      editorial: parsed.notes,
      uncertain: notes.some((note) => note.check),
    };
    console.log(JSON.stringify(out));
  }
  return 0;
}

process.exitCode = main();
