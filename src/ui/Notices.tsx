/** Polite messages, e.g. for a link naming someone not in the corpus. */
import { useAppState } from '../state/context.ts';

export function Notices() {
  const state = useAppState();
  const notices = state.notices.value;
  return (
    <div class="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <p key={notice.id} class="notice">
          <span>{notice.text}</span>
          <button
            type="button"
            class="close"
            onClick={() => state.dismissNotice(notice.id)}
            aria-label="Dismiss this message"
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
