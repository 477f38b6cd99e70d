import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compareStrings } from '../../src/graph/compare.ts';
import type { Corpus } from '../../src/graph/corpus.ts';
import { createAppState } from '../../src/state/app-state.ts';
import type { AppState } from '../../src/state/app-state.ts';
import { ListView } from '../../src/ui/ListView.tsx';
import { loadRealCorpus, renderWithState, tinyCorpus } from '../helpers/corpus-fixture.ts';

let corpus: Corpus;
beforeAll(() => {
  corpus = loadRealCorpus();
});
afterEach(cleanup);

function mount(c: Corpus = corpus): AppState {
  const state = createAppState(c);
  renderWithState(<ListView />, state);
  return state;
}

/** The body rows of the table, as arrays of cell texts (without the phone's compact column). */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .filter((c) => !c.classList.contains('col-doc'))
        .map((c) => c.textContent ?? ''),
    );
}

const header = (name: string): HTMLElement => screen.getByRole('columnheader', { name });
const sortBy = (name: string): void => {
  fireEvent.click(within(header(name)).getByRole('button'));
};

describe('ui/ListView: documents', () => {
  it('lists all 34 documents by date, undated last, on the selected Documents tab', () => {
    mount();
    expect(screen.getByRole('tab', { name: 'Documents' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    const table = screen.getByRole('table', { name: 'Documents (34)' });
    expect(within(table).getByText('34 documents within the filters')).toBeTruthy();
    const body = rows(table);
    expect(body).toHaveLength(34);
    expect(body[0]?.[0]).toBe('12 May 1947');
    expect(body.slice(-2).map((r) => r[0])).toEqual(['Undated', 'Undated']);
    expect(header('Date').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Title').getAttribute('aria-sort')).toBe('none');
    const titles = new Set(body.map((r) => r[1]));
    for (const doc of corpus.documentList) expect(titles.has(doc.title)).toBe(true);
  });

  it('shows who a document is from and to (the originator first)', () => {
    mount();
    const table = screen.getByRole('table', { name: 'Documents (34)' });
    const byTitle = new Map(rows(table).map((r) => [r[1], r]));
    expect(
      byTitle.get(corpus.documents.get('1949-10-23-cable-59363')?.title ?? '')?.slice(2),
    ).toEqual(['cable', 'Mao Zedong', 'Joseph Stalin', 'Ivan Kovalev']);
    expect(byTitle.get('Telegram No. 418 from Vyshinsky, 29 October 1947')?.slice(3)).toEqual([
      'Andrei Vyshinsky',
      '—',
      '',
    ]);
  });

  it('sorting by Title toggles aria-sort and the order', () => {
    mount();
    const table = screen.getByRole('table', { name: 'Documents (34)' });
    const sorted = corpus.documentList.map((d) => d.title).sort(compareStrings);
    sortBy('Title');
    expect(header('Title').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Date').getAttribute('aria-sort')).toBe('none');
    expect(rows(table).map((r) => r[1])).toEqual(sorted);
    sortBy('Title');
    expect(header('Title').getAttribute('aria-sort')).toBe('descending');
    expect(rows(table).map((r) => r[1])).toEqual([...sorted].reverse());
    sortBy('Date');
    expect(header('Date').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Title').getAttribute('aria-sort')).toBe('none');
  });

  it('sorts by From, To and Via, documents through nobody last', () => {
    mount();
    const table = screen.getByRole('table', { name: 'Documents (34)' });
    for (const [name, column] of [
      ['From', 3],
      ['To', 4],
      ['Via', 5],
    ] as const) {
      sortBy(name);
      const cells = rows(table).map((r) => r[column] ?? '');
      const filled = cells.filter((c) => c !== '' && c !== '—');
      expect(filled.length, name).toBeGreaterThan(0);
      expect(cells.slice(0, filled.length), name).toEqual([...filled].sort(compareStrings));
    }
    // Sorted by Via: Gromyko relays first, then Kovalev (who passed on Mao's message to Stalin).
    expect(rows(table).map((r) => r[5])).toContain('Ivan Kovalev');
  });

  it('sorting by Type groups the types', () => {
    mount();
    sortBy('Type');
    const types = rows(screen.getByRole('table')).map((r) => r[2] ?? '');
    expect(types).toEqual([...types].sort(compareStrings));
  });

  it('clicking a title selects the document and marks its row', () => {
    const state = mount();
    const title = 'Telegram No. 418 from Vyshinsky, 29 October 1947';
    fireEvent.click(screen.getByRole('button', { name: title }));
    expect(state.selection.value).toEqual({
      kind: 'document',
      id: '1947-10-29-telegram-418',
      edge: null,
    });
    const row = screen.getByRole('button', { name: title }).closest('tr');
    expect(row?.getAttribute('aria-current')).toBe('true');
  });

  it('follows the filters', () => {
    const state = mount();
    act(() => state.setFilter({ start: '1947', end: '1947', includeUndated: false }));
    const table = screen.getByRole('table', { name: 'Documents (7)' });
    for (const [date] of rows(table)) expect(date).toMatch(/1947$/);
    act(() => state.setFilter({ start: '1951' }));
    expect(screen.getByRole('table', { name: 'Documents (0)' })).toBeTruthy();
    expect(screen.getByText('0 documents within the filters')).toBeTruthy();
  });

  it('a corpus of one document lists it', () => {
    mount(tinyCorpus());
    const table = screen.getByRole('table', { name: 'Documents (1)' });
    expect(rows(table)).toEqual([
      [
        '5 March 1950',
        'Letter, Alice Archer to Bob Baker, 5 March 1950',
        'letter',
        'Alice Archer',
        'Bob Baker',
        '',
      ],
    ]);
    expect(within(table).getByText('1 document within the filters')).toBeTruthy();
  });
});

describe('ui/ListView: people', () => {
  function openPeople(c: Corpus = corpus): AppState {
    const state = mount(c);
    fireEvent.click(screen.getByRole('tab', { name: 'People' }));
    return state;
  }

  it('the People tab lists every person by name', () => {
    openPeople();
    expect(screen.getByRole('tab', { name: 'People' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'Documents' }).getAttribute('aria-selected')).toBe(
      'false',
    );
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe('tab-people');
    const table = screen.getByRole('table', { name: `People (${corpus.graph.order})` });
    const names = rows(table).map((r) => r[0]);
    expect(names).toEqual(corpus.graph.mapNodes((_n, a) => a.label).sort(compareStrings));
    expect(header('Name').getAttribute('aria-sort')).toBe('ascending');
  });

  it("shows a person's affiliation, documents, mentions and aliases", () => {
    openPeople();
    const table = screen.getByRole('table');
    const stalin = rows(table).find((r) => r[0] === 'Joseph Stalin');
    expect(stalin?.slice(1, 3)).toEqual(['USSR', '17 (+1 mentions)']);
    expect(stalin?.at(-1)?.split(', ')).toContain('Filippov');
    const kimIl = rows(table).find((r) => r[0] === 'Kim Il');
    // Sent, received, correspondents, broker: none; a community of his own; no other spelling.
    expect(kimIl?.slice(1, 7)).toEqual(['DPRK', '0 (+1 mentions)', '0', '0', '0', '—']);
    expect(kimIl?.at(-1)).toBe('');
  });

  it('sorts by documents, most first on the first click, fewest on the second', () => {
    openPeople();
    sortBy('Documents');
    expect(header('Documents').getAttribute('aria-sort')).toBe('descending');
    const body = rows(screen.getByRole('table'));
    expect(body[0]?.[0]).toBe('Joseph Stalin');
    const counts = body.map((r) => Number(r[2]?.split(' ')[0]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    sortBy('Documents');
    expect(header('Documents').getAttribute('aria-sort')).toBe('ascending');
    const fewest = rows(screen.getByRole('table')).map((r) => Number(r[2]?.split(' ')[0]));
    expect(fewest).toEqual([...counts].sort((a, b) => a - b));
  });

  it('has sortable columns of letters, correspondents, broker rank and community', () => {
    openPeople();
    sortBy('Broker');
    expect(header('Broker').getAttribute('aria-sort')).toBe('descending');
    const column = (name: string): number =>
      [...screen.getByRole('table').querySelectorAll('thead th')].findIndex(
        (th) => th.textContent?.replace(/[▲▼]/g, '').trim() === name,
      );
    const brokers = rows(screen.getByRole('table')).map((r) => r[column('Broker')]);
    // Ranks in order, then the people no shortest link passes through.
    expect(brokers.slice(0, 3)).toEqual(['1st', '2nd', '3rd']);
    expect(brokers.at(-1)).toBe('—');
    const top5 = rows(screen.getByRole('table'))
      .slice(0, 5)
      .map((r) => r[0]);
    expect(top5).toEqual(expect.arrayContaining(['Ivan Kovalev', 'Terentii Shtykov']));
    sortBy('Correspondents');
    const counts = rows(screen.getByRole('table')).map((r) => Number(r[column('Correspondents')]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(3);
    sortBy('Community');
    expect(header('Community').getAttribute('aria-sort')).toBe('ascending');
    const communities = rows(screen.getByRole('table')).map((r) => Number(r[column('Community')]));
    expect(communities[0]).toBe(1);
    expect(communities).toEqual([...communities].sort((a, b) => a - b));
  });

  it('clicking a name selects the person', () => {
    const state = openPeople();
    fireEvent.click(screen.getByRole('button', { name: 'Nikolai Roshchin' }));
    expect(state.selection.value).toEqual({ kind: 'person', id: 'roshchin' });
  });

  it('lists only the people the filters show', () => {
    const state = openPeople();
    act(() => state.setFilter({ hiddenAffiliations: new Set(['USSR']) }));
    const names = rows(screen.getByRole('table')).map((r) => r[0]);
    expect(names).not.toContain('Joseph Stalin');
    expect(names).toContain('Mao Zedong');
    expect(screen.getByRole('table').getAttribute('aria-label')).toBe(
      `People (${state.visibility.value.counts.nodes})`,
    );
  });
});
