import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/graph/corpus.ts';
import { createAppState } from '../../src/state/app-state.ts';
import type { AppState } from '../../src/state/app-state.ts';
import { SearchBox } from '../../src/ui/SearchBox.tsx';
import { loadRealCorpus, renderWithState } from '../helpers/corpus-fixture.ts';

let corpus: Corpus;
beforeAll(() => {
  corpus = loadRealCorpus();
});
afterEach(cleanup);

function setup(): { state: AppState; box: HTMLElement } {
  const state = createAppState(corpus);
  renderWithState(<SearchBox />, state);
  return { state, box: screen.getByRole('combobox', { name: 'Search people and documents' }) };
}

function type(box: HTMLElement, text: string): void {
  fireEvent.focus(box);
  fireEvent.input(box, { target: { value: text } });
}

const selectedOption = (): HTMLElement => screen.getByRole('option', { selected: true });

describe('ui/SearchBox', () => {
  it('is a collapsed combobox until something is typed', () => {
    const { box } = setup();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    fireEvent.focus(box);
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('"Filippov" offers Joseph Stalin, noting the alias, then the documents', () => {
    const { box } = setup();
    type(box, 'Filippov');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox', { name: 'Search results' });
    const options = within(list).getAllByRole('option');
    expect(options).toHaveLength(4);
    const [first, ...documents] = options;
    expect(first?.textContent).toContain('Joseph Stalin');
    expect(within(first as HTMLElement).getByText('also “Filippov”')).toBeTruthy();
    expect(documents.map((o) => o.textContent)).toEqual([
      'Cable, Filippov [Stalin] to the Soviet Ambassador, Pyongyang, 3 October 1949',
      'Cable No. 2220, from Filippov [Stalin] to Mao Zedong, 3 May 1950',
      'Cable No. 21340, Mao Zedong to Filippov [Stalin], 30 June 1950',
    ]);
    expect(within(list).getByText('People')).toBeTruthy();
    expect(within(list).getByText('Documents')).toBeTruthy();
  });

  it('the first option is active; Enter selects Stalin and closes the list', () => {
    const { state, box } = setup();
    type(box, 'Filippov');
    const first = selectedOption();
    expect(first.textContent).toContain('Joseph Stalin');
    expect(box.getAttribute('aria-activedescendant')).toBe(first.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(state.selection.value).toEqual({ kind: 'person', id: 'stalin' });
    expect((box as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('ArrowDown and ArrowUp move the active option (wrapping); Enter chooses it', () => {
    const { state, box } = setup();
    type(box, 'Filippov');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(selectedOption().textContent).toContain('Pyongyang');
    expect(box.getAttribute('aria-activedescendant')).toBe(selectedOption().id);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(selectedOption().textContent).toContain('Joseph Stalin');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(selectedOption().textContent).toContain('30 June 1950');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(selectedOption().textContent).toContain('Joseph Stalin');
    expect(screen.getAllByRole('option', { selected: true })).toHaveLength(1);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(state.selection.value).toEqual({ kind: 'person', id: 'stalin' });
  });

  it('ArrowDown then Enter chooses the second hit, a document', () => {
    const { state, box } = setup();
    type(box, 'Filippov');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(state.selection.value).toEqual({
      kind: 'document',
      id: '1949-10-03-filippov-ambassador-pyongyang',
      edge: null,
    });
  });

  it('"59363" lists the document by its number, and only it', () => {
    const { state, box } = setup();
    type(box, '59363');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Cable Telegram no. 59363 from Kovalev to Stalin, containing a message from Mao Zedong, 23 October 1949',
    ]);
    expect(screen.queryByText('People')).toBeNull();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(state.selection.value).toMatchObject({ kind: 'document', id: '1949-10-23-cable-59363' });
  });

  it('"Roschin" finds Nikolai Roshchin; a click on the option selects him', () => {
    const { state, box } = setup();
    type(box, 'Roschin');
    const option = screen.getByRole('option', { name: /Nikolai Roshchin/ });
    expect(within(option).getByText('also “Roschin”')).toBeTruthy();
    fireEvent.mouseDown(option);
    expect(state.selection.value).toEqual({ kind: 'person', id: 'roshchin' });
  });

  it('hovering an option makes it the active one', () => {
    const { box } = setup();
    type(box, 'Roschin');
    const doc = screen.getByRole('option', { name: /19413/ });
    fireEvent.mouseEnter(doc);
    expect(selectedOption()).toBe(doc);
  });

  it('Escape clears the query and closes the list, without changing the selection', () => {
    const { state, box } = setup();
    state.selectPerson('molotov');
    type(box, 'Filippov');
    const notPrevented = fireEvent.keyDown(box, { key: 'Escape' });
    expect(notPrevented).toBe(false);
    expect((box as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(state.selection.value).toEqual({ kind: 'person', id: 'molotov' });
  });

  it('says so when nothing matches, and Enter then does nothing', () => {
    const { state, box } = setup();
    type(box, 'qwertyuiop');
    expect(screen.getByText('Nothing matches “qwertyuiop”.')).toBeTruthy();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(state.selection.value).toBeNull();
  });

  it('closes the list on blur and reopens it on focus', () => {
    const { box } = setup();
    type(box, 'Kim');
    fireEvent.blur(box);
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.focus(box);
    expect(screen.getAllByRole('option')[0]?.textContent).toBe('Kim Il Sung');
  });
});
