/**
 * Corpora for the state and component tests: the real default corpus (built by the pure build
 * step, without layout) and tiny hand-made corpora for edge states, plus a render helper that
 * provides an app state through context.
 */
import { render } from '@testing-library/preact';
import { h } from 'preact';
import type { ComponentChild } from 'preact';
import { buildCorpus } from '../../src/data/build/pipeline.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/data/cli/paths.ts';
import { readCorpus } from '../../src/data/io/read-corpus.ts';
import { IssueLog } from '../../src/data/issues.ts';
import { buildCorrespondenceGraph, placementOf } from '../../src/graph/build.ts';
import type { NodeInfo } from '../../src/graph/build.ts';
import { createCorpus } from '../../src/graph/corpus.ts';
import type { Corpus } from '../../src/graph/corpus.ts';
import type { DocumentRecord, DocumentRoles, PartyRef } from '../../src/graph/types.ts';
import type { AppState } from '../../src/state/app-state.ts';
import { AppStateContext } from '../../src/state/context.ts';

/** The default corpus, as the build step makes it (34 documents, no layout). */
export function loadRealCorpus(): Corpus {
  const log = new IssueLog();
  const input = readCorpus(DEFAULT_CORPUS_DIR, log);
  const result = buildCorpus(input, log, { layout: false });
  const errors = log.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) throw new Error(`corpus errors: ${JSON.stringify(errors)}`);
  return createCorpus(result.graph, result.documents, {}, result.places);
}

type RoleNames = Partial<Record<keyof DocumentRoles, string[]>>;

const ref = (person: string): PartyRef => ({ person, asWritten: person, resolvedBy: 'registry' });

function roles(r: RoleNames): DocumentRoles {
  return {
    originators: (r.originators ?? []).map(ref),
    senders: (r.senders ?? []).map(ref),
    via: (r.via ?? []).map(ref),
    recipients: (r.recipients ?? []).map(ref),
    participants: (r.participants ?? []).map(ref),
    mentions: (r.mentions ?? []).map(ref),
  };
}

/** A document record with plain defaults; `parties` names node ids by role. */
export function makeDocument(
  id: string,
  parties: RoleNames,
  overrides: Partial<Omit<DocumentRecord, 'roles' | 'placement'>> = {},
): DocumentRecord {
  const r = roles(parties);
  return {
    id,
    title: id,
    type: 'letter',
    number: null,
    date: { iso: '1950-03-05', precision: 'day', asWritten: '5 March 1950' },
    summary: '',
    collection: 'Test collection',
    source: 'Test archive',
    places: [],
    medium: null,
    topic: null,
    notes: [],
    curated: [],
    origin: { file: 'test.csv', line: 2 },
    ...overrides,
    roles: r,
    placement: placementOf(r),
  };
}

export function makePerson(id: string, label: string, overrides: Partial<NodeInfo> = {}): NodeInfo {
  return {
    id,
    label,
    kind: 'person',
    affiliation: 'Testland',
    role: '',
    aliases: [],
    registered: true,
    ...overrides,
  };
}

export const TINY_DOCUMENT_ID = 'tiny-letter';

/**
 * A corpus of ONE document: Alice Archer writes to Bob Baker and mentions Carol Clark, who has no
 * edge. `doc` overrides fields of the document (title, summary, date…); `people` adds or replaces
 * node information by id.
 */
export function tinyCorpus(
  doc: Partial<Omit<DocumentRecord, 'roles' | 'placement'>> = {},
  people: NodeInfo[] = [],
): Corpus {
  const document = makeDocument(
    TINY_DOCUMENT_ID,
    { senders: ['alice'], recipients: ['bob'], mentions: ['carol'] },
    {
      title: 'Letter, Alice Archer to Bob Baker, 5 March 1950',
      summary: 'Alice asks Bob about Carol.',
      ...doc,
    },
  );
  const defaults = [
    makePerson('alice', 'Alice Archer', { aliases: ['Archer'], affiliation: 'Northland' }),
    makePerson('bob', 'Bob Baker', { affiliation: 'Southland' }),
    makePerson('carol', 'Carol Clark', { affiliation: 'Southland' }),
  ];
  const byId = new Map([...defaults, ...people].map((p) => [p.id, p]));
  // The names as the record writes them: the labels.
  for (const refs of Object.values(document.roles))
    for (const party of refs) party.asWritten = byId.get(party.person)?.label ?? party.person;
  const graph = buildCorrespondenceGraph([document], [...byId.values()]);
  graph.replaceAttributes({ name: 'Tiny corpus' });
  return createCorpus(graph, [document]);
}

/** Render a component inside a provider of `state`. */
export function renderWithState(ui: ComponentChild, state: AppState): ReturnType<typeof render> {
  return render(h(AppStateContext.Provider, { value: state }, ui));
}
