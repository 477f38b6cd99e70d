/**
 * How a record was read, for the historian to check: the title reader's notes and how names were
 * tied to people ("'Molotoff' read as Vyacheslav Molotov (spelling)"). Open when one needs checking.
 */
import type { ReadingNote } from '../graph/types.ts';
import './readings.css';

export function ReadingNotes({ notes }: { notes: readonly ReadingNote[] }) {
  if (notes.length === 0) return null;
  const checks = notes.filter((note) => note.check).length;
  return (
    <details class="readings" open={checks > 0}>
      <summary>How this record was read{checks > 0 ? ` — ${checks} to check` : ''}</summary>
      <ul>
        {notes.map((note) => (
          <li key={note.text} class={note.check ? 'check' : undefined}>
            {note.check && <strong>Check: </strong>}
            {note.text}
          </li>
        ))}
      </ul>
      <p class="muted">
        A wrong reading is corrected in the corpus file's curation columns (senders, recipients,
        via, originators, participants).
      </p>
    </details>
  );
}
