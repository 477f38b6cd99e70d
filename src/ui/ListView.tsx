/**
 * The list view: the same state as tables of documents and people, sortable, usable with a
 * keyboard and a screen reader, so nothing is reachable only through the canvas.
 */
import { useState } from 'preact/hooks';
import { compareStrings } from '../graph/compare.ts';
import { labelOf } from '../graph/corpus.ts';
import type { DocumentRecord } from '../graph/types.ts';
import { useAppState } from '../state/context.ts';
import { documentHeading, formatCount, formatDate, formatOrdinal, plural } from './format.ts';
import { measureSummary } from '../graph/measures/ranks.ts';

type DocKey = 'date' | 'title' | 'type' | 'from' | 'to' | 'via';
type PersonKey =
  | 'label'
  | 'affiliation'
  | 'documents'
  | 'sent'
  | 'received'
  | 'correspondents'
  | 'betweenness'
  | 'community';
type Direction = 'ascending' | 'descending';

function SortButton<K extends string>({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: K;
  sort: { key: K; dir: Direction };
  onSort(key: K): void;
}) {
  return (
    <button type="button" class="sort" onClick={() => onSort(column)}>
      {label}
      <span aria-hidden="true">
        {sort.key === column ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}
      </span>
    </button>
  );
}

/** Sorting by a column; `firstDirection` says which way a column sorts on its first click. */
function useSort<K extends string>(
  initial: K,
  firstDirection: (key: K) => Direction = () => 'ascending',
): [{ key: K; dir: Direction }, (key: K) => void] {
  const [sort, setSort] = useState<{ key: K; dir: Direction }>({ key: initial, dir: 'ascending' });
  const onSort = (key: K): void =>
    setSort((s) => ({
      key,
      dir: s.key !== key ? firstDirection(key) : s.dir === 'ascending' ? 'descending' : 'ascending',
    }));
  return [sort, onSort];
}

const partiesOf = (doc: DocumentRecord, role: 'senders' | 'recipients' | 'via'): string[] => {
  // Between the first writer and the recipient: the sender who passed an originator's message on
  // (Kovalev for Mao's cable to Stalin), then those it went through.
  if (role === 'via')
    return [...(doc.roles.originators.length ? doc.roles.senders : []), ...doc.roles.via].map(
      (r) => r.person,
    );
  const refs =
    role === 'senders' && doc.roles.originators.length ? doc.roles.originators : doc.roles[role];
  return refs.length
    ? refs.map((r) => r.person)
    : role === 'senders'
      ? doc.roles.participants.map((r) => r.person)
      : [];
};

const DOC_COLUMNS: { key: DocKey; label: string; class: string }[] = [
  { key: 'date', label: 'Date', class: 'col-date' },
  { key: 'title', label: 'Title', class: 'col-title' },
  { key: 'type', label: 'Type', class: 'col-type' },
  { key: 'from', label: 'From', class: 'col-from' },
  { key: 'to', label: 'To', class: 'col-to' },
  { key: 'via', label: 'Via', class: 'col-via' },
];

/**
 * Documents as a table. A phone shows who wrote to whom through whom (From, To, Via) with the
 * document's short heading; date, title and type are a tap away ("All columns").
 */
function DocumentsTable({ allColumns }: { allColumns: boolean }) {
  const state = useAppState();
  const [sort, onSort] = useSort<DocKey>('date');
  const visible = state.visibility.value.documents;
  const selected = state.selection.value;
  const rows = state.corpus.documentList.filter((doc) => visible.has(doc.id));
  const names = (ids: string[]): string =>
    ids.map((id) => labelOf(state.corpus, id)).join(', ') || '—';
  const role = { from: 'senders', to: 'recipients', via: 'via' } as const;
  const key = (doc: DocumentRecord): string => {
    if (sort.key === 'date') return doc.date.iso ?? '9999';
    if (sort.key === 'title') return doc.title;
    if (sort.key === 'type') return doc.type;
    // Documents without anyone in that role go last, whichever the direction.
    const parties = partiesOf(doc, role[sort.key]);
    return parties.length ? names(parties) : '\uffff';
  };
  rows.sort((a, b) => compareStrings(key(a), key(b)) * (sort.dir === 'ascending' ? 1 : -1));
  return (
    <table
      class={`table${allColumns ? ' all-columns' : ''}`}
      aria-label={`Documents (${rows.length})`}
    >
      <caption>{plural(rows.length, 'document')} within the filters</caption>
      <thead>
        <tr>
          <th scope="col" class="col-doc">
            Document
          </th>
          {DOC_COLUMNS.map((column) => (
            <th
              key={column.key}
              class={column.class}
              aria-sort={sort.key === column.key ? sort.dir : 'none'}
              scope="col"
            >
              <SortButton label={column.label} column={column.key} sort={sort} onSort={onSort} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((doc) => (
          <tr
            key={doc.id}
            aria-current={
              selected?.kind === 'document' && selected.id === doc.id ? 'true' : undefined
            }
          >
            <td class="col-doc">
              <button type="button" class="doc-link" onClick={() => state.selectDocument(doc.id)}>
                {documentHeading(doc)}
              </button>
            </td>
            <td class="nowrap col-date">{formatDate(doc.date)}</td>
            <td class="col-title">
              <button type="button" class="doc-link" onClick={() => state.selectDocument(doc.id)}>
                {doc.title}
              </button>
            </td>
            <td class="col-type">{doc.type}</td>
            <td class="col-from">{names(partiesOf(doc, 'senders'))}</td>
            <td class="col-to">{names(partiesOf(doc, 'recipients'))}</td>
            <td class="col-via">
              {partiesOf(doc, 'via').length ? names(partiesOf(doc, 'via')) : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Numeric columns of the people table; the measured ones only where the graph has measures. */
const PERSON_NUMBERS: { key: PersonKey; label: string; measured: boolean }[] = [
  { key: 'documents', label: 'Documents', measured: false },
  { key: 'sent', label: 'Sent', measured: false },
  { key: 'received', label: 'Received', measured: false },
  { key: 'correspondents', label: 'Correspondents', measured: true },
  { key: 'betweenness', label: 'Broker', measured: true },
  { key: 'community', label: 'Community', measured: true },
];

function PeopleTable() {
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

export function ListView() {
  const [tab, setTab] = useState<'documents' | 'people'>('documents');
  const [allColumns, setAllColumns] = useState(false);
  return (
    <div class="list-view">
      <div class="list-bar">
        <div role="tablist" aria-label="Lists" class="tabs">
          <button
            type="button"
            role="tab"
            id="tab-documents"
            aria-selected={tab === 'documents'}
            aria-controls="panel-list"
            onClick={() => setTab('documents')}
          >
            Documents
          </button>
          <button
            type="button"
            role="tab"
            id="tab-people"
            aria-selected={tab === 'people'}
            aria-controls="panel-list"
            onClick={() => setTab('people')}
          >
            People
          </button>
        </div>
        {tab === 'documents' && (
          <button
            type="button"
            class="list-columns"
            aria-pressed={allColumns}
            onClick={() => setAllColumns(!allColumns)}
          >
            All columns
          </button>
        )}
      </div>
      <div role="tabpanel" id="panel-list" aria-labelledby={`tab-${tab}`} class="list-scroll">
        {tab === 'documents' ? <DocumentsTable allColumns={allColumns} /> : <PeopleTable />}
      </div>
    </div>
  );
}
