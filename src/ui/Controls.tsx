/**
 * The footer: timeline, play and document types. Wide screens show it whole; a phone shows one
 * row — a "Time & filters" disclosure and what the filters let through — and opens the rest on
 * demand: whole, it took 367 of the phone's 844 px and left the network 341.
 */
import { useRef, useState } from 'preact/hooks';
import { describeDateRange } from '../formats/describe.ts';
import { useAppState } from '../state/context.ts';
import { FilterBar } from './FilterBar.tsx';
import { formatCount, plural } from './format.ts';
import { Timeline } from './Timeline.tsx';

export function Controls() {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent): void => {
    // Escape folds the open controls away (where they fold) before it clears a selection.
    const button = toggle.current;
    if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
    if (!button?.checkVisibility()) return;
    event.preventDefault();
    setOpen(false);
    button.focus();
  };
  return (
    <>
      <div class="controls-row" onKeyDown={onKeyDown}>
        <button
          type="button"
          ref={toggle}
          class="controls-toggle"
          aria-expanded={open}
          aria-controls="controls-body"
          onClick={() => setOpen(!open)}
        >
          Time &amp; filters
        </button>
        <ControlsSummary />
      </div>
      <div id="controls-body" class="controls-body" data-open={open} onKeyDown={onKeyDown}>
        <Timeline />
        <FilterBar />
      </div>
    </>
  );
}

/** One line for the folded controls: the dates, the documents shown, and whether it plays. */
function ControlsSummary() {
  const state = useAppState();
  const { start, end, hiddenTypes } = state.filter.value;
  const { counts } = state.visibility.value;
  const parts = [
    start || end ? describeDateRange(start, end) : 'All dates',
    state.documentsPending
      ? 'loading…'
      : `${formatCount(counts.documents)} of ${plural(counts.totalDocuments, 'document')}`,
  ];
  if (hiddenTypes.size > 0) parts.push(`${plural(hiddenTypes.size, 'type')} hidden`);
  if (state.playing.value) parts.push('playing');
  return <span class="controls-summary">{parts.join(' · ')}</span>;
}
