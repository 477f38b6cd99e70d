/** The list view's people: their letters and measures, sortable by every column. */
import { compareStrings } from '../graph/compare.ts';
import { measureSummary } from '../graph/measures/ranks.ts';
import { useAppState } from '../state/context.ts';
import { formatCount, formatOrdinal, plural } from './format.ts';
import { SortButton, useSort } from './ListSort.tsx';

type PersonKey =
  | 'label'
  | 'affiliation'
  | 'documents'
  | 'sent'
  | 'received'
  | 'correspondents'
  | 'betweenness'
  | 'community';

/** Numeric columns of the people table; the measured ones only where the graph has measures. */
const PERSON_NUMBERS: { key: PersonKey; label: string; measured: boolean }[] = [
  { key: 'documents', label: 'Documents', measured: false },
  { key: 'sent', label: 'Sent', measured: false },
  { key: 'received', label: 'Received', measured: false },
  { key: 'correspondents', label: 'Correspondents', measured: true },
  { key: 'betweenness', label: 'Broker', measured: true },
  { key: 'community', label: 'Community', measured: true },
];

export function PeopleTable() {
  const state = useAppState();
  // Counts and brokers are read largest first; names, affiliations and communities from the top.
  const [sort, onSort] = useSort<PersonKey>('label', (key) =>
    key === 'label' || key === 'affiliation' || key === 'community' ? 'ascending' : 'descending',
  );
  const { graph } = state.corpus;
  const summary = measureSummary(graph);
  const visible = state.visibility.value.nodes;
  const rows = graph
    .filterNodes((node) => visible.has(node))
    .map((id) => ({ id, ...graph.getNodeAttributes(id) }));
  type Row = (typeof rows)[number];
  const byNumber =
    (key: 'sent' | 'received' | 'correspondents' | 'betweenness') => (a: Row, b: Row) =>
      (a[key] ?? 0) - (b[key] ?? 0) || compareStrings(b.label, a.label);
  const cmp = {
    label: (a: Row, b: Row) => compareStrings(a.label, b.label),
    affiliation: (a: Row, b: Row) =>
      compareStrings(a.affiliation, b.affiliation) || compareStrings(a.label, b.label),
    documents: (a: Row, b: Row) => a.documents - b.documents || a.mentioned - b.mentioned,
    sent: byNumber('sent'),
    received: byNumber('received'),
    correspondents: byNumber('correspondents'),
    betweenness: byNumber('betweenness'),
    // Community 1 is the largest.
    community: (a: Row, b: Row) =>
      (a.community ?? 0) - (b.community ?? 0) || compareStrings(a.label, b.label),
  }[sort.key];
  rows.sort((a, b) => cmp(a, b) * (sort.dir === 'ascending' ? 1 : -1));
  const columns = PERSON_NUMBERS.filter((column) => summary.present || !column.measured);
  const estimated = summary.present && summary.sources < summary.people;
  return (
    <table class="table" aria-label={`People (${rows.length})`}>
      <caption>
        {plural(rows.length, 'person', 'people')} within the filters
        {estimated && ` · broker ranks estimated from ${formatCount(summary.sources)} sources`}
      </caption>
      <thead>
        <tr>
          <th aria-sort={sort.key === 'label' ? sort.dir : 'none'} scope="col">
            <SortButton label="Name" column="label" sort={sort} onSort={onSort} />
          </th>
          <th aria-sort={sort.key === 'affiliation' ? sort.dir : 'none'} scope="col">
            <SortButton label="Affiliation" column="affiliation" sort={sort} onSort={onSort} />
          </th>
          {columns.map((column) => (
            <th
              key={column.key}
              aria-sort={sort.key === column.key ? sort.dir : 'none'}
              scope="col"
              class="num"
            >
              <SortButton label={column.label} column={column.key} sort={sort} onSort={onSort} />
            </th>
          ))}
          <th scope="col">Also written</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((person) => (
          <tr key={person.id}>
            <td>
              <button type="button" class="doc-link" onClick={() => state.selectPerson(person.id)}>
                {person.label}
              </button>
            </td>
            <td>{person.affiliation}</td>
            <td class="num">
              {person.documents}
              {person.mentioned > 0 && <span class="muted"> (+{person.mentioned} mentions)</span>}
            </td>
            <td class="num">{formatCount(person.sent)}</td>
            <td class="num">{formatCount(person.received)}</td>
            {summary.present && (
              <>
                <td class="num">{formatCount(person.correspondents ?? 0)}</td>
                <td class="num">
                  {(person.betweenness ?? 0) > 0
                    ? formatOrdinal(summary.brokerRank.get(person.id) ?? 0)
                    : '—'}
                </td>
                <td class="num">{person.community ?? ''}</td>
              </>
            )}
            <td class="aliases">{person.aliases.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
