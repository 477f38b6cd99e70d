/**
 * "Recent corpora": the corpora opened in this browser (kept in its own storage, never uploaded),
 * to reopen or forget, and the way back to the built-in corpus.
 */
import { useEffect, useState } from 'preact/hooks';
import { useAppState } from '../state/context.ts';
import {
  forgetCorpus,
  lastCorpus,
  listRecent,
  rememberLast,
  reopenCorpus,
} from '../state/recent-corpora.ts';
import type { RecentCorpus } from '../state/recent-corpora.ts';
import { plural } from './format.ts';

export function RecentCorpora() {
  const state = useAppState();
  const [recent, setRecent] = useState<RecentCorpus[]>([]);
  const refresh = (): void => void listRecent().then(setRecent, () => setRecent([]));
  useEffect(refresh, [state.corpus]);
  const current = lastCorpus();
  if (recent.length === 0) return null;
  return (
    <section aria-labelledby="recent-heading">
      <h3 id="recent-heading" class="section-title">
        Recent corpora
      </h3>
      <p class="muted">Kept in this browser only.</p>
      <ul class="recent">
        {recent.map((entry) => (
          <li key={entry.id}>
            <span>
              {entry.name} <span class="muted">({plural(entry.documents, 'document')})</span>
            </span>
            {entry.id !== current && (
              <button
                type="button"
                class="link"
                aria-label={`Open ${entry.name}`}
                onClick={() =>
                  void reopenCorpus(entry.id).then((kept) => {
                    if (kept) state.replaceCorpus?.({ ...kept, keptAs: entry.id });
                  })
                }
              >
                Open
              </button>
            )}
            <button
              type="button"
              class="link"
              aria-label={`Forget ${entry.name}`}
              onClick={() => void forgetCorpus(entry.id).then(refresh)}
            >
              Forget
            </button>
          </li>
        ))}
      </ul>
      {current && (
        <button
          type="button"
          class="link"
          onClick={() => {
            rememberLast(null);
            window.location.reload();
          }}
        >
          Open the built-in corpus
        </button>
      )}
    </section>
  );
}
