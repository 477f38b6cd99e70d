/** The list view's documents: who wrote to whom through whom, sortable by every column. */
import { compareStrings } from '../graph/compare.ts';
import { labelOf } from '../graph/corpus.ts';
import type { DocumentRecord } from '../graph/types.ts';
import { useAppState } from '../state/context.ts';
import { documentHeading, formatDate, plural } from './format.ts';
import { SortButton, useSort } from './ListSort.tsx';

type DocKey = 'date' | 'title' | 'type' | 'from' | 'to' | 'via';

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
 * document's short heading and date; title and type are a tap away ("All columns").
 */
export function DocumentsTable({ allColumns }: { allColumns: boolean }) {
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
              {/* The rows are in date order: a phone shows the date here, not in its column. */}
              <span class="doc-cell-date">{formatDate(doc.date)}</span>
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
