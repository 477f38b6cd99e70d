/**
 * A person: aliases, affiliation, role, and their correspondence grouped by correspondent and
 * sorted by date, including documents whose other side is unknown and those that mention them.
 */
import { personCorrespondence } from '../graph/correspondence.ts';
import type { CorrespondenceEntry, CorrespondentGroup } from '../graph/correspondence.ts';
import { useEffect, useState } from 'preact/hooks';
import { isFilterActive } from '../graph/filter.ts';
import { useAppState } from '../state/context.ts';
import { formatCount, formatDate, formatOrdinal, plural, ROLE_LABELS } from './format.ts';
import { measureSummary } from '../graph/measures/ranks.ts';
import { communityColor } from '../formats/scene/look.ts';
import type { PersonAttributes } from '../graph/types.ts';
import { usePaintedFlag } from './after-paint.ts';
import { PersonLink } from './PersonLink.tsx';

const RELATION_LABELS: Record<CorrespondenceEntry['relation'], string> = {
  to: 'to',
  from: 'from',
  relayed: 'relayed',
  with: 'with',
  mentioned: 'mentioned',
  alone: '',
};

function relationLabel(entry: CorrespondenceEntry): string {
  if (entry.relation === 'alone')
    return entry.role === 'recipients'
      ? 'received'
      : entry.role === 'senders'
        ? 'sent'
        : ROLE_LABELS[entry.role];
  if (entry.role === 'originators') return 'wrote, carried';
  return RELATION_LABELS[entry.relation];
}

/** First entries of a long list; the rest on request, so a hub's panel opens at once. */
const ENTRIES_SHOWN = 10;
const GROUPS_SHOWN = 40;

function GroupView({ group }: { group: CorrespondentGroup }) {
  const state = useAppState();
  const [expanded, setExpanded] = useState(false);
  const entries = expanded ? group.entries : group.entries.slice(0, ENTRIES_SHOWN);
  return (
    <section
      class="correspondent"
      aria-label={group.correspondent ? `With ${group.label}` : group.label}
    >
      <h4>
        {group.correspondent ? (
          <>
            With <PersonLink id={group.correspondent} />
          </>
        ) : (
          group.label
        )}{' '}
        <span class="count">{plural(group.entries.length, 'document')}</span>
      </h4>
      <ul class="doc-list">
        {entries.map((entry) => (
          <li key={`${entry.doc.id}-${entry.role}`}>
            <button
              type="button"
              class="doc-link"
              onClick={() => state.selectDocument(entry.doc.id)}
            >
              <span class="doc-date">{formatDate(entry.doc.date)}</span>
              <span class="relation">{relationLabel(entry)}</span>
              <span class="doc-title">{entry.doc.title}</span>
            </button>
          </li>
        ))}
      </ul>
      {group.entries.length > entries.length && (
        <button type="button" class="link" onClick={() => setExpanded(true)}>
          Show all {plural(group.entries.length, 'document')}
        </button>
      )}
    </section>
  );
}

/** About a screenful of documents: what a click on a hub draws before the rest of its list. */
const FIRST_ENTRIES = 30;

/** How many groups hold the first `entries` documents shown (at least one group). */
function groupsForEntries(groups: CorrespondentGroup[], entries: number): number {
  let count = 0;
  let shown = 0;
  while (count < groups.length && (count === 0 || shown < entries)) {
    shown += Math.min(ENTRIES_SHOWN, groups[count]?.entries.length ?? 0);
    count++;
  }
  return count;
}

function GroupList({ groups }: { groups: CorrespondentGroup[] }) {
  const [all, setAll] = useState(false);
  // A hub's panel (hundreds of documents) opens with a screenful; the rest of its list follows in
  // the next task, so the click is answered at once.
  const first = groupsForEntries(groups, FIRST_ENTRIES);
  const [rest, setRest] = useState(first >= Math.min(groups.length, GROUPS_SHOWN));
  useEffect(() => {
    if (rest) return undefined;
    const timer = setTimeout(() => setRest(true), 0);
    return () => clearTimeout(timer);
  }, [rest]);
  const shown = all ? groups : groups.slice(0, rest ? GROUPS_SHOWN : first);
  return (
    <>
      {shown.map((group) => (
        <GroupView key={group.correspondent ?? group.kind} group={group} />
      ))}
      {rest && groups.length > shown.length && (
        <button type="button" class="link" onClick={() => setAll(true)}>
          Show all {groups.length} correspondents
        </button>
      )}
    </>
  );
}

/** Above this many documents, a person's list is gathered once the panel's first frame is drawn. */
const GATHER_AFTER_FRAME_ABOVE = 200;

/**
 * The person's documents grouped by correspondent. A hub's (a thousand documents) takes tens of
 * milliseconds to gather: the click is answered with the highlight and the panel's head first.
 */
function Correspondence({ id, filtered }: { id: string; filtered: boolean }) {
  const state = useAppState();
  const total = state.corpus.documentsByPerson.get(id)?.length ?? 0;
  const gathered = usePaintedFlag(total <= GATHER_AFTER_FRAME_ABOVE);
  if (state.documentsPending) return <p class="muted">Loading the documents…</p>;
  if (!gathered) return <p class="muted">Gathering {plural(total, 'document')}…</p>;
  const groups = personCorrespondence(state.corpus, id, {
    documents: filtered ? state.visibility.value.documents : null,
  });
  if (groups.length === 0) return <p class="muted">No document within the current filters.</p>;
  return <GroupList groups={groups} />;
}

/**
 * A person's measures: letters sent and received, correspondents, their rank as a broker
 * ("3rd of 28", said to be an estimate when the betweenness was sampled) and their community.
 */
function Measures({ id, person }: { id: string; person: PersonAttributes }) {
  const state = useAppState();
  const summary = measureSummary(state.corpus.graph);
  if (!summary.present || person.betweenness === undefined) return null;
  const rank = summary.brokerRank.get(id) ?? 0;
  const estimated = summary.sources < summary.people;
  const community = person.community ?? 0;
  const members = summary.communitySize.get(community) ?? 1;
  return (
    <>
      <dt>Letters</dt>
      <dd>
        {formatCount(person.sent)} sent, {formatCount(person.received)} received
      </dd>
      <dt>Correspondents</dt>
      <dd>{formatCount(person.correspondents ?? 0)}</dd>
      <dt>Broker</dt>
      <dd class="broker">
        {person.betweenness > 0
          ? `${formatOrdinal(rank)} of ${formatCount(summary.people)}`
          : `no shortest link between others passes through ${person.label}`}
        {person.betweenness > 0 && (
          <span class="muted"> (betweenness {person.betweenness.toPrecision(2)})</span>
        )}
        {estimated && (
          <span class="muted"> — estimated from {formatCount(summary.sources)} sources</span>
        )}
      </dd>
      <dt>Community</dt>
      <dd>
        <span
          class="swatch"
          style={{ background: communityColor(community, members) }}
          aria-hidden="true"
        />{' '}
        {members > 1
          ? `${community} of ${formatCount(summary.communitySize.size)}, ${plural(members, 'person', 'people')}`
          : 'alone (no line to anyone)'}
      </dd>
    </>
  );
}

export function PersonPanel({ id }: { id: string }) {
  const state = useAppState();
  const { graph } = state.corpus;
  if (!graph.hasNode(id)) return <p class="muted">This person is not in the corpus.</p>;
  const person = graph.getNodeAttributes(id);
  const filtered = isFilterActive(state.filter.value);
  const counts = (
    [
      ['sent', person.sent],
      ['received', person.received],
      ['relayed', person.relayed],
      ['originated', person.originated],
      ['took part in', person.participated],
      ['mentioned in', person.mentioned],
    ] as const
  ).filter(([, n]) => n > 0);
  const hasEdges = graph.degree(id) > 0;
  return (
    <section class="panel-body" aria-labelledby="person-heading">
      <header class="panel-header">
        <h2 id="person-heading">
          <span
            class="swatch large"
            style={{ background: state.personColor.value(id, person) }}
            aria-hidden="true"
          />
          {person.label}
        </h2>
        <button
          type="button"
          class="close"
          onClick={() => state.clearSelection()}
          aria-label="Close the person panel"
        >
          ×
        </button>
      </header>
      <dl class="record-facts">
        <dt>Affiliation</dt>
        <dd>{person.affiliation}</dd>
        {person.role && (
          <>
            <dt>Role</dt>
            <dd>{person.role}</dd>
          </>
        )}
        {person.aliases.length > 0 && (
          <>
            <dt>Also written</dt>
            <dd class="aliases">{person.aliases.join(' · ')}</dd>
          </>
        )}
        <dt>Documents</dt>
        <dd>
          {counts.length
            ? counts.map(([label, n]) => `${label} ${formatCount(n)}`).join(', ')
            : 'none'}
        </dd>
        <Measures id={id} person={person} />
      </dl>
      <div class="actions" role="group" aria-label="Trace channels">
        <button
          type="button"
          onClick={() => {
            state.openTrace({
              from: id,
              to: state.trace.peek()?.to === id ? null : (state.trace.peek()?.to ?? null),
            });
            state.clearSelection();
          }}
        >
          Trace from here
        </button>
        <button
          type="button"
          onClick={() => {
            state.openTrace({
              to: id,
              from: state.trace.peek()?.from === id ? null : (state.trace.peek()?.from ?? null),
            });
            state.clearSelection();
          }}
        >
          Trace to here
        </button>
      </div>
      {!person.registered && (
        <p class="muted">Not in the people registry: the name is shown as the records give it.</p>
      )}
      {(person as { notes?: string }).notes && (
        <p class="muted">{(person as { notes?: string }).notes}</p>
      )}
      {!hasEdges && (
        <p class="muted">
          No line in the network: no document links {person.label} to a known correspondent.
        </p>
      )}
      <h3 class="section-title">Correspondence{filtered ? ' (within the filters)' : ''}</h3>
      <Correspondence key={id} id={id} filtered={filtered} />
    </section>
  );
}
