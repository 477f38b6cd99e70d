/**
 * `npm run --silent parse -- [FILE] [--registry DIR]`
 * Reads archival titles, one per line (stdin when no FILE), and prints one JSON object per line
 * with the roles, type, number, date and places read from each, names resolved as in the build.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { DocDate } from '../../graph/types.ts';
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
participants, places, medium, topic, notes, warnings. Each party is
{name, id, asWritten, resolvedBy, office?, place?} with names resolved through the registry
(default: data/).`;

function resolveAll(
  parties: ParsedParty[],
  resolver: Resolver,
  date: DocDate,
  labels: Map<string, string>,
) {
  return parties.map((party) => {
    const ref = resolver.resolve(party, date, 'stdin');
    return {
      name: labels.get(ref.person) ?? party.realName ?? party.name,
      ...ref,
      id: ref.person,
      person: undefined,
    };
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
    const roles = (['senders', 'recipients', 'via', 'originators', 'participants'] as const).map(
      (role) => [role, resolveAll(parsed[role], resolver, parsed.date, labels)] as const,
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
      notes: parsed.notes,
      warnings: parsed.warnings,
    };
    console.log(JSON.stringify(out));
  }
  return 0;
}

process.exitCode = main();
