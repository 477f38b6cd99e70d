/**
 * Problems found while reading a corpus, each naming the file, line, column and field it concerns,
 * so a curator can go straight to the cell. Collected, never thrown: the valid rest still builds.
 */
import type { BuildIssue } from '../graph/report.ts';
import type { IssueKind } from './build/issue-kinds.ts';

export type { BuildIssue };

/** "data/documents.csv:12:5: error: field "date": cannot read "32 May 1947" as a date". */
export function formatIssue(issue: BuildIssue): string {
  const where = [issue.file, issue.line, issue.column]
    .filter((part) => part !== undefined)
    .join(':');
  const field = issue.field ? `field "${issue.field}": ` : '';
  return `${where}: ${issue.severity}: ${field}${issue.message}`;
}

/** A record of a file: where it starts, and where each of its fields is, when the reader knows. */
export interface RecordPlace {
  file: string;
  line: number;
  column?: number;
  at?(field: string): { line: number; column: number };
}

/** Collects issues for one file. */
export class IssueLog {
  readonly issues: BuildIssue[] = [];

  /** An issue about a record, at the line and column of `field` (or of the record). */
  about(
    severity: BuildIssue['severity'],
    record: RecordPlace,
    message: string,
    field?: string,
    kind?: IssueKind,
  ): void {
    const place = (field && record.at?.(field)) || {
      line: record.line,
      column: record.column ?? 1,
    };
    this.issues.push(
      withoutUndefined({ severity, file: record.file, ...place, field, message, kind }),
    );
  }

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
