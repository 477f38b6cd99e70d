/** Switch between the network, the map and the list view of the same state. */
import { useAppState } from '../state/context.ts';

export function ViewSwitch() {
  const state = useAppState();
  const view = state.view.value;
  return (
    <div class="view-switch" role="group" aria-label="View">
      <button
        type="button"
        aria-pressed={view === 'graph'}
        onClick={() => (state.view.value = 'graph')}
      >
        Network
      </button>
      <button
        type="button"
        aria-pressed={view === 'list'}
        onClick={() => (state.view.value = 'list')}
      >
        List
      </button>
      <button
        type="button"
        aria-pressed={view === 'map'}
        onClick={() => (state.view.value = 'map')}
      >
        Map
      </button>
    </div>
  );
}
