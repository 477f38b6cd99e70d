/** What the panel shows with nothing selected: the corpus, its counts, its source, and how to start. */
import { useMemo } from 'preact/hooks';
import { useAppState } from '../state/context.ts';
import { startingPoints } from '../graph/hints.ts';
import { labelOf } from '../graph/corpus.ts';
import { documentHeading, formatCount, plural } from './format.ts';
import { RecentCorpora } from './RecentCorpora.tsx';
import { ReportSummary } from './ReportSummary.tsx';

/** How to start, with examples from the corpus that is open. */
function StartHere() {
  const state = useAppState();
  const { corpus } = state;
  const { busiest, relayed, channel, alias } = useMemo(() => startingPoints(corpus), [corpus]);
  const name = (id: string): string => labelOf(corpus, id);
  return (
    <>
      <h3 class="section-title">Start here</h3>
      <ul class="hints">
        <li>Click or tap a line to read the documents behind it.</li>
        {busiest && (
          <li>
            Click a person to see whom they wrote to, received from, or relayed for: try{' '}
            <button type="button" class="link" onClick={() => state.selectPerson(busiest.id)}>
              {busiest.label}
            </button>
            , the busiest correspondent ({plural(busiest.documents, 'document')}).
          </li>
        )}
        {relayed && (
          <li>
            <button type="button" class="link" onClick={() => state.selectDocument(relayed.doc.id)}>
              {documentHeading(relayed.doc)}
            </button>{' '}
            went {relayed.chain.map(name).join(' → ')}.
          </li>
        )}
        {channel && (
          <li>
            <button
              type="button"
              class="link"
              onClick={() => {
                state.clearSelection();
                state.openTrace({ from: channel.from, to: channel.to });
              }}
            >
              Trace {name(channel.from)} → {name(channel.to)}
            </button>{' '}
            to see every way their words travelled.
          </li>
        )}
        <li>
          Search by name{alias ? ` or alias (“${alias.alias}” finds ${alias.label})` : ''}, title
          words or document number.
        </li>
        <li>Drag across the timeline to narrow the dates; Escape clears a selection.</li>
      </ul>
    </>
  );
}

export function OverviewPanel() {
  const state = useAppState();
  const { corpus } = state;
  const placement = { graph: 0, attached: 0, unplaced: 0 };
  for (const doc of corpus.documentList) placement[doc.placement]++;
  const { counts } = state.visibility.value;
  return (
    <section class="panel-body" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{corpus.meta.name}</h2>
      {corpus.meta.description && <p>{corpus.meta.description}</p>}
      {state.documentsPending ? (
        <p role="status">
          Loading the documents of {plural(corpus.graph.order, 'person', 'people')}…
        </p>
      ) : (
        <p>
          {plural(corpus.documentList.length, 'document')} between{' '}
          {plural(corpus.graph.order, 'person', 'people')}: {formatCount(placement.graph)} drawn as
          lines, {formatCount(placement.attached)} with only one side known (counted on that person)
          {placement.unplaced > 0
            ? `, ${formatCount(placement.unplaced)} with no readable party`
            : ''}
          .
        </p>
      )}
      {counts.documents !== counts.totalDocuments && (
        <p>
          The filters show {plural(counts.documents, 'document')} of{' '}
          {formatCount(counts.totalDocuments)}.
        </p>
      )}
      <StartHere />
      <ReportSummary />
      <RecentCorpora />
      {corpus.meta.credit && (
        <p class="credit">
          Source:{' '}
          {corpus.meta.url ? (
            <a href={corpus.meta.url} rel="noopener noreferrer" target="_blank">
              {corpus.meta.credit}
            </a>
          ) : (
            corpus.meta.credit
          )}
          .
        </p>
      )}
    </section>
  );
}
