import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/graph/corpus.ts';
import { createAppState } from '../../src/state/app-state.ts';
import type { AppState } from '../../src/state/app-state.ts';
import { SidePanel } from '../../src/ui/SidePanel.tsx';
import {
  loadRealCorpus,
  makePerson,
  renderWithState,
  tinyCorpus,
} from '../helpers/corpus-fixture.ts';
import { handCorpus, handDoc } from '../helpers/hand-corpus.ts';
import { assignMeasures } from '../../src/graph/measures/index.ts';
import { createCorpus } from '../../src/graph/corpus.ts';
import { nodeLookFunctions } from '../../src/formats/scene/look.ts';

let corpus: Corpus;
beforeAll(() => {
  corpus = loadRealCorpus();
});
afterEach(cleanup);

function showPerson(id: string, c: Corpus = corpus, prepare?: (state: AppState) => void) {
  const state = createAppState(c);
  prepare?.(state);
  state.selectPerson(id);
  renderWithState(<SidePanel />, state);
  return state;
}

const fact = (term: string): string | null =>
  screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent ?? null;

/** The entries of a correspondence group: date, relation and title of each. */
function entries(group: HTMLElement): { date: string; relation: string; text: string }[] {
  return within(group)
    .getAllByRole('button')
    .filter((b) => b.classList.contains('doc-link'))
    .map((b) => ({
      date: b.querySelector('.doc-date')?.textContent ?? '',
      relation: b.querySelector('.relation')?.textContent ?? '',
      text: b.textContent ?? '',
    }));
}

const groupNames = (): string[] =>
  screen
    .getAllByRole('region')
    .map((r) => r.getAttribute('aria-label') ?? '')
    .filter(Boolean);

describe('ui/PersonPanel: Joseph Stalin', () => {
  it('shows the name, affiliation, role counts and aliases including Filippov', () => {
    showPerson('stalin');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Joseph Stalin');
    expect(fact('Affiliation')).toBe('USSR');
    const aliases = (fact('Also written') ?? '').split(' · ');
    expect(aliases).toContain('Filippov');
    expect(aliases).toContain('I.V. Stalin');
    expect(fact('Documents')).toBe('sent 2, received 14, originated 1, mentioned in 1');
    expect(screen.queryByText(/No line in the network/)).toBeNull();
    expect(screen.queryByText(/Not in the people registry/)).toBeNull();
  });

  it('groups correspondence by correspondent, largest groups first', () => {
    showPerson('stalin');
    expect(groupNames().slice(0, 4)).toEqual([
      'With Kim Il Sung',
      'With Mao Zedong',
      'With Vyacheslav Molotov',
      'With Terentii Shtykov',
    ]);
    expect(groupNames().at(-1)).toBe('Mentioned in');
    const sizes = groupNames().map((name) => {
      const count = screen.getByRole('region', { name }).querySelector('h4 .count');
      return Number(count?.textContent?.split(' ')[0]);
    });
    const correspondents = sizes.slice(0, -1);
    expect(correspondents).toEqual([...correspondents].sort((a, b) => b - a));
  });

  it('the Molotov group lists the two September 1947 documents first, in date order', () => {
    showPerson('stalin');
    const group = screen.getByRole('region', { name: 'With Vyacheslav Molotov' });
    expect(within(group).getByRole('heading', { level: 4 }).textContent).toBe(
      'With Vyacheslav Molotov 4 documents',
    );
    const list = entries(group);
    expect(list.map((e) => e.date)).toEqual([
      '18 September 1947',
      '20 September 1947',
      '29 October 1947',
      '11 March 1949',
    ]);
    expect(list[0]?.text).toContain('Ciphered Telegram, Molotov to Cde. Stalin, 18 September 1947');
    expect(list[1]?.text).toContain('Ciphered Telegram, Molotov to Cde. Stalin, 20 September 1947');
    expect(new Set(list.map((e) => e.relation))).toEqual(new Set(['from']));
  });

  it('undated documents come last in their group', () => {
    showPerson('stalin');
    const dates = entries(screen.getByRole('region', { name: 'With Kim Il Sung' })).map(
      (e) => e.date,
    );
    expect(dates).toEqual(['22 September 1948', '8 July 1950', '28 September 1950', 'Undated']);
  });

  it('clicking an entry opens its record; clicking the correspondent opens them', () => {
    const state = showPerson('stalin');
    const group = screen.getByRole('region', { name: 'With Vyacheslav Molotov' });
    fireEvent.click(within(group).getByRole('button', { name: /20 September 1947/ }));
    expect(state.selection.value).toEqual({
      kind: 'document',
      id: '1947-09-20-molotov-stalin',
      edge: null,
    });
    act(() => state.selectPerson('stalin'));
    const again = screen.getByRole('region', { name: 'With Vyacheslav Molotov' });
    fireEvent.click(within(again).getByRole('button', { name: 'Vyacheslav Molotov' }));
    expect(state.selection.value).toEqual({ kind: 'person', id: 'molotov' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Vyacheslav Molotov');
  });

  it('within a filter, lists only the documents the filter shows', () => {
    showPerson('stalin', corpus, (s) =>
      s.setFilter({ start: '1947', end: '1947', includeUndated: false }),
    );
    expect(
      screen.getByRole('heading', { level: 3, name: 'Correspondence (within the filters)' }),
    ).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'With Mao Zedong' })).toBeNull();
    expect(entries(screen.getByRole('region', { name: 'With Vyacheslav Molotov' }))).toHaveLength(
      3,
    );
  });

  it('says so when the filter leaves none of their documents', () => {
    showPerson('stalin', corpus, (s) => s.setFilter({ start: '1951', includeUndated: false }));
    expect(screen.getByText('No document within the current filters.')).toBeTruthy();
    expect(groupNames()).toEqual([]);
  });

  it('the close button clears the selection', () => {
    const state = showPerson('stalin');
    fireEvent.click(screen.getByRole('button', { name: 'Close the person panel' }));
    expect(state.selection.value).toBeNull();
  });
});

describe('ui/PersonPanel: one-sided and mention-only people', () => {
  it("Vyshinsky's documents with no known other side have their own group", () => {
    showPerson('vyshinsky');
    const unknown = screen.getByRole('region', { name: 'Other side unknown' });
    const list = entries(unknown);
    expect(list.map((e) => [e.date, e.relation])).toEqual([
      ['23 October 1947', 'received'],
      ['29 October 1947', 'sent'],
    ]);
    expect(list[1]?.text).toContain('Telegram No. 418 from Vyshinsky, 29 October 1947');
    const mentioned = screen.getByRole('region', { name: 'Mentioned in' });
    expect(entries(mentioned).map((e) => e.relation)).toEqual(['mentioned', 'mentioned']);
    expect(groupNames()).toEqual([
      'With Terentii Shtykov',
      'With Andrei Gromyko',
      'Other side unknown',
      'Mentioned in',
    ]);
  });

  it('Kim Il, only mentioned, shows "Mentioned in" and no line in the network', () => {
    showPerson('kim-il');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Kim Il');
    expect(fact('Documents')).toBe('mentioned in 1');
    expect(screen.queryByText('Also written', { selector: 'dt' })).toBeNull();
    expect(
      screen.getByText(
        'No line in the network: no document links Kim Il to a known correspondent.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('A different person from Kim Il Sung.')).toBeTruthy();
    const group = screen.getByRole('region', { name: 'Mentioned in' });
    const [entry, ...rest] = entries(group);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ date: '15 May 1949', relation: 'mentioned' });
    expect(entry?.text).toContain('Telegram, Shtykov to Vyshinsky, 15 May 1949');
    expect(groupNames()).toEqual(['Mentioned in']);
  });

  it('in a corpus of one document: the mentioned person and an unregistered one', () => {
    const tiny = tinyCorpus({}, [makePerson('carol', 'Carol Clark', { registered: false })]);
    showPerson('carol', tiny);
    expect(screen.getByText(/Not in the people registry/)).toBeTruthy();
    expect(screen.getByText(/No line in the network/)).toBeTruthy();
    expect(groupNames()).toEqual(['Mentioned in']);
    cleanup();
    showPerson('bob', tiny);
    const group = screen.getByRole('region', { name: 'With Alice Archer' });
    expect(entries(group).map((e) => [e.date, e.relation])).toEqual([['5 March 1950', 'from']]);
    expect(fact('Documents')).toBe('received 1');
  });

  it('a hub opens with its head, then its first correspondents, then the rest', async () => {
    // 60 correspondents with 5 documents each: a screenful first, then the first 40.
    const docs = Array.from({ length: 60 }, (_, c) =>
      Array.from({ length: 5 }, (_, d) =>
        handDoc(`d${c}-${d}`, { senders: ['hub'], recipients: [`p${c}`] }, `1950-01-${10 + d}`),
      ),
    ).flat();
    showPerson('hub', handCorpus(docs));
    // 300 documents: the click is answered with the panel's head, the list follows its frame.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('hub');
    expect(screen.getByText('Gathering 300 documents…')).toBeTruthy();
    expect(groupNames()).toEqual([]);
    await waitFor(() => expect(groupNames()).not.toEqual([]), { interval: 1 });
    const first = groupNames().length;
    expect(first).toBeGreaterThan(1);
    expect(first).toBeLessThan(40);
    expect(screen.queryByRole('button', { name: /Show all \d+ correspondents/ })).toBeNull();
    // The rest follows in a task of its own: waited for, not timed (a loaded machine is slow).
    await waitFor(() => expect(groupNames()).toHaveLength(40));
    fireEvent.click(screen.getByRole('button', { name: 'Show all 60 correspondents' }));
    expect(groupNames()).toHaveLength(60);
  });

  it('counts a thousand documents and more with separators', () => {
    const docs = Array.from({ length: 1_234 }, (_, d) =>
      handDoc(`d${d}`, { senders: ['hub'], recipients: [`p${d % 7}`] }, null),
    );
    showPerson('hub', handCorpus(docs));
    expect(fact('Documents')).toBe('sent 1,234');
  });

  it("shows a person's letters, correspondents, rank as a broker and community", () => {
    showPerson('kovalev');
    expect(fact('Letters')).toBe('1 sent, 0 received');
    expect(fact('Correspondents')).toBe('3');
    // Kovalev relays Mao's cable to Stalin: among the few people shortest links pass through.
    expect(fact('Broker')).toMatch(/^[1-5](st|nd|rd|th) of 28 \(betweenness 0\.\d+\)$/);
    expect(fact('Community')).toMatch(/^ \d+ of \d+, \d+ people$/);
    cleanup();
    showPerson('kim-il');
    expect(fact('Broker')).toBe('no shortest link between others passes through Kim Il');
    expect(fact('Community')).toBe(' alone (no line to anyone)');
  });

  it('says when the broker ranks are estimated from a sample of sources', () => {
    const graph = corpus.graph.copy();
    assignMeasures(graph, { betweenness: { maxExactWork: 0, samples: 10 } });
    showPerson('shtykov', createCorpus(graph, corpus.documentList));
    expect(fact('Broker')).toMatch(/ of 28 .*— estimated from 10 sources$/);
  });

  it('a person id not in the corpus gets a plain message', () => {
    const state = createAppState(corpus);
    state.selection.value = { kind: 'person', id: 'ghost' };
    renderWithState(<SidePanel />, state);
    expect(screen.getByText('This person is not in the corpus.')).toBeTruthy();
  });
});

describe('ui/PersonPanel: swatches follow the legend', () => {
  /** The colour of the swatch beside the heading, and beside each correspondent's name. */
  const headingSwatch = (): string =>
    (screen.getByRole('heading', { level: 2 }).querySelector('.swatch') as HTMLElement).style
      .background;
  const linkSwatch = (name: string): string =>
    (
      screen
        .getAllByRole('button', { name: new RegExp(name) })[0]
        ?.querySelector('.swatch') as HTMLElement
    ).style.background;
  it('wears the community colour when the legend colours by community, and back', async () => {
    const state = showPerson('kovalev');
    const attrs = corpus.graph.getNodeAttributes('kovalev');
    const stalin = corpus.graph.getNodeAttributes('stalin');
    const byAffiliation = state.palette.get(attrs.affiliation);
    expect(headingSwatch()).toBe(byAffiliation);
    act(() => {
      state.look.value = { sizeBy: 'documents', colorBy: 'community' };
    });
    const byCommunity = nodeLookFunctions(corpus.graph, state.look.value);
    await waitFor(() => expect(headingSwatch()).toBe(byCommunity.color('kovalev', attrs)));
    expect(headingSwatch()).not.toBe(byAffiliation);
    expect(linkSwatch('Joseph Stalin')).toBe(byCommunity.color('stalin', stalin));
    act(() => {
      state.look.value = { sizeBy: 'documents', colorBy: 'affiliation' };
    });
    await waitFor(() => expect(headingSwatch()).toBe(byAffiliation));
  });
});
