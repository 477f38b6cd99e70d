/**
 * The list view: the same state as tables of documents and people, sortable, usable with a
 * keyboard and a screen reader, so nothing is reachable only through the canvas.
 */
import { useState } from 'preact/hooks';
import { compareStrings } from '../graph/compare.ts';
import { labelOf } from '../graph/corpus.ts';
import type { DocumentRecord } from '../graph/types.ts';
import { useAppState } from '../state/context.ts';
import { documentHeading, formatDate, plural } from './format.ts';

type DocKey = 'date' | 'title' | 'type' | 'from' | 'to' | 'via';
type PersonKey = 'label' | 'affiliation' | 'documents';
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

function useSort<K extends string>(initial: K): [{ key: K; dir: Direction }, (key: K) => void] {
  const [sort, setSort] = useState<{ key: K; dir: Direction }>({ key: initial, dir: 'ascending' });
  const onSort = (key: K): void =>
    setSort((s) => ({
      key,
      dir: s.key === key && s.dir === 'ascending' ? 'descending' : 'ascending',
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

function PeopleTable() {
  const state = useAppState();
  const [sort, onSort] = useSort<PersonKey>('label');
  const { graph } = state.corpus;
  const visible = state.visibility.value.nodes;
  const rows = graph
    .filterNodes((node) => visible.has(node))
    .map((id) => ({ id, ...graph.getNodeAttributes(id) }));
  const cmp = {
    label: (a: (typeof rows)[number], b: (typeof rows)[number]) => compareStrings(a.label, b.label),
    affiliation: (a: (typeof rows)[number], b: (typeof rows)[number]) =>
      compareStrings(a.affiliation, b.affiliation) || compareStrings(a.label, b.label),
    documents: (a: (typeof rows)[number], b: (typeof rows)[number]) =>
      a.documents - b.documents || a.mentioned - b.mentioned,
  }[sort.key];
  rows.sort((a, b) => cmp(a, b) * (sort.dir === 'ascending' ? 1 : -1));
  return (
    <table class="table" aria-label={`People (${rows.length})`}>
      <caption>{plural(rows.length, 'person', 'people')} within the filters</caption>
      <thead>
        <tr>
          <th aria-sort={sort.key === 'label' ? sort.dir : 'none'} scope="col">
            <SortButton label="Name" column="label" sort={sort} onSort={onSort} />
          </th>
          <th aria-sort={sort.key === 'affiliation' ? sort.dir : 'none'} scope="col">
            <SortButton label="Affiliation" column="affiliation" sort={sort} onSort={onSort} />
          </th>
          <th aria-sort={sort.key === 'documents' ? sort.dir : 'none'} scope="col">
            <SortButton label="Documents" column="documents" sort={sort} onSort={onSort} />
          </th>
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
