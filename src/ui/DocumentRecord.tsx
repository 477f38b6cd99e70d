/**
 * One document as a historian reads it: title as published, date, type and number, the chain
 * (originator → sender → via → recipient) with every person clickable, summary and source.
 * All corpus text is rendered as text, never as HTML.
 */
import { labelOf } from '../graph/corpus.ts';
import type { DocumentRecord as Doc, PartyRef, Role } from '../graph/types.ts';
import { useAppState } from '../state/context.ts';
import { documentHeading, formatDate, ROLE_LABELS } from './format.ts';
import { PersonLink } from './PersonLink.tsx';
import { ReadingNotes } from './ReadingNotes.tsx';

const CHAIN: Role[] = ['originators', 'senders', 'via', 'recipients'];

const HONORIFIC = /^(?:the|cde\.?|comrade|generalissimo|chairman|dr\.?|mr\.?)\s+/i;

/** "as “Filippov [Stalin]”" when the record names the person otherwise than their label. */
function partyNote(ref: PartyRef, label: string): string | undefined {
  const notes: string[] = [];
  const written = ref.office ?? ref.asWritten;
  let bare = written;
  while (HONORIFIC.test(bare)) bare = bare.replace(HONORIFIC, '');
  if (bare && !label.toLowerCase().endsWith(bare.toLowerCase())) notes.push(`as “${written}”`);
  if (ref.uncertain) notes.push('identification uncertain');
  return notes.length ? notes.join(', ') : undefined;
}

/** "“Unbekannt” (unidentified)": a party the source names without identifying it. */
function Unidentified({ doc, role }: { doc: Doc; role: Role }) {
  const named = (doc.unidentified ?? []).filter((party) => party.role === role);
  return (
    <>
      {named.map((party, i) => (
        <span key={i} class="unidentified">
          “{party.asWritten}” (unidentified)
        </span>
      ))}
    </>
  );
}

function Chain({ doc }: { doc: Doc }) {
  const { corpus } = useAppState();
  const note = (ref: PartyRef): string | undefined => partyNote(ref, labelOf(corpus, ref.person));
  const hasUnidentified = (role: Role): boolean =>
    (doc.unidentified ?? []).some((party) => party.role === role);
  const steps = CHAIN.filter((role) => doc.roles[role].length > 0 || hasUnidentified(role));
  const participants = doc.roles.participants.length > 0 || hasUnidentified('participants');
  if (steps.length === 0 && !participants) {
    return <p class="muted">No sender or recipient could be read from the title.</p>;
  }
  return (
    <ol class="chain" aria-label="Chain of transmission">
      {steps.map((role) => (
        <li key={role} class={`chain-step role-${role}`}>
          <span class="role-label">{ROLE_LABELS[role]}</span>
          {doc.roles[role].map((ref) => (
            <PersonLink key={ref.person} id={ref.person} note={note(ref)} />
          ))}
          <Unidentified doc={doc} role={role} />
        </li>
      ))}
      {participants && (
        <li class="chain-step role-participants">
          <span class="role-label">participants</span>
          {doc.roles.participants.map((ref) => (
            <PersonLink key={ref.person} id={ref.person} note={note(ref)} />
          ))}
          <Unidentified doc={doc} role="participants" />
        </li>
      )}
    </ol>
  );
}

export function DocumentRecord({ doc, headingLevel = 3 }: { doc: Doc; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const oneSided = doc.placement === 'attached';
  return (
    <article class="record" data-document-id={doc.id} aria-label={doc.title}>
      <Heading class="record-title">{doc.title}</Heading>
      <dl class="record-facts">
        <dt>Date</dt>
        <dd>
          {formatDate(doc.date)}
          {doc.date.precision === 'month' && <span class="muted"> (month only)</span>}
          {doc.date.precision === 'year' && <span class="muted"> (year only)</span>}
        </dd>
        <dt>Type</dt>
        <dd>{documentHeading(doc)}</dd>
        {doc.medium && (
          <>
            <dt>Medium</dt>
            <dd>{doc.medium}</dd>
          </>
        )}
        {doc.places.length > 0 && (
          <>
            <dt>Places</dt>
            <dd>{doc.places.join(', ')}</dd>
          </>
        )}
      </dl>
      <Chain doc={doc} />
      {oneSided && (
        <p class="muted">
          Only one side of this document is known; it is shown on that person, not as a line.
        </p>
      )}
      {doc.summary && <p class="summary">{doc.summary}</p>}
      {doc.roles.mentions.length > 0 && (
        <p class="mentions">
          <span class="role-label">mentions</span>
          {doc.roles.mentions.map((ref) => (
            <PersonLink key={ref.person} id={ref.person} />
          ))}
        </p>
      )}
      {doc.topic && <p class="muted">Topic: {doc.topic}</p>}
      {doc.notes.length > 0 && <p class="muted">Notes: {doc.notes.join('; ')}</p>}
      <ReadingNotes notes={doc.readings ?? []} />
      {doc.curated.length > 0 && (
        <p class="muted">Curated beyond the title: {doc.curated.join(', ')}.</p>
      )}
      {doc.url && /^https?:\/\//i.test(doc.url) && (
        <p>
          <a href={doc.url} target="_blank" rel="noopener noreferrer">
            Read the document online
          </a>
        </p>
      )}
      <p class="credit">
        {doc.collection && <span>{doc.collection}. </span>}
        Source: {doc.source || 'not given'}. Record <code>{doc.id}</code>.
      </p>
    </article>
  );
}
