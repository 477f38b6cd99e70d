import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/graph/corpus.ts';
import { DEFAULT_FILTER } from '../../src/graph/filter.ts';
import { createAppState } from '../../src/state/app-state.ts';
import type { AppState } from '../../src/state/app-state.ts';
import { EmptyState } from '../../src/ui/EmptyState.tsx';
import { FilterBar } from '../../src/ui/FilterBar.tsx';
import { Legend } from '../../src/ui/Legend.tsx';
import { Notices } from '../../src/ui/Notices.tsx';
import { Timeline } from '../../src/ui/Timeline.tsx';
import { ViewSwitch } from '../../src/ui/ViewSwitch.tsx';
import { buildCorrespondenceGraph } from '../../src/graph/build.ts';
import { createCorpus } from '../../src/graph/corpus.ts';
import {
  loadRealCorpus,
  makeDocument,
  makePerson,
  renderWithState,
  tinyCorpus,
} from '../helpers/corpus-fixture.ts';

let corpus: Corpus;
beforeAll(() => {
  corpus = loadRealCorpus();
});
afterEach(cleanup);

function mount(ui: preact.ComponentChild, c: Corpus = corpus): AppState {
  const state = createAppState(c);
  renderWithState(ui, state);
  return state;
}

const select = (name: RegExp): HTMLSelectElement =>
  screen.getByRole('combobox', { name }) as HTMLSelectElement;
const shownLabel = (el: HTMLSelectElement): string | undefined =>
  el.options[el.selectedIndex]?.textContent ?? undefined;
const optionIndex = (el: HTMLSelectElement, text: string): string =>
  String([...el.options].findIndex((o) => o.textContent === text));

describe('ui/Timeline', () => {
  it('offers every month from May 1947 to September 1950, all selected', () => {
    mount(<Timeline />);
    const from = select(/^From/);
    const to = select(/^To/);
    expect(from.options).toHaveLength(41);
    expect(shownLabel(from)).toBe('May 1947');
    expect(shownLabel(to)).toBe('September 1950');
    expect(
      screen.getByRole('img', {
        name: 'Documents per month, May 1947 to September 1950; drag to choose a date range',
      }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'All dates' })).toBeNull();
  });

  it('keeps its frame while the documents load, with the range disabled', () => {
    const pending = createAppState(
      { ...corpus, documents: new Map(), documentList: [] },
      {
        documentsPending: true,
      },
    );
    renderWithState(<Timeline />, pending);
    expect(select(/^From/).disabled).toBe(true);
    expect(select(/^To/).disabled).toBe(true);
    expect(screen.getByRole('img', { name: 'Loading the documents…' })).toBeTruthy();
  });

  it('changing "To" and "From" updates state.filter', () => {
    const state = mount(<Timeline />);
    fireEvent.change(select(/^To/), {
      target: { value: optionIndex(select(/^To/), 'December 1947') },
    });
    expect(state.filter.value).toMatchObject({ start: '1947-05', end: '1947-12' });
    expect(shownLabel(select(/^To/))).toBe('December 1947');
    const from = select(/^From/);
    expect(from.options[optionIndex(from, 'January 1948') as unknown as number]?.disabled).toBe(
      true,
    );
    fireEvent.change(from, { target: { value: optionIndex(from, 'September 1947') } });
    expect(state.filter.value).toMatchObject({ start: '1947-09', end: '1947-12' });
    expect(state.visibility.value.counts.documents).toBe(6 + 2);
  });

  it('choosing the whole span again clears the dates; "All dates" does too', () => {
    const state = mount(<Timeline />);
    const to = select(/^To/);
    fireEvent.change(to, { target: { value: optionIndex(to, 'June 1950') } });
    expect(state.filter.value.end).toBe('1950-06');
    fireEvent.change(select(/^To/), { target: { value: '40' } });
    expect(state.filter.value).toMatchObject({ start: null, end: null });
    act(() => state.setFilter({ start: '1949-10' }));
    fireEvent.click(screen.getByRole('button', { name: 'All dates' }));
    expect(state.filter.value).toMatchObject({ start: null, end: null });
  });

  it('shows a filter set elsewhere (year precision) as months', () => {
    const state = mount(<Timeline />);
    act(() => state.setFilter({ start: '1947', end: '1947' }));
    expect(shownLabel(select(/^From/))).toBe('May 1947');
    expect(shownLabel(select(/^To/))).toBe('December 1947');
    expect(screen.getByRole('button', { name: 'All dates' })).toBeTruthy();
  });

  it('dragging across the histogram chooses a range', () => {
    const state = mount(<Timeline />);
    const svg = screen.getByRole('img');
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 410, height: 48 }) as DOMRect;
    fireEvent.pointerDown(svg, { clientX: 25, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 75, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 75, pointerId: 1 });
    expect(state.filter.value).toMatchObject({ start: '1947-07', end: '1947-12' });
  });

  it('pressing near an end of the chosen range moves that end', () => {
    const state = mount(<Timeline />);
    act(() => state.setFilter({ start: '1947-05', end: '1947-12' }));
    const svg = screen.getByRole('img');
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 410, height: 48 }) as DOMRect;
    fireEvent.pointerDown(svg, { clientX: 75, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 105, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 105, pointerId: 1 });
    expect(state.filter.value).toMatchObject({ start: '1947-05', end: '1948-03' });
  });

  it('the "Show undated documents (2)" checkbox toggles includeUndated', () => {
    const state = mount(<Timeline />);
    const box = screen.getByRole('checkbox', { name: 'Show undated documents (2)' });
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(box);
    expect(state.filter.value.includeUndated).toBe(false);
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(state.visibility.value.counts.documents).toBe(32);
    fireEvent.click(box);
    expect(state.filter.value.includeUndated).toBe(true);
  });

  it('a corpus of one dated document: one month, no undated switch', () => {
    mount(<Timeline />, tinyCorpus());
    expect([...select(/^From/).options].map((o) => o.textContent)).toEqual(['March 1950']);
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('a corpus with no dated document says so and keeps the undated switch', () => {
    const state = mount(
      <Timeline />,
      tinyCorpus({ date: { iso: null, precision: 'none', asWritten: null } }),
    );
    expect(screen.getByText('No dated documents.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show undated documents (1)' }));
    expect(state.filter.value.includeUndated).toBe(false);
  });
});

describe('ui/FilterBar', () => {
  const typeCounts = (): [string, number][] => {
    const counts = new Map<string, number>();
    for (const d of corpus.documentList) counts.set(d.type, (counts.get(d.type) ?? 0) + 1);
    return [...counts];
  };

  it('lists every type with its count, most frequent first, all checked', () => {
    mount(<FilterBar />);
    const group = screen.getByRole('group', { name: 'Document types' });
    const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes).toHaveLength(typeCounts().length);
    expect(boxes.every((b) => b.checked)).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'cable 14' })).toBe(boxes[0]);
    expect(screen.getByText(/^Showing/).textContent).toBe(
      'Showing 34 documents of 34, 28 people; 2 of 2 undated.',
    );
  });

  it('unchecking a type hides its documents and updates the count', () => {
    const state = mount(<FilterBar />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'cable 14' }));
    expect([...state.filter.value.hiddenTypes]).toEqual(['cable']);
    expect(state.visibility.value.documents.has('1949-10-23-cable-59363')).toBe(false);
    const people = state.visibility.value.counts.nodes;
    expect(screen.getByText(/^Showing/).textContent).toBe(
      `Showing 20 documents of 34, ${people} people; 2 of 2 undated.`,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'letter 3' }));
    expect(screen.getByText(/^Showing/).textContent).toContain('Showing 17 documents of 34');
    expect(screen.getByText(/^Showing/).textContent).toContain('1 of 2 undated');
    fireEvent.click(screen.getByRole('checkbox', { name: 'cable 14' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'letter 3' }));
    expect(state.filter.value.hiddenTypes.size).toBe(0);
    expect(screen.getByText(/^Showing/).textContent).toContain('Showing 34 documents of 34');
  });

  it('uses the singular for one document', () => {
    mount(<FilterBar />, tinyCorpus());
    expect(screen.getByText(/^Showing/).textContent).toBe('Showing 1 document of 1, 3 people.');
  });
});

describe('ui/FilterBar, Legend and Timeline at archive scale', () => {
  it('write counts of thousands with separators', () => {
    // 1,200 undated letters from Alice to Bob: one type, one affiliation each side.
    const documents = Array.from({ length: 1200 }, (_, i) =>
      makeDocument(
        `letter-${i}`,
        { senders: ['alice'], recipients: ['bob'] },
        { date: { iso: null, precision: 'none', asWritten: '' } },
      ),
    );
    const graph = buildCorrespondenceGraph(documents, [
      makePerson('alice', 'Alice Archer'),
      makePerson('bob', 'Bob Baker'),
    ]);
    const large = createCorpus(graph, documents);
    mount(
      <>
        <FilterBar />
        <Legend />
        <Timeline />
      </>,
      large,
    );
    expect(screen.getByRole('checkbox', { name: 'letter 1,200' })).toBeTruthy();
    expect(screen.getByText(/^Showing/).textContent).toBe(
      'Showing 1,200 documents of 1,200, 2 people; 1,200 of 1,200 undated.',
    );
    expect(screen.getByRole('checkbox', { name: /Show undated documents \(1,200\)/ })).toBeTruthy();
  });
});

describe('ui/Legend', () => {
  it('lists each affiliation with its number of people; unchecking hides it', () => {
    const state = mount(<Legend />);
    const ussr = corpus.graph.filterNodes((_n, a) => a.affiliation === 'USSR').length;
    const box = screen.getByRole('checkbox', { name: `USSR ${ussr}` }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(
      within(screen.getByRole('group', { name: 'Affiliation' })).getAllByRole('checkbox'),
    ).toHaveLength(state.palette.size);
    fireEvent.click(box);
    expect([...state.filter.value.hiddenAffiliations]).toEqual(['USSR']);
    expect(box.checked).toBe(false);
    expect(state.visibility.value.nodes.has('stalin')).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: /^PRC/ }));
    expect([...state.filter.value.hiddenAffiliations].sort()).toEqual(['PRC', 'USSR']);
    fireEvent.click(box);
    expect([...state.filter.value.hiddenAffiliations]).toEqual(['PRC']);
  });
});

describe('ui/Timeline: play through time', () => {
  const range = (state: AppState): [string | null, string | null] => [
    state.filter.value.start,
    state.filter.value.end,
  ];

  it('plays quarter by quarter from the first, pauses, and steps by keys', async () => {
    const state = mount(<Timeline />);
    const group = screen.getByRole('group', { name: 'Play through time' });
    fireEvent.click(within(group).getByRole('button', { name: 'Play' }));
    expect(range(state)).toEqual(['1947-04', '1947-06']);
    expect(within(group).getByRole('button', { name: 'Pause' })).toBeTruthy();
    // The next window follows by itself: waited for, not timed.
    await waitFor(() => expect(range(state)).toEqual(['1947-07', '1947-09']), { timeout: 10_000 });
    expect(within(group).getByRole('status').textContent).toBe('July–September 1947, playing');
    fireEvent.click(within(group).getByRole('button', { name: 'Pause' }));
    expect(state.playing.value).toBe(false);
    const play = within(group).getByRole('button', { name: 'Play' });
    fireEvent.keyDown(play, { key: 'ArrowRight' });
    expect(range(state)).toEqual(['1947-10', '1947-12']);
    fireEvent.keyDown(play, { key: 'ArrowLeft' });
    fireEvent.keyDown(play, { key: 'ArrowLeft' });
    expect(range(state)).toEqual(['1947-04', '1947-06']);
    fireEvent.keyDown(within(group).getByRole('button', { name: 'Step forward' }), { key: ' ' });
    expect(state.playing.value).toBe(true);
    fireEvent.keyDown(group, { key: ' ' });
    expect(state.playing.value).toBe(false);
  });

  it('steps by the chosen width, and a range chosen by hand stops the play', () => {
    const state = mount(<Timeline />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Window' }), {
      target: { value: 'year' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(range(state)).toEqual(['1947', '1947']);
    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(range(state)).toEqual(['1948', '1948']);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(state.playing.value).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'All dates' }));
    expect(state.playing.value).toBe(false);
    expect(range(state)).toEqual([null, null]);
  });
});

describe('ui/Legend: size and colour', () => {
  it('offers size by letters, correspondents or broker, and colour by affiliation or community', () => {
    const state = mount(<Legend />);
    const size = screen.getByRole('combobox', { name: 'Size' }) as HTMLSelectElement;
    expect([...size.options].map((o) => o.text)).toEqual([
      'Letters',
      'Correspondents',
      'Broker (betweenness)',
    ]);
    fireEvent.change(size, { target: { value: 'betweenness' } });
    expect(state.look.value).toEqual({ sizeBy: 'betweenness', colorBy: 'affiliation' });
    // The strip says what size stands for now.
    expect(screen.getByText('Size: Broker (betweenness)', { selector: 'summary' })).toBeTruthy();
    expect(screen.getByText(/^Size: betweenness/)).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Colour' }), {
      target: { value: 'community' },
    });
    expect(state.look.value.colorBy).toBe('community');
    // Communities replace the affiliations: the largest first, numbered, with their sizes.
    const strip = screen.getByRole('group', { name: 'Community' });
    expect(within(strip).queryAllByRole('checkbox')).toHaveLength(0);
    expect(strip.textContent).toMatch(/^CommunityCommunity 1 \(\d+ people\)/);
    expect(screen.queryByRole('group', { name: 'Affiliation' })).toBeNull();
  });
});

describe('ui/EmptyState', () => {
  it('renders nothing while documents are shown', () => {
    mount(<EmptyState />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reset filters' })).toBeNull();
  });

  it('when the filters hide everything, "Reset filters" appears and works', () => {
    const state = createAppState(corpus);
    state.setFilter({ start: '1951', includeUndated: false, hiddenTypes: new Set(['cable']) });
    renderWithState(<EmptyState />, state);
    expect(screen.getByRole('status').textContent).toContain(
      'No documents match the current filters.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(state.filter.value).toEqual(DEFAULT_FILTER);
    expect(screen.queryByRole('button', { name: 'Reset filters' })).toBeNull();
  });
});

describe('ui/Notices and ViewSwitch', () => {
  it('shows notices and dismisses the one asked for', () => {
    const state = mount(<Notices />);
    act(() => {
      state.notify('No one called “Nobody”.');
      state.notify('No document “zzz”.');
    });
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    const buttons = screen.getAllByRole('button', { name: 'Dismiss this message' });
    expect(buttons).toHaveLength(2);
    fireEvent.click(buttons[0] as HTMLElement);
    expect(state.notices.value.map((n) => n.text)).toEqual(['No document “zzz”.']);
    expect(region.textContent).not.toContain('Nobody');
    expect(region.textContent).toContain('No document “zzz”.');
  });

  it('switches between the network and the list', () => {
    const state = mount(<ViewSwitch />);
    const network = screen.getByRole('button', { name: 'Network' });
    const list = screen.getByRole('button', { name: 'List' });
    expect(network.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(list);
    expect(state.view.value).toBe('list');
    expect(list.getAttribute('aria-pressed')).toBe('true');
    expect(network.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(network);
    expect(state.view.value).toBe('graph');
  });
});
