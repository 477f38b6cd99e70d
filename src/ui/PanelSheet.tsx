/**
 * The details panel's frame. Beside the network on wide screens; below ~700 px (phones) a bottom
 * sheet over it: resting as a strip with the panel's heading, opening to a readable height when
 * something is selected or traced, dragged up or down by its handle (or tapped, or moved with the
 * arrow keys), dismissed by dragging it down. The CSS decides which it is; the state is kept
 * either way, so turning a tablet does not lose it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../state/context.ts';

/** Heights of the sheet as fractions of the window: at rest it shows just its heading. */
const OPEN = 0.55;
const FULL = 0.92;
/** Dragged below this fraction, the sheet goes back to rest (and lets go of the selection). */
const DISMISS_BELOW = 0.22;

type SheetHeight = 'rest' | number;

export function PanelSheet({ children }: { children: ComponentChildren }) {
  const state = useAppState();
  const [height, setHeight] = useState<SheetHeight>('rest');
  const drag = useRef<{ pointer: number; moved: boolean } | null>(null);
  // A drag ends with a click on the handle too: that click is not a tap.
  const dragged = useRef(false);
  const selection = state.selection.value;
  const trace = state.trace.value;
  // Something to read: the sheet opens to a readable height (it keeps a taller one).
  useEffect(() => {
    if (selection || trace) setHeight((h) => (h === 'rest' || h < OPEN ? OPEN : h));
    else setHeight('rest');
  }, [selection, trace]);
  const settle = (fraction: number): void => {
    if (fraction < DISMISS_BELOW) {
      setHeight('rest');
      state.clearSelection();
    } else setHeight(Math.min(FULL, fraction));
  };
  const fractionAt = (clientY: number): number => 1 - clientY / window.innerHeight;
  const style =
    height === 'rest' ? undefined : { '--sheet-height': `${Math.round(height * 100)}dvh` };
  return (
    <aside
      class="panel"
      aria-label="Details"
      data-sheet={height === 'rest' ? 'rest' : 'open'}
      style={style}
    >
      <button
        type="button"
        class="sheet-handle"
        aria-label={height === 'rest' ? 'Open the details' : 'Drag or tap to resize the details'}
        aria-expanded={height !== 'rest'}
        onPointerDown={(event) => {
          drag.current = { pointer: event.pointerId, moved: false };
          (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
        }}
        onPointerMove={(event) => {
          if (drag.current?.pointer !== event.pointerId) return;
          drag.current.moved = true;
          setHeight(Math.max(0.08, Math.min(FULL, fractionAt(event.clientY))));
        }}
        onPointerUp={(event) => {
          if (drag.current?.pointer !== event.pointerId) return;
          dragged.current = drag.current.moved;
          drag.current = null;
          if (dragged.current) settle(fractionAt(event.clientY));
        }}
        onClick={() => {
          if (dragged.current) {
            dragged.current = false;
            return;
          }
          setHeight((h) => (h === 'rest' ? OPEN : h < FULL ? FULL : 'rest'));
        }}
        onKeyDown={(event) => {
          const step = event.key === 'ArrowUp' ? 0.15 : event.key === 'ArrowDown' ? -0.15 : 0;
          if (!step) return;
          event.preventDefault();
          settle((height === 'rest' ? 0.1 : height) + step);
        }}
      >
        <span aria-hidden="true" />
      </button>
      <div class="panel-content">{children}</div>
    </aside>
  );
}
