import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/data/build/pipeline.ts';
import type { BuildResult } from '../../../src/data/build/pipeline.ts';
import { readCorpus } from '../../../src/data/io/read-corpus.ts';
import { IssueLog } from '../../../src/data/issues.ts';
import type { DocumentRecord } from '../../../src/graph/types.ts';
import { runTool } from '../../helpers/run.ts';
import { tempDir } from '../../helpers/tmp.ts';

const FILES = ['documents.csv', 'people.csv', 'corpus.json', 'cmif/letters.xml'];
const DOCUMENTS = 3000;

let runs = 0;

/** Write a synthetic corpus with the command a user runs; its folder. */
function synth(dir: string, seed: number): string {
  const out = join(dir, `run-${++runs}-seed-${seed}`);
  const run = runTool('synth.ts', [
    '--documents',
    String(DOCUMENTS),
    '--seed',
    String(seed),
    '--out',
    out,
  ]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return out;
}

const share = (docs: DocumentRecord[], test: (doc: DocumentRecord) => boolean): number =>
  docs.filter(test).length / docs.length;

describe('data/cli: npm run synth', { timeout: 60_000 }, () => {
  const tmp = tempDir();
  let dir = '';
  let fromTitles: BuildResult;
  beforeAll(() => {
    dir = synth(tmp.dir, 5);
    const log = new IssueLog();
    fromTitles = buildCorpus(readCorpus(dir, log), log, { layout: false });
    // A synth run and a build: over the default 10 s once under a full run (2026-12-04).
  }, 60_000);

  it('writes the corpus format and CMIF, the same bytes again for a seed and others for another', () => {
    const again = synth(tmp.dir, 5);
    const other = synth(tmp.dir, 6);
    for (const file of FILES)
      expect(readFileSync(join(again, file), 'utf8')).toBe(readFileSync(join(dir, file), 'utf8'));
    expect(readFileSync(join(other, 'documents.csv'), 'utf8')).not.toBe(
      readFileSync(join(dir, 'documents.csv'), 'utf8'),
    );
    const meta = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as { name: string };
    expect(meta.name).toBe('Synthetic correspondence (3,000 documents, seed 5)');
  });

  it('builds whole from its titles: every record in the network, none rejected', () => {
    const { totals } = fromTitles.report;
    expect(totals.records).toBe(DOCUMENTS);
    expect(totals.inGraph).toBe(DOCUMENTS);
    expect(totals.rejected + totals.errors).toBe(0);
  });

  it('is shaped like real correspondence', () => {
    const { graph, documents, report } = fromTitles;
    // Heavy-tailed activity: a tenth of the people take part in most of the documents.
    const activity = graph.mapNodes((_node, attrs) => attrs.documents).sort((a, b) => b - a);
    const total = activity.reduce((sum, count) => sum + count, 0);
    const busiestTenth = activity.slice(0, Math.ceil(activity.length / 10));
    expect(busiestTenth.reduce((sum, count) => sum + count, 0) / total).toBeGreaterThan(0.4);
    expect(activity[0]).toBeGreaterThan(20 * (activity[Math.floor(activity.length / 2)] ?? 0));
    // Reciprocal pairs: many who write to someone are written to by them.
    const pairs = new Set<string>();
    for (const doc of documents)
      for (const from of doc.roles.senders)
        for (const to of doc.roles.recipients) pairs.add(`${from.person}\t${to.person}`);
    const answered = [...pairs].filter((pair) => pairs.has(pair.split('\t').reverse().join('\t')));
    expect(answered.length / pairs.size).toBeGreaterThan(0.25);
    // Bursts in time: most months of the span are empty, a few are crowded.
    const perMonth = new Map<string, number>();
    for (const doc of documents) {
      const month = doc.date.iso?.slice(0, 7);
      if (month && month.length === 7) perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    }
    const years = [...perMonth.keys()].map((month) => Number(month.slice(0, 4)));
    const months = (Math.max(...years) - Math.min(...years) + 1) * 12;
    expect(perMonth.size / months).toBeLessThan(0.7);
    expect(Math.max(...perMonth.values())).toBeGreaterThan((5 * DOCUMENTS) / months);
    // Relayed documents, carried messages, undated records, names the registry does not know.
    expect(share(documents, (doc) => doc.roles.via.length > 0)).toBeGreaterThan(0.03);
    expect(share(documents, (doc) => doc.roles.via.length > 0)).toBeLessThan(0.15);
    expect(share(documents, (doc) => doc.roles.originators.length > 0)).toBeGreaterThan(0.01);
    expect(share(documents, (doc) => doc.date.iso === null)).toBeGreaterThan(0.01);
    expect(share(documents, (doc) => doc.date.iso === null)).toBeLessThan(0.06);
    expect(report.totals.unresolvedNames).toBeGreaterThan(0);
  });

  it('gives the same letters as CMIF, parties identified by their authority ids', () => {
    const log = new IssueLog();
    const cmif = buildCorpus(
      readCorpus(join(dir, 'cmif', 'letters.xml'), log, { registryDir: dir }),
      log,
      { layout: false },
    );
    expect(cmif.report.totals.inGraph).toBe(DOCUMENTS);
    expect(cmif.report.totals.unresolvedNames).toBe(0);
    // The titles name some parties in forms the registry lacks; the rest read the same.
    const parties = (doc: DocumentRecord): string =>
      (['originators', 'senders', 'via', 'recipients'] as const)
        .flatMap((role) => doc.roles[role].map((ref) => `${role}:${ref.person}`))
        .join(' ');
    const byId = new Map(cmif.documents.map((doc) => [doc.id, doc]));
    const same = fromTitles.documents.filter((doc) => {
      const letter = byId.get(`letters-${doc.id}`);
      return letter !== undefined && parties(letter) === parties(doc);
    });
    expect(same.length / DOCUMENTS).toBeGreaterThan(0.85);
  });
});
