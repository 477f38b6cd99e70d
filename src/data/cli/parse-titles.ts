/**
 * `npm run --silent parse -- [FILE] [--registry DIR]`
 * Reads archival titles, one per line (stdin when no FILE), and prints one JSON object per line
 * with the roles, type, number, date and places read from each, names resolved as in the build.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createTitleReader } from '../build/read-title.ts';
import { readRegistryTables } from '../io/read-registry.ts';
import { IssueLog, formatIssue } from '../issues.ts';
import { createRegistry } from '../registry/registry.ts';
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
  let input: string;
  try {
    input = readFileSync(positionals[0] ?? 0, 'utf8');
  } catch (error) {
    console.error(
      `data/parse: cannot read ${positionals[0] ?? 'standard input'}: ${(error as Error).message}`,
    );
    return 1;
  }
  const read = createTitleReader(registry);
  for (const line of input.split(/\r?\n/)) {
    if (line.trim()) console.log(JSON.stringify(read(line)));
  }
  return 0;
}

process.exitCode = main();
