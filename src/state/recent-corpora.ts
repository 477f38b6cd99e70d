/**
 * Corpora the reader opened, kept in this browser's own storage (IndexedDB), never sent anywhere:
 * an imported corpus survives a reload, and "Recent corpora" reopens or forgets one. The page's
 * last choice (an imported corpus, or none for the built-in one) is remembered with them.
 */
import type { SerializedGraph } from 'graphology-types';
import { corpusFromJson } from '../graph/corpus.ts';
import type { Corpus } from '../graph/corpus.ts';
import type { BuildReport } from '../graph/report.ts';
import type { DocumentEdgeAttributes, PersonAttributes } from '../graph/types.ts';

const DB_NAME = 'cablegraph';
const STORE = 'corpora';
const LAST_KEY = 'cablegraph:last-corpus';
/** Older corpora are forgotten beyond this many: each may hold tens of megabytes. */
const KEEP = 5;

export interface RecentCorpus {
  id: string;
  name: string;
  documents: number;
  savedAt: string;
}

interface Stored extends RecentCorpus {
  graph: SerializedGraph<PersonAttributes, DocumentEdgeAttributes>;
  corpus: Corpus['meta'];
  records: Corpus['documentList'];
  report: BuildReport;
  /** Absent in corpora kept before the map. */
  places?: Corpus['places'];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new Error(`state/recent-corpora: ${String(req.error)}`));
  });
}

async function store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
  const db = await request(open);
  return db.transaction(STORE, mode).objectStore(STORE);
}

/** The corpora kept, newest first. */
export async function listRecent(): Promise<RecentCorpus[]> {
  const all = (await request((await store('readonly')).getAll())) as Stored[];
  return all
    .map(({ id, name, documents, savedAt }) => ({ id, name, documents, savedAt }))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** Keep an opened corpus and make it the one a reload opens; returns its id. */
export async function keepCorpus(opened: { corpus: Corpus; report: BuildReport }): Promise<string> {
  const { corpus, report } = opened;
  const savedAt = new Date().toISOString();
  const id = `${corpus.meta.slug || 'corpus'}-${savedAt}`;
  const entry: Stored = {
    id,
    name: corpus.meta.name,
    documents: corpus.documentList.length,
    savedAt,
    graph: corpus.graph.export(),
    corpus: corpus.meta,
    records: corpus.documentList,
    report,
    places: corpus.places,
  };
  await request((await store('readwrite')).put(entry));
  for (const old of (await listRecent()).slice(KEEP)) await forgetCorpus(old.id);
  rememberLast(id);
  return id;
}

/** A kept corpus, rebuilt; null when it is no longer there. */
export async function reopenCorpus(
  id: string,
): Promise<{ corpus: Corpus; report: BuildReport } | null> {
  const entry = (await request((await store('readonly')).get(id))) as Stored | undefined;
  if (!entry) return null;
  const corpus = corpusFromJson(entry.graph, {
    corpus: entry.corpus,
    documents: [...entry.records],
    ...(entry.places ? { places: entry.places } : {}),
  });
  rememberLast(id);
  return { corpus, report: entry.report };
}

export async function forgetCorpus(id: string): Promise<void> {
  await request((await store('readwrite')).delete(id));
  if (lastCorpus() === id) rememberLast(null);
}

/** The kept corpus the page showed last; null for the built-in one. */
export function lastCorpus(): string | null {
  try {
    return localStorage.getItem(LAST_KEY);
  } catch {
    return null;
  }
}

export function rememberLast(id: string | null): void {
  try {
    if (id) localStorage.setItem(LAST_KEY, id);
    else localStorage.removeItem(LAST_KEY);
  } catch {
    // Storage refused (private browsing): the corpus is simply not remembered.
  }
}
