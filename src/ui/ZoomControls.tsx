/**
 * Zoom in, zoom out and fit the network, as buttons over the canvas and as keys (+, −, 0) anywhere
 * on the page outside a text field: the mouse wheel and a pinch are not everyone's.
 */
import { useEffect } from 'preact/hooks';
import type { Renderer } from '../render/renderer.ts';

/** What the buttons move: the network's renderer or the map's camera. */
export type Zoomable = Pick<Renderer, 'zoom' | 'resetCamera'>;

const KEYS: Record<string, (renderer: Zoomable) => void> = {
  '+': (renderer) => renderer.zoom('in'),
  '=': (renderer) => renderer.zoom('in'),
  '-': (renderer) => renderer.zoom('out'),
  _: (renderer) => renderer.zoom('out'),
  '0': (renderer) => renderer.resetCamera(),
};

/** Whether a key press belongs to a field (typing "0" in the days box must not move the camera). */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function ZoomControls({
  renderer,
  what = 'the network',
}: {
  renderer: { current: Zoomable | null };
  what?: string;
}) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const action = KEYS[event.key];
      // Ctrl/Cmd with + or − is the browser's own page zoom.
      if (!action || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target))
        return;
      if (!renderer.current || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      action(renderer.current);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [renderer]);
  return (
    <div class="zoom-controls" role="group" aria-label="Zoom">
      <button
        type="button"
        aria-label="Zoom in"
        title="Zoom in (+)"
        onClick={() => renderer.current?.zoom('in')}
      >
        +
      </button>
      <button
        type="button"
        aria-label="Zoom out"
        title="Zoom out (−)"
        onClick={() => renderer.current?.zoom('out')}
      >
        −
      </button>
      <button
        type="button"
        aria-label={`Fit ${what}`}
        title={`Fit ${what} (0)`}
        onClick={() => renderer.current?.resetCamera()}
      >
        <span aria-hidden="true">⤢</span>
      </button>
    </div>
  );
}
