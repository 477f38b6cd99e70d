/** The explorer's frame: search and view switch on top, graph or list, details panel, timeline. */
import { useEffect, useState } from 'preact/hooks';
import { useAppState } from '../state/context.ts';
import { usePaintedFlag } from './after-paint.ts';
import { Controls } from './Controls.tsx';
import { GraphView } from './GraphView.tsx';
import { Legend } from './Legend.tsx';
import { ListView } from './ListView.tsx';
import { Notices } from './Notices.tsx';
import { SearchBox } from './SearchBox.tsx';
import { PanelSheet } from './PanelSheet.tsx';
import { SidePanel } from './SidePanel.tsx';
import { ViewSwitch } from './ViewSwitch.tsx';
import { EmptyState } from './EmptyState.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { MapLoader } from './MapLoader.tsx';

export interface AppProps {
  /**
   * Draw the network first and mount the panels, timeline and legend once it is on screen: on a
   * page load their first render and layout would hold the network back (~150 ms on the default
   * corpus here). Their places keep their size meanwhile, so the canvas is not resized.
   */
  panelsAfterFirstPaint?: boolean;
}

export function App({ panelsAfterFirstPaint = false }: AppProps) {
  const state = useAppState();
  const panels = usePaintedFlag(!panelsAfterFirstPaint);
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (state.selection.peek() || state.hovered.peek()) state.clearSelection();
      else if (state.trace.peek()) state.closeTrace();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state]);
  const view = state.view.value;
  const isGraph = view === 'graph';
  return (
    <div class="app">
      <header class="topbar">
        <h1 class="brand">
          Cablegraph{' '}
          <span class="corpus-name" title={state.corpus.meta.name}>
            {state.corpus.meta.name}
          </span>
        </h1>
        <SearchBox />
        <button
          type="button"
          class="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="topbar-actions"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          Menu
        </button>
        {/* A phone's one-row bar keeps these behind the menu button; wider screens show them. */}
        <div
          id="topbar-actions"
          class="topbar-actions"
          data-open={menuOpen}
          onClick={(event) => {
            if ((event.target as HTMLElement).closest('button')) setMenuOpen(false);
          }}
        >
          <button
            type="button"
            class="trace-button"
            aria-pressed={state.trace.value !== null}
            onClick={() => {
              if (state.trace.peek()) state.closeTrace();
              else {
                state.openTrace();
                state.clearSelection();
              }
            }}
          >
            Trace a channel
          </button>
          <ImportDialog />
          <ExportDialog />
          <ViewSwitch />
        </div>
      </header>
      <Notices />
      <main class="workspace">
        <section
          class="stage"
          aria-label={
            isGraph
              ? 'Correspondence network'
              : view === 'map'
                ? 'Map of the correspondence'
                : 'Documents and people'
          }
        >
          {isGraph ? <GraphView /> : view === 'map' ? <MapLoader /> : <ListView />}
          {panels && isGraph && <Legend />}
          {panels && isGraph && <EmptyState />}
        </section>
        <PanelSheet>{panels && <SidePanel />}</PanelSheet>
      </main>
      <footer class="controls" aria-label="Filters">
        {panels && <Controls />}
      </footer>
    </div>
  );
}
