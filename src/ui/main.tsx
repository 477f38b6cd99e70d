/** Entry point: load the built corpus, create the state, apply the URL, render the explorer. */
import { render } from 'preact';
import type { SerializedGraph } from 'graphology-types';
import { corpusFromJson } from '../graph/corpus.ts';
import type { DocumentsFile } from '../graph/corpus.ts';
import type { DocumentEdgeAttributes, PersonAttributes } from '../graph/types.ts';
import { createAppState } from '../state/app-state.ts';
import { AppStateContext } from '../state/context.ts';
import { applyUrl, syncUrl } from '../state/url.ts';
import { App } from './App.tsx';
import './styles.css';

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return (await response.json()) as T;
}

async function start(root: HTMLElement): Promise<void> {
  try {
    const [graphJson, documentsJson] = await Promise.all([
      fetchJson<SerializedGraph<PersonAttributes, DocumentEdgeAttributes>>('data/graph.json'),
      fetchJson<DocumentsFile>('data/documents.json'),
    ]);
    const state = createAppState(corpusFromJson(graphJson, documentsJson));
    applyUrl(state, window.location.search);
    syncUrl(state);
    root.textContent = '';
    render(
      <AppStateContext.Provider value={state}>
        <App />
      </AppStateContext.Provider>,
      root,
    );
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
