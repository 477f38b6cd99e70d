/**
 * `npm run build:data -- [--input FILE_OR_DIR] [--out DIR] [--registry DIR] [--seed N] [--strict]`
 * Reads a corpus, builds the correspondence graph with its layout, writes the explorer's data and
 * the build report, and prints a summary.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_LAYOUT_OPTIONS } from '../../graph/layout.ts';
import { buildCorpus } from '../build/pipeline.ts';
import { mapCaption, unlocatedLine } from '../../graph/map-flows.ts';
import { locatePending } from '../io/read-gazetteer.ts';
import type { BuildReport } from '../build/report.ts';
import type { NameJoin } from '../../graph/report.ts';
import { readCorpus } from '../io/read-corpus.ts';
import { writeBuild } from '../io/write-output.ts';
import { formatIssue, IssueLog } from '../issues.ts';
import { DEFAULT_CORPUS_DIR, DEFAULT_OUTPUT_DIR } from './paths.ts';
import { registryUsed } from './registry-used.ts';
import { TABLE_ARGS, TABLE_HELP, tableOptionsOf } from './table-options.ts';

const HELP = `Usage: npm run build:data -- [options]

Builds the correspondence graph of a corpus for the explorer.

Options:
  --input PATH     corpus folder or file, repeatable (default: data/). Files may be the corpus
                   CSV, letter tables (CSV/TSV or Excel/OpenDocument workbooks with sender/
                   addressee/date/… columns; any encoding Excel saves), CMIF XML or graphology
                   JSON; several inputs merge, people matched by authority id, then name
${TABLE_HELP}
  --out DIR        where graph.json, documents.json and report.json go (default: public/data/)
  --registry DIR   folder with people.csv, offices.csv, places.csv to resolve names with
                   (default: the corpus folder's own, if it has people.csv; else none — the
                   default corpus's registry applies to the default corpus only)
  --seed N         layout seed (default: ${DEFAULT_LAYOUT_OPTIONS.seed}); the same corpus and seed give identical output
  --strict         exit with status 1 when any record has an error
  --quiet          print only the summary line
  -h, --help       show this help`;

/** "joined: "Darwin, Charles" = "Charles Darwin" (name order; 2 documents)". */
export function joinLine(join: NameJoin): string {
  const id = join.authority ? `, ${join.authority}` : '';
  const count = `${join.documents.length} document${join.documents.length === 1 ? '' : 's'}`;
  const shown = join.documents.slice(0, 5).join(', ');
  const more = join.documents.length > 5 ? ' …' : '';
  return `joined: "${join.name}" = "${join.into}"${id} (${join.how}; ${count}: ${shown}${more})`;
}

/** The terminal summary of a build. */
export function summarise(report: BuildReport, quiet: boolean): string {
  const t = report.totals;
  const lines = [
    `${report.corpus.name}: ${t.records} records → ${t.inGraph} in the graph, ${t.attached} attached to one person, ${t.unplaced} unplaced, ${t.rejected} rejected${t.blankRows ? `; ${t.blankRows} blank ${t.blankRows === 1 ? 'row' : 'rows'} skipped` : ''}`,
    `graph: ${t.nodes} nodes, ${t.edges} edges; ${t.identifiedByAuthority} people identified by authority id, ${t.unresolvedNames} other names not in the registry; ${report.merged.length} people found under several names; ${t.errors} errors, ${t.warnings} warnings`,
    `readings: uncertain: ${t.uncertain}${t.uncertain > 0 ? ' — review (report.json "uncertain")' : ''}; ${t.unidentified} parties named but not identified`,
    `registry: ${registryUsed(report.corpus)}`,
    ...(report.places
      ? [`map: ${mapCaption(report.places.letters)}; ${report.places.located} places`]
      : []),
  ];
  if (quiet) return lines.join('\n');
  // Repeated warnings once per kind (each is in report.json with its place); errors one by one.
  for (const kind of report.issueKinds ?? []) {
    if (kind.severity === 'error') continue;
    const first = kind.line === undefined ? kind.file : `${kind.file}:${kind.line}`;
    lines.push(
      `  ${kind.severity === 'info' ? 'read' : 'warning'}: ${kind.text} (first at ${first})`,
    );
  }
  for (const issue of report.issues.filter((i) => i.severity === 'error'))
    lines.push(`  ${formatIssue(issue)}`);
  for (const join of report.joined ?? []) lines.push(`  ${joinLine(join)}`);
  for (const entry of report.sameName ?? [])
    lines.push(
      entry.how === 'initials'
        ? `  not joined: "${entry.name}" fits ${entry.people.map((p) => p.authority ?? p.person).join(' and ')} (initials): kept apart`
        : `  possible duplicates: "${entry.name}" is borne by ${entry.people.map((p) => p.authority ?? p.person).join(' and ')}${entry.person ? '; without an id it was kept apart' : ''}`,
    );
  const unlocated = report.places && unlocatedLine(report.places, Infinity);
  if (unlocated) lines.push(`  ${unlocated}`);
  for (const place of report.places?.unlocated ?? [])
    lines.push(
      `  not on the map: "${place.name}"${place.authority ? ` (${place.authority})` : ''}: ${place.reason}`,
    );
  for (const name of report.unresolved.filter((u) => !u.authority)) {
    const hint = name.suggestions.length ? ` (did you mean ${name.suggestions.join(', ')}?)` : '';
    lines.push(`  unresolved: "${name.name}" in ${name.documents.join(', ')}${hint}`);
  }
  return lines.join('\n');
}

function main(): number {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', multiple: true },
      ...TABLE_ARGS,
      out: { type: 'string' },
      registry: { type: 'string' },
      seed: { type: 'string' },
      strict: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const seed = values.seed === undefined ? DEFAULT_LAYOUT_OPTIONS.seed : Number(values.seed);
  if (!Number.isInteger(seed)) {
    console.error(`data/build: --seed must be an integer, not "${values.seed}"`);
    return 2;
  }
  const tables = tableOptionsOf(values);
  if ('error' in tables) {
    console.error(`data/build: ${tables.error}`);
    return 2;
  }
  const log = new IssueLog();
  const input = readCorpus(values.input ?? [DEFAULT_CORPUS_DIR], log, {
    registryDir: values.registry ?? null,
    ...tables,
  });
  const result = locatePending(
    buildCorpus(input, log, { layoutOptions: { seed }, releaseRows: true }),
  );
  const written = writeBuild(result, values.out ?? DEFAULT_OUTPUT_DIR);
  console.log(summarise(result.report, values.quiet));
  console.log(`wrote ${written.join(', ')}`);
  if (result.report.totals.built === 0) {
    console.error('data/build: no document could be built; see the errors above');
    return 1;
  }
  return values.strict && result.report.totals.errors > 0 ? 1 : 0;
}

process.exitCode = main();
