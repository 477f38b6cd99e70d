/**
 * Entry point. The network is drawn as soon as the graph has loaded; the documents (the larger
 * file) load next and join the same view, so a large archive appears at the speed of its graph.
 */
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SerializedGraph } from 'graphology-types';
import type { CorrespondenceGraph } from '../graph/build.ts';
import { createCorpus, graphFromJson } from '../graph/corpus.ts';
import type { Corpus } from '../graph/corpus.ts';
import { readDocumentsStream } from '../formats/corpus-files.ts';
import { visibilityIndexStep } from '../graph/visibility-index.ts';
import type { BuildReport } from '../graph/report.ts';
import type { CorpusMeta, DocumentEdgeAttributes, PersonAttributes } from '../graph/types.ts';
import { createAppState } from '../state/app-state.ts';
import type { AppState } from '../state/app-state.ts';
import { AppStateContext } from '../state/context.ts';
import { nextTask, whenIdle } from '../render/idle.ts';
import { keepCorpus, lastCorpus, reopenCorpus } from '../state/recent-corpora.ts';
import { applyUrl, syncUrl } from '../state/url.ts';
import { afterNextPaint } from './after-paint.ts';
import { App } from './App.tsx';
import './styles.css';
import './phone.css';

/** A data file's response, once `before` has settled (the body may download meanwhile). */
async function fetchData(path: string, before?: Promise<unknown>): Promise<Response> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  await before;
  return response;
}

async function fetchJson<T>(path: string, before?: Promise<unknown>): Promise<T> {
  return (await (await fetchData(path, before)).json()) as T;
}

/** A file's text as it arrives, decoded piece by piece rather than in one long task. */
async function* fetchText(path: string, before: Promise<unknown>): AsyncGenerator<string> {
  const response = await fetchData(path, before);
  if (!response.body) throw new Error(`${path}: the response has no body`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) yield read.value;
}

interface Loaded {
  corpus: Corpus;
  report: BuildReport | null;
  pending: boolean;
}

/** Holds the current corpus's state; documents arriving or a corpus opened swaps in a fresh one. */
function Root({ initial, documents }: { initial: Loaded; documents: Promise<Loaded> }) {
  const [loaded, setLoaded] = useState(initial);
  const previous = useRef<AppState | null>(null);
  // The state of each load is made while rendering, not in an effect: the network can then be
  // created before the first paint instead of after it.
  const made = useMemo(() => {
    const before = previous.current;
    const sameGraph = before !== null && before.corpus.graph === loaded.corpus.graph;
    const next = createAppState(loaded.corpus, {
      report: loaded.report,
      documentsPending: loaded.pending,
      // Documents joining the same graph keep what the user has done meanwhile.
      carryOver: sameGraph ? before : null,
      replaceCorpus: (result) => {
        // A new corpus has its own people and documents: the old link no longer applies.
        window.history.pushState(null, '', window.location.pathname);
        setLoaded({ ...result, pending: false });
        // Kept in this browser, so a reload opens it again (one reopened is kept already).
        if (!result.keptAs) void keepCorpus(result).catch(() => undefined);
      },
    });
    if (!before || sameGraph) applyUrl(next, window.location.search);
    previous.current = next;
    return next;
  }, [loaded]);
  useEffect(() => {
    void documents.then(setLoaded, (error: unknown) => {
      setLoaded((last) => ({ ...last, pending: false }));
      console.error(`ui/main: the documents could not be loaded: ${(error as Error).message}`);
    });
  }, [documents]);
  // The link is applied again when the documents arrive (a doc= link needs them): until then the
  // URL is left as the user gave it.
  useEffect(() => (made.documentsPending ? undefined : syncUrl(made)), [made]);
  // The search index of a large archive is built in idle moments, not in one long task.
  useEffect(() => whenIdle(() => made.search.prepareStep()), [made]);
  // Likewise the filter's index, once the documents are in: the first filter change then only
  // filters (at 10^5 documents the index is a few hundred milliseconds of work).
  useEffect(
    () => (made.documentsPending ? undefined : whenIdle(() => visibilityIndexStep(made.corpus))),
    [made],
  );
  return (
    <AppStateContext.Provider value={made}>
      <App panelsAfterFirstPaint />
    </AppStateContext.Provider>
  );
}

/** The corpus a reload reopens: the imported one the page showed last, if this browser kept it. */
async function keptCorpus(): Promise<Loaded | null> {
  const last = lastCorpus();
  if (!last) return null;
  const kept = await reopenCorpus(last).catch(() => null);
  return kept ? { ...kept, pending: false } : null;
}

async function start(root: HTMLElement): Promise<void> {
  const kept = await keptCorpus();
  if (kept) {
    root.textContent = '';
    render(<Root initial={kept} documents={Promise.resolve(kept)} />, root);
    return;
  }
  try {
    // All three files download at once, but the documents and the report (tens of megabytes in a
    // large archive) are parsed only once the network is on screen: parsing them first would hold
    // the first drawing back by seconds.
    let drawn: () => void = () => undefined;
    const networkDrawn = new Promise<void>((resolve) => (drawn = resolve));
    const documents = readDocumentsStream(fetchText('data/documents.json', networkDrawn), {
      pause: nextTask,
    });
    const report = fetchJson<BuildReport>('data/report.json', networkDrawn).catch(() => null);
    const graphJson =
      await fetchJson<
        SerializedGraph<PersonAttributes, DocumentEdgeAttributes, Partial<CorpusMeta>>
      >('data/graph.json');
    const graph: CorrespondenceGraph = graphFromJson(graphJson);
    const withDocuments = Promise.all([documents, report]).then(([file, built]) => ({
      corpus: createCorpus(graph, file.documents, file.corpus, file.places),
      report: built,
      pending: false,
    }));
    root.textContent = '';
    render(
      <Root
        initial={{ corpus: createCorpus(graph, []), report: null, pending: true }}
        documents={withDocuments}
      />,
      root,
    );
    afterNextPaint(drawn);
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
