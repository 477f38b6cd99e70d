/**
 * Issues summed up by kind: a clean table of six rows without ids says "6 rows without an id:
 * ids made from date and parties" once, in the command line's summary and the browser's report
 * alike, while the report still lists each row with its file, line and column.
 */
import type { BuildIssue, IssueSummary } from '../../graph/report.ts';

/** The kinds of issue that repeat row after row, and how a count of them is said. */
const SUMMARIES = {
  'no id (parties)': (n: number) =>
    `${rows(n)} without an id: ids made from date and parties (add ids so links stay stable)`,
  'no id (title)': (n: number) =>
    `${rows(n)} without an id: ids made from date and title (add ids so links stay stable)`,
  'id not a URL': (n: number) =>
    `${n} ${n === 1 ? 'id is' : 'ids are'} not a URL: ${n === 1 ? 'that name is' : 'those names are'} matched by name`,
  'unreadable date': (n: number) =>
    `${n} ${n === 1 ? 'date' : 'dates'} not read: ${n === 1 ? 'that letter is' : 'those letters are'} undated or dated by their title`,
  'reading to check': (n: number) => `${n} ${n === 1 ? 'reading' : 'readings'} to check`,
  'cell split': (n: number) => `${n} ${n === 1 ? 'cell' : 'cells'} read as several parties`,
  'date order': (n: number) =>
    `${n} date ${n === 1 ? 'column' : 'columns'}: the order of day and month decided`,
  'extra fields': (n: number) => `${rows(n)} with more fields than the header: the extra ignored`,
} as const;

export type IssueKind = keyof typeof SUMMARIES;

const rows = (n: number): string => (n === 1 ? '1 row' : `${n} rows`);

const RANK: Record<BuildIssue['severity'], number> = { error: 2, warning: 1, info: 0 };

/** One line per kind of issue, in the order kinds first occur; issues of no kind are left out. */
export function summariseIssues(issues: readonly BuildIssue[]): IssueSummary[] {
  const byKind = new Map<string, IssueSummary>();
  for (const issue of issues) {
    if (!issue.kind) continue;
    const known = byKind.get(issue.kind);
    if (known) {
      known.count++;
      if (RANK[issue.severity] > RANK[known.severity]) known.severity = issue.severity;
      continue;
    }
    byKind.set(issue.kind, {
      kind: issue.kind,
      severity: issue.severity,
      count: 1,
      text: '',
      file: issue.file,
      ...(issue.line === undefined ? {} : { line: issue.line }),
    });
  }
  return [...byKind.values()].map((summary) => {
    const say = SUMMARIES[summary.kind as IssueKind];
    return { ...summary, text: say ? say(summary.count) : `${summary.count} × ${summary.kind}` };
  });
}
