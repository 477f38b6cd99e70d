/**
 * What the build or import said: every record accounted for (in the network, attached to one
 * person, unplaced, rejected) with reasons, names identified or merged, and problems by file and line.
 */
import { useMemo } from 'preact/hooks';
import { mapCaption, unlocatedLine } from '../graph/map-flows.ts';
import type { BuildIssue, BuildReport, NameJoin, UncertainReading } from '../graph/report.ts';
import { useAppState } from '../state/context.ts';
import { formatCount, plural } from './format.ts';

const LIMIT = 200;

/** Whose registry the names were resolved with, as the report's first line says it. */
const REGISTRY_WORDS: Record<BuildReport['corpus']['registry'], string> = {
  own: "Names resolved with the corpus's own registry",
  given: 'Names resolved with the registry opened with it',
  built: 'Names as they were resolved when the corpus was built',
  none: 'No registry: names stand as written, people with authority ids united by them',
};

/** The issues of each kind, in the report's order. */
function issuesByKind(issues: readonly BuildIssue[]): Map<string, BuildIssue[]> {
  const byKind = new Map<string, BuildIssue[]>();
  for (const issue of issues) {
    if (!issue.kind) continue;
    const list = byKind.get(issue.kind);
    if (list) list.push(issue);
    else byKind.set(issue.kind, [issue]);
  }
  return byKind;
}

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
        // Issues of a kind that repeats are said once, with their places under the line.
        kinds: (report.issueKinds ?? []).filter((kind) => kind.severity !== 'info'),
        problems: report.issues.filter((issue) => issue.severity !== 'info' && !issue.kind),
        ofKind: issuesByKind(report.issues),
        notes: report.issues.filter((issue) => issue.severity === 'info'),
        notInGraph: report.records.filter((record) => record.status !== 'graph'),
      },
    [report],
  );
  if (!report || !lists) return null;
  const t = report.totals;
  const { kinds, problems, ofKind, notes, notInGraph } = lists;
  return (
    <section class="report" aria-labelledby="report-heading">
      <h3 id="report-heading" class="section-title">
        Build report
      </h3>
      <p>
        {plural(t.records, 'record')} read: {formatCount(t.inGraph)} in the network,{' '}
        {formatCount(t.attached)} attached to one person, {formatCount(t.unplaced)} unplaced,{' '}
        {formatCount(t.rejected)} rejected.
        {(t.blankRows ?? 0) > 0 &&
          ` ${plural(t.blankRows ?? 0, 'blank row')} (no text in any cell) skipped.`}
        {t.identifiedByAuthority > 0 &&
          ` ${plural(t.identifiedByAuthority, 'person', 'people')} identified by authority id.`}
        {t.unresolvedNames > 0 && ` ${plural(t.unresolvedNames, 'name')} not in the registry.`}
        {report.merged.length > 0 &&
          ` ${plural(report.merged.length, 'person', 'people')} found under several names.`}
        {(t.unidentified ?? 0) > 0 &&
          ` ${plural(t.unidentified, 'party', 'parties')} named but not identified ("unknown", "N.N.", "Others"), each kept on its own record.`}
      </p>
      <p class="muted">
        {REGISTRY_WORDS[report.corpus.registry ?? 'none']}
        {report.corpus.registryFiles.length > 0 && ` (${report.corpus.registryFiles.join(', ')})`}.
      </p>
      {report.places && (
        <p>
          On the map: {plural(report.places.located, 'place')}; map{' '}
          {mapCaption(report.places.letters)}.
          {report.places.unlocated.length > 0 && ` ${unlocatedLine(report.places, 5) ?? ''}.`}
        </p>
      )}
      {(report.uncertain ?? []).length > 0 && <UncertainReadings readings={report.uncertain} />}
      {notInGraph.length > 0 && (
        <details>
          <summary>Records not drawn as lines ({notInGraph.length})</summary>
          <ul class="report-list">
            {notInGraph.slice(0, LIMIT).map((record) => (
              <li key={`${record.file}:${record.line}:${record.column ?? 1}`}>
                <code>{record.id ?? `${record.file}:${record.line}:${record.column ?? 1}`}</code> —{' '}
                {record.status}: {record.reason}
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
      <NameJoins report={report} />
      {problems.length + kinds.length > 0 && (
        <details open={t.errors > 0}>
          <summary>
            {plural(t.errors, 'error')}, {plural(t.warnings, 'warning')}
          </summary>
          <ul class="report-list">
            {kinds.map((kind) => (
              <li key={kind.kind} class={kind.severity}>
                <details>
                  <summary>{kind.text}</summary>
                  <ul class="report-list">
                    {(ofKind.get(kind.kind) ?? []).slice(0, LIMIT).map((issue, i) => (
                      <li key={i}>
                        <code>{where(issue)}</code> {issue.message}
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
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

/** Why two written names were taken for one person, as the report says it. */
const JOIN_REASONS: Record<NameJoin['how'], string> = {
  name: 'same name',
  'name order': 'name order',
  initials: 'initials fit only this person',
};

/**
 * Names without an authority id joined to the one person of that name with one, and names borne
 * by several people with ids, kept apart: possible duplicates for a curator to look at.
 */
function NameJoins({ report }: { report: BuildReport }) {
  const joined = report.joined ?? [];
  const sameName = report.sameName ?? [];
  return (
    <>
      {joined.length > 0 && (
        <details>
          <summary>Names joined: one person written several ways ({joined.length})</summary>
          <ul class="report-list">
            {joined.slice(0, LIMIT).map((join) => (
              <li key={`${join.name}-${join.person}`}>
                “{join.name}” = “{join.into ?? join.authority}”
                {join.authority ? ` (${join.authority})` : ''} — {JOIN_REASONS[join.how ?? 'name']},{' '}
                {plural(join.documents.length, 'document')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {sameName.length > 0 && (
        <details>
          <summary>Kept apart: a name several people could bear ({sameName.length})</summary>
          <ul class="report-list">
            {sameName.slice(0, LIMIT).map((entry) => (
              <li key={`${entry.name}-${entry.person ?? ''}`}>
                {entry.name}
                {entry.how === 'initials' ? ' (initials fit each)' : ''}:{' '}
                {entry.people.map((p) => p.authority ?? p.person).join(' · ')}
                {entry.person &&
                  `; without an id in ${plural(entry.documents.length, 'document')}, kept apart`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
