/**
 * The list view: the same state as tables of documents and people, sortable, usable with a
 * keyboard and a screen reader, so nothing is reachable only through the canvas.
 */
import { useState } from 'preact/hooks';
import { DocumentsTable } from './DocumentsTable.tsx';
import { PeopleTable } from './PeopleTable.tsx';

type Tab = 'documents' | 'people';

function ListTab({
  name,
  label,
  tab,
  onSelect,
}: {
  name: Tab;
  label: string;
  tab: Tab;
  onSelect(tab: Tab): void;
}) {
  return (
    <button
      type="button"
      role="tab"
      id={`tab-${name}`}
      aria-selected={tab === name}
      aria-controls="panel-list"
      onClick={() => onSelect(name)}
    >
      {label}
    </button>
  );
}

export function ListView() {
  const [tab, setTab] = useState<Tab>('documents');
  const [allColumns, setAllColumns] = useState(false);
  return (
    <div class="list-view">
      <div class="list-bar">
        <div role="tablist" aria-label="Lists" class="tabs">
          <ListTab name="documents" label="Documents" tab={tab} onSelect={setTab} />
          <ListTab name="people" label="People" tab={tab} onSelect={setTab} />
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
