import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/data/build/pipeline.ts';
import { readCorpus } from '../../../src/data/io/read-corpus.ts';
import { formatIssue, IssueLog } from '../../../src/data/issues.ts';
import { DEFAULT_CORPUS_DIR } from '../../../src/data/cli/paths.ts';
import { tempDir } from '../../helpers/tmp.ts';

const HEADER = 'id,title,date,summary,senders,recipients,via,originators,mentions\n';

function build(files: Record<string, string>) {
  const tmp = tempDir();
  for (const [name, text] of Object.entries(files)) tmp.write(name, text);
  const log = new IssueLog();
  const input = readCorpus(tmp.dir, log, { registryDir: DEFAULT_CORPUS_DIR });
  const result = buildCorpus(input, log, { layout: false });
  return { ...result, issues: log.issues.map(formatIssue), dir: tmp.dir };
}

describe('data/io: malformed corpus input', () => {
  it('reports an unclosed quote by file and line and builds the rest', () => {
    const { report, issues } = build({
      'letters.csv': `${HEADER}a,"Letter, Stalin to Mao Zedong, 1 May 1950",,,,,,,\nb,"Letter, Mao Zedong to Stalin, 2 May 1950,,,,,,,\nc,"Letter, Kim Il Sung to Stalin, 3 May 1950",,,,,,,\n`,
    });
    expect(issues.filter((i) => i.includes('error'))).toEqual([
      expect.stringMatching(/letters\.csv:3:3: error: the quoted field opened at line 3/),
    ]);
    expect(report.records.map((r) => r.id)).toEqual(['a', 'c']);
    expect(report.totals.inGraph).toBe(2);
  });

  it('reports a missing title column against the header line', () => {
    const { issues, report } = build({ 'letters.csv': 'id,name,date\n1,x,1950\n' });
    expect(issues).toContainEqual(
      expect.stringMatching(
        /letters\.csv:1:1: error: missing required column "title"; the header has "id", "name", "date"/,
      ),
    );
    expect(report.totals.built).toBe(0);
  });

  it('detects the delimiter, and names the header when a column is misspelt', () => {
    const { issues } = build({ 'letters.csv': 'id|title|date\n1|x|1950\n' });
    expect(issues.join('\n')).not.toMatch(/missing required column/);
    const semicolon = build({ 'letters.csv': 'id;titel;date\n1;x;1950\n' }).issues.join('\n');
    expect(semicolon).toMatch(/missing required column "title"/);
  });

  it('reports an unparseable date with file, line and field, and keeps the record', () => {
    const { issues, documents } = build({
      'letters.csv': `${HEADER}a,"Letter, Stalin to Mao Zedong, 1 May 1950",32 May 1950,,,,,,\nb,"Letter, Mao Zedong to Stalin",next spring,,,,,,\n`,
    });
    expect(issues).toEqual([
      expect.stringMatching(
        /letters\.csv:2:46: error: field "date": cannot read "32 May 1950" as a date .*the date in the title \(1 May 1950\) is used/,
      ),
      expect.stringMatching(
        /letters\.csv:3:34: error: field "date": cannot read "next spring" .*the document is undated/,
      ),
    ]);
    expect(documents.map((d) => d.date.iso)).toEqual(['1950-05-01', null]);
  });

  it('rejects an empty title and a duplicate id, and accounts for both in the report', () => {
    const { issues, report } = build({
      'letters.csv': `${HEADER}a,"Letter, Stalin to Mao Zedong, 1950",,,,,,,\nb,,,,,,,,\na,"Letter, Mao Zedong to Stalin, 1950",,,,,,,\n`,
    });
    expect(issues).toEqual([
      expect.stringMatching(/letters\.csv:3:3: error: field "title": the title is empty/),
      expect.stringMatching(
        /letters\.csv:4:1: error: field "id": id "a" is already used by .*letters\.csv line 2/,
      ),
    ]);
    expect(report.totals).toMatchObject({ records: 3, built: 1, rejected: 2 });
    expect(report.records.map((r) => [r.line, r.status])).toEqual([
      [2, 'graph'],
      [3, 'rejected'],
      [4, 'rejected'],
    ]);
  });

  it('generates a stable id for a row without one and says so', () => {
    const first = build({
      'letters.csv': `${HEADER},"Letter, Stalin to Mao Zedong, 1 May 1950",,,,,,,\n`,
    });
    const second = build({
      'letters.csv': `${HEADER},"Letter, Stalin to Mao Zedong, 1 May 1950",,,,,,,\n`,
    });
    expect(first.documents[0]?.id).toBe('1950-05-01-letter-stalin-to-mao-zedong-1-may-1950');
    expect(second.documents[0]?.id).toBe(first.documents[0]?.id);
    expect(first.issues[0]).toMatch(/warning: field "id": no id/);
  });

  it('reports a folder with no documents file and a missing input', () => {
    expect(build({ 'people.csv': 'id,name\nx,X\n' }).issues.join()).toMatch(
      /no corpus file in this folder/,
    );
    const log = new IssueLog();
    readCorpus('/nonexistent/corpus', log);
    expect(log.issues.map(formatIssue)).toEqual([
      '/nonexistent/corpus: error: no such file or folder',
    ]);
  });

  it('applies curation columns: replace, extend with "+", clear with "-"', () => {
    const { documents } = build({
      'letters.csv': `${HEADER}a,"Cable, Gromyko to Kovalev, 5 November 1949",,,,Mao Zedong,Kovalev,Stalin,\nb,"Cable, Stalin to Mao Zedong, 1950",,,,+Zhou Enlai,,,\nc,"Cable, Stalin to Mao Zedong, 1950",,,-,,,,\n`,
    });
    const roles = (i: number, role: 'senders' | 'recipients' | 'via' | 'originators') =>
      documents[i]?.roles[role].map((r) => r.person);
    expect([
      roles(0, 'originators'),
      roles(0, 'senders'),
      roles(0, 'via'),
      roles(0, 'recipients'),
    ]).toEqual([['stalin'], ['gromyko'], ['kovalev'], ['mao-zedong']]);
    expect(documents[0]?.curated).toEqual(['originators', 'via', 'recipients']);
    expect(roles(1, 'recipients')).toEqual(['mao-zedong', 'zhou-enlai']);
    expect(roles(2, 'senders')).toEqual([]);
    expect(documents[2]?.placement).toBe('attached');
  });

  // 2–3 s of CPU alone; under a full run on the shared 2-core machine 5.9–6.2 s, over the default
  // 5 s, twice (2026-12-04): the bound is on the wait, the speed is the bench's to judge.
  it('reads a file of 200,000 records whole (more than a call can take as arguments)', () => {
    const tmp = tempDir();
    const lines = Array.from({ length: 200_000 }, (_, i) => `r${i},"Letter, A to B"`);
    tmp.write('big.csv', `id,title\n${lines.join('\n')}\n`);
    const log = new IssueLog();
    const input = readCorpus(join(tmp.dir, 'big.csv'), log);
    expect(log.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(input.rows).toHaveLength(200_000);
    expect(input.rows[199_999]?.get('id')).toBe('r199999');
  }, 60_000);
});
