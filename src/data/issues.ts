/**
 * Problems found while reading a corpus, each naming the file, line, column and field it concerns,
 * so a curator can go straight to the cell. Collected, never thrown: the valid rest still builds.
 */
import type { BuildIssue } from '../graph/report.ts';

export type { BuildIssue };

/** "data/documents.csv:12:5: error: field "date": cannot read "32 May 1947" as a date". */
export function formatIssue(issue: BuildIssue): string {
  const where = [issue.file, issue.line, issue.column]
    .filter((part) => part !== undefined)
    .join(':');
  const field = issue.field ? `field "${issue.field}": ` : '';
  return `${where}: ${issue.severity}: ${field}${issue.message}`;
}

/** Collects issues for one file. */
export class IssueLog {
  readonly issues: BuildIssue[] = [];

  error(
    file: string,
    line: number | undefined,
    message: string,
    extra: Partial<BuildIssue> = {},
  ): void {
    this.issues.push(withoutUndefined({ severity: 'error', file, line, message, ...extra }));
  }

  info(
    file: string,
    line: number | undefined,
    message: string,
    extra: Partial<BuildIssue> = {},
  ): void {
    this.issues.push(withoutUndefined({ severity: 'info', file, line, message, ...extra }));
  }

  warn(
    file: string,
    line: number | undefined,
    message: string,
    extra: Partial<BuildIssue> = {},
  ): void {
    this.issues.push(withoutUndefined({ severity: 'warning', file, line, message, ...extra }));
  }
}

function withoutUndefined(issue: BuildIssue): BuildIssue {
  return Object.fromEntries(
    Object.entries(issue).filter(([, v]) => v !== undefined),
  ) as unknown as BuildIssue;
}
