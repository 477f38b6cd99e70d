/**
 * Channel tracing: pick two people and see how word travelled between them — the direct documents
 * and the routes through intermediaries, shortest first, each hop with its documents.
 */
import { useCallback, useState } from 'preact/hooks';
import type { Hop } from '../graph/channels.ts';
import { labelOf } from '../graph/corpus.ts';
import { useAppState } from '../state/context.ts';
import type { TraceDraft } from '../state/trace.ts';
import { Combobox } from './Combobox.tsx';
import type { ComboGroup } from './Combobox.tsx';
import { formatDate, plural } from './format.ts';
import { PersonLink } from './PersonLink.tsx';

function PersonPicker({
  id,
  label,
  person,
  onChoose,
}: {
  id: string;
  label: string;
  person: string | null;
  onChoose(id: string): void;
}) {
  const state = useAppState();
  const search = useCallback(
    (query: string): ComboGroup[] => [
      {
        label: 'People',
        items: state.search.search(query).people.map((hit) => ({
          key: hit.id,
          primary: hit.label,
          secondary: hit.matched ? `also “${hit.matched}”` : null,
        })),
      },
    ],
    [state],
  );
  return (
    <Combobox
      id={id}
      label={label}
      visibleLabel
      placeholder="Name or alias…"
      search={search}
      value={person ? labelOf(state.corpus, person) : ''}
      clearOnChoose={false}
      onChoose={(item) => onChoose(item.key)}
    />
  );
}

const DOCUMENTS_SHOWN = 10;

function HopDocuments({ hop }: { hop: Hop }) {
  const state = useAppState();
  const [all, setAll] = useState(false);
  const shown = all ? hop.documents : hop.documents.slice(0, DOCUMENTS_SHOWN);
  return (
    <>
      <ul class="doc-list">
        {shown.map((id) => {
          const doc = state.corpus.documents.get(id);
          if (!doc) return null;
          return (
            <li key={id}>
              <button type="button" class="doc-link" onClick={() => state.selectDocument(id)}>
                <span class="doc-date">{formatDate(doc.date)}</span>
                <span class="doc-title">{doc.title}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {hop.documents.length > shown.length && (
        <button type="button" class="link" onClick={() => setAll(true)}>
          Show all {hop.documents.length} documents
        </button>
      )}
    </>
  );
}

function TraceOptionsForm({ draft }: { draft: TraceDraft }) {
  const state = useAppState();
  const set = (patch: Partial<TraceDraft>): void => state.openTrace(patch);
  return (
    <fieldset class="trace-options">
      <legend>Read channels as</legend>
      <label>
        <input
          type="radio"
          name="trace-mode"
          checked={draft.mode === 'relayed'}
          onChange={() => set({ mode: 'relayed' })}
        />
        Relayed documents: one document passed along a chain
      </label>
      <label>
        <input
          type="radio"
          name="trace-mode"
          checked={draft.mode === 'time'}
          onChange={() => set({ mode: 'time' })}
        />
        Time-respecting routes: different documents, each dated no earlier than the last
      </label>
      <div class="trace-row">
        <label>
          Up to{' '}
          <select
            aria-label="Most hops"
            value={String(draft.maxHops)}
            onChange={(e) => set({ maxHops: Number((e.target as HTMLSelectElement).value) })}
          >
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>{' '}
          hops
        </label>
        <label>
          <input
            type="checkbox"
            checked={draft.undirected}
            onChange={(e) => set({ undirected: (e.target as HTMLInputElement).checked })}
          />{' '}
          Ignore direction
        </label>
      </div>
      {draft.mode === 'time' && (
        <div class="trace-row">
          <label>
            Largest gap between hops{' '}
            <input
              type="number"
              min="0"
              class="days"
              aria-label="Largest gap between hops, in days"
              placeholder="any"
              value={draft.maxGapDays === null ? '' : String(draft.maxGapDays)}
              onChange={(e) => {
                const value = (e.target as HTMLInputElement).value;
                set({ maxGapDays: value === '' ? null : Math.max(0, Number(value)) });
              }}
            />{' '}
            days
          </label>
          <label>
            <input
              type="checkbox"
              checked={draft.undated === 'allow'}
              onChange={(e) =>
                set({ undated: (e.target as HTMLInputElement).checked ? 'allow' : 'exclude' })
              }
            />{' '}
            Let undated documents sit anywhere
          </label>
        </div>
      )}
    </fieldset>
  );
}

export function TracePanel() {
  const state = useAppState();
  const draft = state.trace.value;
  if (!draft) return null;
  const result = state.traceResult.value;
  const from = draft.from ? labelOf(state.corpus, draft.from) : '';
  const to = draft.to ? labelOf(state.corpus, draft.to) : '';
  return (
    <section class="panel-body" aria-labelledby="trace-heading">
      <header class="panel-header">
        <h2 id="trace-heading">Trace a channel</h2>
        <button
          type="button"
          class="close"
          onClick={() => state.closeTrace()}
          aria-label="Close the channel"
        >
          ×
        </button>
      </header>
      <div class="trace-people">
        <PersonPicker
          id="trace-from"
          label="From"
          person={draft.from}
          onChoose={(id) => state.openTrace({ from: id })}
        />
        <button
          type="button"
          class="swap"
          aria-label="Swap from and to"
          onClick={() => state.openTrace({ from: draft.to, to: draft.from })}
        >
          ⇅
        </button>
        <PersonPicker
          id="trace-to"
          label="To"
          person={draft.to}
          onChoose={(id) => state.openTrace({ to: id })}
        />
      </div>
      <TraceOptionsForm draft={draft} />
      {!result && <p class="muted">Choose two people to see how word travelled between them.</p>}
      {result && (
        <section class="trace-results" aria-label={`Channels from ${from} to ${to}`}>
          <p class="trace-summary" role="status">
            {plural(result.direct?.documents.length ?? 0, 'direct document')},{' '}
            {plural(result.routes.length, 'route')} through intermediaries
            {result.truncated ? ' (more exist)' : ''}.
          </p>
          {result.direct && (
            <section class="route" aria-label={`Direct: ${from} → ${to}`}>
              <h3>
                Direct: {from} → {to}
              </h3>
              <HopDocuments hop={result.direct} />
            </section>
          )}
          {result.routes.length > 0 && (
            <ol class="routes" aria-label="Routes through intermediaries">
              {result.routes.map((route) => (
                <li
                  key={route.people.join('>')}
                  class="route"
                  aria-label={route.people.map((p) => labelOf(state.corpus, p)).join(' → ')}
                >
                  <p class="route-path">
                    {route.people.map((person, i) => (
                      <span key={person}>
                        {i > 0 && <span aria-hidden="true"> → </span>}
                        <PersonLink id={person} />
                      </span>
                    ))}
                  </p>
                  {route.hops.map((hop) => (
                    <div key={`${hop.from}>${hop.to}`} class="hop">
                      <h4>
                        {labelOf(state.corpus, hop.from)} → {labelOf(state.corpus, hop.to)}
                      </h4>
                      <HopDocuments hop={hop} />
                    </div>
                  ))}
                </li>
              ))}
            </ol>
          )}
          {result.truncated && (
            <p class="muted">
              More routes exist than are shown. Lower the number of hops or narrow the filters to
              see the rest.
            </p>
          )}
          {result.excludedUndated > 0 && (
            <p class="muted">
              {plural(result.excludedUndated, 'undated document')} left out of the routes; tick “Let
              undated documents sit anywhere” to include them.
            </p>
          )}
          {!result.direct && result.routes.length === 0 && (
            <p class="muted">
              No channel from {from} to {to} within {plural(draft.maxHops, 'hop')}
              {draft.mode === 'time' ? ' in date order' : ''}.
            </p>
          )}
        </section>
      )}
    </section>
  );
}
