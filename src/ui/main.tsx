/** Entry point: load the built corpus, create the state, apply the URL, render the explorer. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SerializedGraph } from 'graphology-types';
import { corpusFromJson } from '../graph/corpus.ts';
import type { Corpus, DocumentsFile } from '../graph/corpus.ts';
import type { BuildReport } from '../graph/report.ts';
import type { DocumentEdgeAttributes, PersonAttributes } from '../graph/types.ts';
import { createAppState } from '../state/app-state.ts';
import type { AppState } from '../state/app-state.ts';
import { AppStateContext } from '../state/context.ts';
import { applyUrl, syncUrl } from '../state/url.ts';
import { App } from './App.tsx';
import './styles.css';

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return (await response.json()) as T;
}

/** Holds the current corpus's state; opening another corpus swaps it for a fresh one. */
function Root({ initial }: { initial: { corpus: Corpus; report: BuildReport | null } }) {
  const [loaded, setLoaded] = useState(initial);
  const [state, setState] = useState<AppState | null>(null);
  useEffect(() => {
    const next = createAppState(loaded.corpus, {
      report: loaded.report,
      replaceCorpus: (result) => {
        // A new corpus has its own people and documents: the old link no longer applies.
        window.history.pushState(null, '', window.location.pathname);
        setLoaded(result);
      },
    });
    if (loaded === initial) applyUrl(next, window.location.search);
    setState(next);
    return syncUrl(next);
  }, [loaded, initial]);
  if (!state) return null;
  return (
    <AppStateContext.Provider value={state}>
      <App />
    </AppStateContext.Provider>
  );
}

async function start(root: HTMLElement): Promise<void> {
  try {
    const [graphJson, documentsJson, report] = await Promise.all([
      fetchJson<SerializedGraph<PersonAttributes, DocumentEdgeAttributes>>('data/graph.json'),
      fetchJson<DocumentsFile>('data/documents.json'),
      fetchJson<BuildReport>('data/report.json').catch(() => null),
    ]);
    root.textContent = '';
    render(<Root initial={{ corpus: corpusFromJson(graphJson, documentsJson), report }} />, root);
  } catch (error) {
    root.textContent = '';
    render(
      <div class="load-error" role="alert">
        <h1>Cablegraph could not load its data</h1>
        <p>{(error as Error).message}</p>
        <p>
          Build it with <code>npm run build:data</code> (or start with <code>npm start</code>), then
          reload.
        </p>
      </div>,
      root,
    );
  }
}

const root = document.getElementById('app');
if (root) void start(root);
