/**
 * Shareable state in the URL: selection, filters, view and camera, so a link reopens the same view.
 * `person=<name or alias>`, `doc=<id or number>`, `start=`/`end=` (ISO, year or month precision
 * accepted), `types=`, `affiliations=`, `undated=0`, `view=list` or `view=map`,
 * `size=correspondents|betweenness`, `colour=community`, `window=month|year` (the width the
 * timeline plays; quarter unless said), `cam=x,y,ratio`, and a traced
 * channel: `from=<name>&to=<name>` with `mode=time`, `hops=`, `gap=<days>`, `undirected=1`,
 * `undatedRoutes=allow`.
 */
import { effect } from '@preact/signals';
import { daysInMonth, isoBounds } from '../graph/dates.ts';
import { DEFAULT_FILTER } from '../graph/filter.ts';
import { COLOR_BY, DEFAULT_NODE_LOOK, SIZE_BY } from '../formats/scene/look.ts';
import { WINDOW_WIDTHS } from '../graph/time-window.ts';
import type { NodeLook } from '../formats/scene/look.ts';
import type { DocumentFilter } from '../graph/filter.ts';
import type { AppState, Camera } from './app-state.ts';
import { DEFAULT_TRACE_SETTINGS } from './trace.ts';
import type { TraceDraft } from './trace.ts';

const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

function list(value: string | null): string[] | null {
  return value === null
    ? null
    : value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
}

/** Values a link names that the corpus does not have are reported and ignored. */
function knownValues(
  state: AppState,
  name: string,
  values: string[] | null,
  known: ReadonlySet<string>,
): string[] | null {
  if (values === null) return null;
  const unknown = values.filter((v) => !known.has(v));
  if (unknown.length > 0) {
    state.notify(
      `The link names ${name} this corpus does not have (${unknown.join(', ')}); they were ignored.`,
    );
  }
  const kept = values.filter((v) => known.has(v));
  // An empty list hides everything on purpose; a list of only unknown values is ignored.
  return kept.length > 0 || values.length === 0 ? kept : null;
}

/** A real calendar date: "1949-02-31" is not one. */
function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  return day === undefined || day <= daysInMonth(year ?? 0, month ?? 1);
}

/** Resolve a document given by id or by number ("59363"). */
function findDocument(state: AppState, value: string): string | null {
  if (state.corpus.documents.has(value)) return value;
  const byNumber = state.corpus.documentList.filter(
    (doc) => doc.number === value || doc.number?.split(/[-–,\s]+/).includes(value),
  );
  return byNumber.length === 1 ? (byNumber[0]?.id ?? null) : null;
}

/** Read a date parameter, telling the user (politely) when it cannot be used. */
function readDate(state: AppState, params: URLSearchParams, name: 'start' | 'end'): string | null {
  const value = params.get(name);
  if (value === null || value === '') return null;
  if (isCalendarDate(value)) return value;
  state.notify(
    `The ${name} date “${value}” in the link is not a date like 1949, 1949-10 or 1949-10-23, so it was ignored.`,
  );
  return null;
}

/** A person named in a link, or a notice saying there is no such person. */
function findPerson(state: AppState, name: string | null): string | null {
  if (!name) return null;
  const id = state.search.findPerson(name);
  if (!id)
    state.notify(
      `No one called “${name}” in ${state.corpus.meta.name}. Try the search box: it knows aliases too.`,
    );
  return id;
}

/** The channel of a link (`from`, `to` and options), or null when the link traces nothing. */
function readTrace(state: AppState, params: URLSearchParams): TraceDraft | null {
  if (!params.has('from') && !params.has('to')) return null;
  const hops = Number(params.get('hops'));
  const gap = params.get('gap');
  return {
    from: findPerson(state, params.get('from')),
    to: findPerson(state, params.get('to')),
    mode: params.get('mode') === 'time' ? 'time' : 'relayed',
    maxHops:
      Number.isInteger(hops) && hops >= 1 && hops <= 6 ? hops : DEFAULT_TRACE_SETTINGS.maxHops,
    undirected: params.get('undirected') === '1',
    maxGapDays:
      gap !== null && Number.isFinite(Number(gap)) && Number(gap) >= 0 ? Number(gap) : null,
    undated: params.get('undatedRoutes') === 'allow' ? 'allow' : 'exclude',
  };
}

/** A choice the link names, if it is one of the given; a notice and the default otherwise. */
function readChoice<T extends string>(
  state: AppState,
  params: URLSearchParams,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = params.get(name);
  if (value === null || value === '') return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  state.notify(
    `The link's ${name} “${value}” is not one of ${choices.join(', ')}; ${fallback} is shown.`,
  );
  return fallback;
}

/** Size and colour as the link chooses them. */
function readLook(state: AppState, params: URLSearchParams): NodeLook {
  return {
    sizeBy: readChoice(state, params, 'size', SIZE_BY, DEFAULT_NODE_LOOK.sizeBy),
    colorBy: readChoice(state, params, 'colour', COLOR_BY, DEFAULT_NODE_LOOK.colorBy),
  };
}

/** Apply a URL's parameters to the state. Unknown names and ids become visible notices. */
export function applyUrl(state: AppState, search: string): void {
  const params = new URLSearchParams(search);
  const allTypes = new Set(state.corpus.documentList.map((d) => d.type));
  const allAffiliations = new Set(state.palette.keys());
  const types = knownValues(state, 'document types', list(params.get('types')), allTypes);
  const affiliations = knownValues(
    state,
    'affiliations',
    list(params.get('affiliations')),
    allAffiliations,
  );
  let start = readDate(state, params, 'start');
  let end = readDate(state, params, 'end');
  const startDay = isoBounds(start)?.[0];
  const endDay = isoBounds(end)?.[1];
  if (startDay && endDay && startDay > endDay) {
    state.notify(`The link's dates run backwards (${start} to ${end}); they were swapped.`);
    [start, end] = [end, start];
  }
  const filter: DocumentFilter = {
    start,
    end,
    hiddenTypes: types
      ? new Set([...allTypes].filter((t) => !types.includes(t)))
      : DEFAULT_FILTER.hiddenTypes,
    hiddenAffiliations: affiliations
      ? new Set([...allAffiliations].filter((a) => !affiliations.includes(a)))
      : DEFAULT_FILTER.hiddenAffiliations,
    includeUndated: params.get('undated') !== '0',
  };
  state.filter.value = filter;
  const view = params.get('view');
  state.view.value = view === 'list' || view === 'map' ? view : 'graph';
  state.look.value = readLook(state, params);
  // A link never starts playing by itself: play is the reader's choice.
  state.pause();
  state.windowWidth.value = readChoice(state, params, 'window', WINDOW_WIDTHS, 'quarter');
  const cam = list(params.get('cam'))?.map(Number);
  state.camera.value =
    cam && cam.length === 3 && cam.every(Number.isFinite)
      ? { x: cam[0] ?? 0.5, y: cam[1] ?? 0.5, ratio: cam[2] ?? 1 }
      : null;
  const person = params.get('person');
  const doc = params.get('doc');
  state.selection.value = null;
  state.trace.value = readTrace(state, params);
  if (doc && state.documentsPending) {
    // The records are still loading; the link is applied again when they arrive.
  } else if (doc) {
    const id = findDocument(state, doc);
    if (id) state.selectDocument(id);
    else
      state.notify(
        `No document “${doc}” in ${state.corpus.meta.name}. Search by title words or number to find it.`,
      );
  } else if (person) {
    const id = state.search.findPerson(person);
    if (id) state.selectPerson(id);
    else
      state.notify(
        `No one called “${person}” in ${state.corpus.meta.name}. Try the search box: it knows aliases too.`,
      );
  }
}

const round = (n: number): string => String(Math.round(n * 10000) / 10000);

/** The URL query for the current state (empty parameters left out). */
export function stateToQuery(state: AppState, camera: Camera | null = state.camera.value): string {
  const params = new URLSearchParams();
  const selection = state.selection.value;
  if (selection?.kind === 'person')
    params.set('person', state.corpus.graph.getNodeAttribute(selection.id, 'label'));
  if (selection?.kind === 'document') params.set('doc', selection.id);
  const filter = state.filter.value;
  if (filter.start) params.set('start', filter.start);
  if (filter.end) params.set('end', filter.end);
  if (filter.hiddenTypes.size > 0) {
    const shown = [...new Set(state.corpus.documentList.map((d) => d.type))].filter(
      (t) => !filter.hiddenTypes.has(t),
    );
    params.set('types', shown.join(','));
  }
  if (filter.hiddenAffiliations.size > 0) {
    params.set(
      'affiliations',
      [...state.palette.keys()].filter((a) => !filter.hiddenAffiliations.has(a)).join(','),
    );
  }
  if (!filter.includeUndated) params.set('undated', '0');
  const trace = state.trace.value;
  if (trace) {
    const label = (id: string | null): string =>
      id ? state.corpus.graph.getNodeAttribute(id, 'label') : '';
    params.set('from', label(trace.from));
    params.set('to', label(trace.to));
    if (trace.mode !== DEFAULT_TRACE_SETTINGS.mode) params.set('mode', trace.mode);
    if (trace.maxHops !== DEFAULT_TRACE_SETTINGS.maxHops) params.set('hops', String(trace.maxHops));
    if (trace.maxGapDays !== null) params.set('gap', String(trace.maxGapDays));
    if (trace.undirected) params.set('undirected', '1');
    if (trace.undated === 'allow') params.set('undatedRoutes', 'allow');
  }
  if (state.view.value !== 'graph') params.set('view', state.view.value);
  const look = state.look.value;
  if (look.sizeBy !== DEFAULT_NODE_LOOK.sizeBy) params.set('size', look.sizeBy);
  if (look.colorBy !== DEFAULT_NODE_LOOK.colorBy) params.set('colour', look.colorBy);
  if (state.windowWidth.value !== 'quarter') params.set('window', state.windowWidth.value);
  if (camera) params.set('cam', [camera.x, camera.y, camera.ratio].map(round).join(','));
  return params.toString().replace(/%2C/g, ',');
}

export interface SyncUrlOptions {
  /**
   * Filter and camera changes come in bursts (a timeline drag, a pan): the URL is replaced once
   * they have been quiet this long. Browsers also ignore history calls made too often.
   */
  replaceAfterMs: number;
}

export const DEFAULT_SYNC_URL_OPTIONS: SyncUrlOptions = { replaceAfterMs: 300 };

/**
 * Keep the URL in step with the state: a new history entry when the selection changes (so Back
 * undoes it), a replaced one for filters and camera once they settle; Back and Forward re-apply
 * the URL.
 */
export function syncUrl(
  state: AppState,
  win: Window = window,
  options: Partial<SyncUrlOptions> = {},
): () => void {
  const { replaceAfterMs } = { ...DEFAULT_SYNC_URL_OPTIONS, ...options };
  let lastSelection = state.selection.peek();
  let applying = false;
  let first = true;
  let replaceTimer: ReturnType<typeof setTimeout> | undefined;
  let waiting: string | null = null;
  const replaceNow = (): void => {
    clearTimeout(replaceTimer);
    if (waiting !== null) win.history.replaceState(null, '', waiting);
    waiting = null;
  };
  const stop = effect(() => {
    const query = stateToQuery(state);
    const selection = state.selection.value;
    if (applying) return;
    const url = `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
    const changed = selection?.kind !== lastSelection?.kind || selection?.id !== lastSelection?.id;
    lastSelection = selection;
    // A new entry carries the latest query: a replacement still waiting would only repeat it.
    clearTimeout(replaceTimer);
    waiting = null;
    if (changed) win.history.pushState(null, '', url);
    else if (first) win.history.replaceState(null, '', url);
    else {
      waiting = url;
      replaceTimer = setTimeout(replaceNow, replaceAfterMs);
    }
    first = false;
  });
  const onPop = (): void => {
    // A replacement still waiting belongs to the entry just left.
    clearTimeout(replaceTimer);
    waiting = null;
    applying = true;
    applyUrl(state, win.location.search);
    lastSelection = state.selection.peek();
    applying = false;
  };
  win.addEventListener('popstate', onPop);
  // Leaving or reloading the page right after a change keeps it in the URL.
  win.addEventListener('pagehide', replaceNow);
  return () => {
    stop();
    clearTimeout(replaceTimer);
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('pagehide', replaceNow);
  };
}
