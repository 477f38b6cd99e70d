/**
 * What the build or import said: every record accounted for (in the network, attached to one
 * person, unplaced, rejected) with reasons, names identified or merged, and problems by file and line.
 */
import { useMemo } from 'preact/hooks';
import type { BuildIssue, UncertainReading } from '../graph/report.ts';
import { useAppState } from '../state/context.ts';
import { formatCount, plural } from './format.ts';

const LIMIT = 200;

function where(issue: BuildIssue): string {
  return [issue.file, issue.line, issue.column].filter((part) => part !== undefined).join(':');
}

/** Records the title reader was unsure of: each opens its record, with what to check. */
function UncertainReadings({ readings }: { readings: readonly UncertainReading[] }) {
  const state = useAppState();
  return (
    <details open>
      <summary>Uncertain readings: {formatCount(readings.length)} — review</summary>
      <ul class="report-list">
        {readings.slice(0, LIMIT).map((reading) => (
          <li key={reading.id}>
            <button type="button" class="doc-link" onClick={() => state.selectDocument(reading.id)}>
              {reading.title}
            </button>{' '}
            <code>
              {reading.file}:{reading.line}
            </code>
            <ul>
              {reading.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </li>
        ))}
        {readings.length > LIMIT && <li>… and {readings.length - LIMIT} more in report.json</li>}
      </ul>
    </details>
  );
}

export function ReportSummary() {
  const { report } = useAppState();
  // A large archive's report lists every record: sorted once, not on each render of the panel.
  const lists = useMemo(
    () =>
      report && {
        problems: report.issues.filter((issue) => issue.severity !== 'info'),
        notes: report.issues.filter((issue) => issue.severity === 'info'),
        notInGraph: report.records.filter((record) => record.status !== 'graph'),
      },
    [report],
  );
  if (!report || !lists) return null;
  const t = report.totals;
  const { problems, notes, notInGraph } = lists;
  return (
    <section class="report" aria-labelledby="report-heading">
      <h3 id="report-heading" class="section-title">
        Build report
      </h3>
      <p>
        {plural(t.records, 'record')} read: {formatCount(t.inGraph)} in the network,{' '}
        {formatCount(t.attached)} attached to one person, {formatCount(t.unplaced)} unplaced,{' '}
        {formatCount(t.rejected)} rejected.
        {t.identifiedByAuthority > 0 &&
          ` ${plural(t.identifiedByAuthority, 'person', 'people')} identified by authority id.`}
        {t.unresolvedNames > 0 && ` ${plural(t.unresolvedNames, 'name')} not in the registry.`}
        {report.merged.length > 0 &&
          ` ${plural(report.merged.length, 'person', 'people')} found under several names.`}
        {(t.unidentified ?? 0) > 0 &&
          ` ${plural(t.unidentified, 'party', 'parties')} named but not identified ("unknown", "N.N.", "Others"), each kept on its own record.`}
      </p>
      {(report.uncertain ?? []).length > 0 && <UncertainReadings readings={report.uncertain} />}
      {notInGraph.length > 0 && (
        <details>
          <summary>Records not drawn as lines ({notInGraph.length})</summary>
          <ul class="report-list">
            {notInGraph.slice(0, LIMIT).map((record) => (
              <li key={`${record.file}:${record.line}`}>
                <code>{record.id ?? `${record.file}:${record.line}`}</code> — {record.status}:{' '}
                {record.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.merged.length > 0 && (
        <details>
          <summary>Names merged by authority id ({report.merged.length})</summary>
          <ul class="report-list">
            {report.merged.slice(0, LIMIT).map((merged) => (
              <li key={merged.person}>
                {merged.label}: {merged.forms.join(' · ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {problems.length > 0 && (
        <details open={t.errors > 0}>
          <summary>
            {plural(t.errors, 'error')}, {plural(t.warnings, 'warning')}
          </summary>
          <ul class="report-list">
            {problems.slice(0, LIMIT).map((issue, i) => (
              <li key={i} class={issue.severity}>
                <code>{where(issue)}</code> {issue.field ? `(${issue.field}) ` : ''}
                {issue.message}
              </li>
            ))}
            {problems.length > LIMIT && (
              <li>… and {problems.length - LIMIT} more in report.json</li>
            )}
          </ul>
        </details>
      )}
      {notes.length > 0 && (
        <details>
          <summary>How the files were read ({notes.length})</summary>
          <ul class="report-list">
            {notes.slice(0, LIMIT).map((issue, i) => (
              <li key={i}>
                <code>{where(issue)}</code> {issue.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
