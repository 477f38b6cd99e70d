/**
 * Play through time: a window of a month, a quarter or a year steps through the corpus, the
 * network and every view following the filter it sets. Play, pause and step by buttons or keys
 * (←/→ step, space plays or pauses, while the controls have focus); play stops at the end. Play
 * only ever starts when asked: a link keeps the window, never the playing.
 */
import { useEffect } from 'preact/hooks';
import { describeDateRange } from '../formats/describe.ts';
import { WINDOW_WIDTHS } from '../graph/time-window.ts';
import type { WindowWidth } from '../graph/time-window.ts';
import { useAppState } from '../state/context.ts';

/** Time each window stays on screen while playing: long enough to read the counts. */
export const STEP_MS = 1200;

const WIDTH_LABELS: Record<WindowWidth, string> = {
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
};

export function TimelinePlay() {
  const state = useAppState();
  const playing = state.playing.value;
  const filter = state.filter.value;
  // Each step re-arms the timer once the filter it set is in: a slow drawing slows the play
  // instead of queueing steps behind it.
  useEffect(() => {
    if (!playing) return undefined;
    const timer = setTimeout(() => state.stepWindow(1), STEP_MS);
    return () => clearTimeout(timer);
  }, [state, playing, filter]);
  // Leaving the explorer (another corpus opened) stops the play.
  useEffect(() => () => state.pause(), [state]);
  const toggle = (): void => (playing ? state.pause() : state.play());
  const onKeyDown = (event: KeyboardEvent): void => {
    if ((event.target as HTMLElement).tagName === 'SELECT') return;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      state.pause();
      state.stepWindow(event.key === 'ArrowLeft' ? -1 : 1);
    } else if (event.key === ' ') {
      // Space plays or pauses from any of these buttons, not only the play button.
      event.preventDefault();
      toggle();
    }
  };
  // A space's keyup would click the focused button a second time.
  const onKeyUp = (event: KeyboardEvent): void => {
    if (event.key === ' ' && (event.target as HTMLElement).tagName === 'BUTTON')
      event.preventDefault();
  };
  const shown = filter.start || filter.end ? describeDateRange(filter.start, filter.end) : '';
  return (
    <div
      class="timeline-play"
      role="group"
      aria-label="Play through time"
      onKeyDown={onKeyDown}
      onKeyUp={onKeyUp}
    >
      <StepButton direction={-1} />
      <button type="button" class="play" title="Play or pause (space)" onClick={toggle}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <StepButton direction={1} />
      <label>
        Window{' '}
        <select
          value={state.windowWidth.value}
          onChange={(e) =>
            (state.windowWidth.value = (e.target as HTMLSelectElement).value as WindowWidth)
          }
        >
          {WINDOW_WIDTHS.map((width) => (
            <option key={width} value={width}>
              {WIDTH_LABELS[width]}
            </option>
          ))}
        </select>
      </label>
      <span class="visually-hidden" role="status" aria-live="polite">
        {playing || shown ? `${shown}${playing ? ', playing' : ''}` : ''}
      </span>
    </div>
  );
}

/** Step the window back or forward a width; a step by hand ends the play. */
function StepButton({ direction }: { direction: -1 | 1 }) {
  const state = useAppState();
  const back = direction < 0;
  return (
    <button
      type="button"
      aria-label={back ? 'Step back' : 'Step forward'}
      title={back ? 'Step back (←)' : 'Step forward (→)'}
      onClick={() => {
        state.pause();
        state.stepWindow(direction);
      }}
    >
      {back ? '◀' : '▶'}
    </button>
  );
}
