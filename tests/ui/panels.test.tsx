import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildCorrespondenceGraph } from '../../src/graph/build.ts';
import { createCorpus } from '../../src/graph/corpus.ts';
import type { Corpus } from '../../src/graph/corpus.ts';
import { createAppState } from '../../src/state/app-state.ts';
import type { AppState } from '../../src/state/app-state.ts';
import { SidePanel } from '../../src/ui/SidePanel.tsx';
import {
  loadRealCorpus,
  makeDocument,
  makePerson,
  renderWithState,
  TINY_DOCUMENT_ID,
  tinyCorpus,
} from '../helpers/corpus-fixture.ts';

const DOC_59363 = '1949-10-23-cable-59363';
const TITLE_59363 =
  'Cable Telegram no. 59363 from Kovalev to Stalin, containing a message from Mao Zedong, 23 October 1949';

let corpus: Corpus;
beforeAll(() => {
  corpus = loadRealCorpus();
});
afterEach(cleanup);

function setup(select?: (state: AppState) => void, c: Corpus = corpus) {
  const state = createAppState(c);
  select?.(state);
  const view = renderWithState(<SidePanel />, state);
  return { state, ...view };
}

const chainNames = (): string[] =>
  within(screen.getByRole('list', { name: 'Chain of transmission' }))
    .getAllByRole('button')
    .map((b) => b.textContent ?? '');

/** The <dd> that follows the <dt> with this text. */
const fact = (term: string): string | null =>
  screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent ?? null;

describe('ui/SidePanel: overview', () => {
  it('shows the corpus, its counts and its source when nothing is selected', () => {
    setup();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Korean War documents, 1947–1950' }),
    ).toBeTruthy();
    expect(screen.getByText(/^34 documents between 28 people:/)).toBeTruthy();
    const link = screen.getByRole('link', { name: /Wilson Center Digital Archive/ });
    expect(link.getAttribute('href')).toBe('https://digitalarchive.wilsoncenter.org');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.queryByText(/The filters show/)).toBeNull();
  });

  it('says how many documents the filters show', () => {
    setup((s) => s.setFilter({ start: '1947', end: '1947', includeUndated: false }));
    expect(screen.getByText('The filters show 7 documents of 34.')).toBeTruthy();
  });
});

describe('ui/DocumentPanel', () => {
  it('shows the record of 1949-10-23-cable-59363: title, date, type, chain, summary, credit', () => {
    setup((s) => s.selectDocument(DOC_59363));
    expect(screen.getByRole('heading', { level: 2, name: 'Record' })).toBeTruthy();
    const record = screen.getByRole('article', { name: TITLE_59363 });
    expect(within(record).getByRole('heading', { level: 3 }).textContent).toBe(TITLE_59363);
    expect(fact('Date')).toBe('23 October 1949');
    expect(fact('Type')).toBe('Cable No. 59363');
    expect(chainNames()).toEqual(['Mao Zedong', 'Ivan Kovalev', 'Joseph Stalin']);
    const roles = screen
      .getByRole('list', { name: 'Chain of transmission' })
      .querySelectorAll('.role-label');
    expect([...roles].map((r) => r.textContent)).toEqual(['originator', 'sender', 'recipient']);
    expect(
      screen.getByText(/^Mao details the actions of the Worker's Party of South Korea/),
    ).toBeTruthy();
    const credit = record.querySelector('.credit')?.textContent;
    expect(credit).toBe(
      'New Korean War Documents (2020). Source: Wilson Center Digital Archive, History and Public Policy Program. Record 1949-10-23-cable-59363.',
    );
    expect(screen.queryByText(/Only one side of this document is known/)).toBeNull();
  });

  it('clicking a person of the chain selects that person', () => {
    const { state } = setup((s) => s.selectDocument(DOC_59363));
    fireEvent.click(screen.getByRole('button', { name: 'Ivan Kovalev' }));
    expect(state.selection.value).toEqual({ kind: 'person', id: 'kovalev' });
    expect(screen.getByRole('heading', { level: 2, name: 'Ivan Kovalev' })).toBeTruthy();
  });

  it('notes names written otherwise than the label, but not honorifics', () => {
    setup((s) => s.selectDocument('1949-10-03-filippov-ambassador-pyongyang'));
    expect(chainNames()).toEqual([
      'Joseph Stalin (as “Filippov [Stalin]”)',
      'Terentii Shtykov (as “Soviet Ambassador, Pyongyang”)',
    ]);
    expect(fact('Places')).toBe('Pyongyang');
    cleanup();
    setup((s) => s.selectDocument('1947-05-12-cable-121973'));
    expect(chainNames()).toEqual([
      'Kirill Meretskov',
      'Terentii Shtykov (as “Shytkov”)',
      'Joseph Stalin',
    ]);
  });

  it('says when only one side of a document is known', () => {
    setup((s) => s.selectDocument('1947-10-29-telegram-418'));
    expect(screen.getByText(/Only one side of this document is known/)).toBeTruthy();
    expect(chainNames()).toEqual(['Andrei Vyshinsky']);
  });

  it('for a selected edge, lists the other documents between the two, by date', () => {
    const edge = corpus.edgesByDocument.get('1947-09-18-molotov-stalin')?.[0] ?? '';
    const { state } = setup((s) => s.selectDocument('1947-09-18-molotov-stalin', edge));
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: 'Records: Vyacheslav Molotov → Joseph Stalin',
      }),
    ).toBeTruthy();
    const between = screen.getByRole('region', { name: 'Other documents between these two' });
    expect(within(between).getByRole('heading').textContent).toBe(
      'Also between Vyacheslav Molotov and Joseph Stalin (3)',
    );
    const buttons = within(between).getAllByRole('button');
    expect(buttons.map((b) => b.querySelector('.doc-date')?.textContent)).toEqual([
      '20 September 1947',
      '29 October 1947',
      '11 March 1949',
    ]);
    fireEvent.click(buttons[2] as HTMLElement);
    expect(state.selection.value).toEqual({
      kind: 'document',
      id: '1949-03-11-note-molotov-stalin',
      edge,
    });
  });

  it('the close button clears the selection and brings back the overview', () => {
    const { state } = setup((s) => s.selectDocument(DOC_59363));
    fireEvent.click(screen.getByRole('button', { name: 'Close the record' }));
    expect(state.selection.value).toBeNull();
    expect(screen.getByRole('heading', { name: 'Korean War documents, 1947–1950' })).toBeTruthy();
  });

  it('follows the selection as it changes', () => {
    const { state } = setup();
    act(() => state.selectDocument(DOC_59363));
    expect(screen.getByRole('article', { name: TITLE_59363 })).toBeTruthy();
    act(() => state.selectDocument('1947-10-29-telegram-418'));
    expect(screen.queryByRole('article', { name: TITLE_59363 })).toBeNull();
    expect(
      screen.getByRole('heading', { name: 'Telegram No. 418 from Vyshinsky, 29 October 1947' }),
    ).toBeTruthy();
  });
});

describe('ui/DocumentPanel: edge states', () => {
  it('a corpus of one document: the record, and a month-precision date', () => {
    const tiny = tinyCorpus({ date: { iso: '1950-03', precision: 'month', asWritten: null } });
    setup((s) => s.selectDocument(TINY_DOCUMENT_ID), tiny);
    expect(fact('Date')).toBe('March 1950 (month only)');
    expect(fact('Type')).toBe('Letter');
    expect(chainNames()).toEqual(['Alice Archer', 'Bob Baker']);
    const mentions = screen.getByText('mentions').parentElement as HTMLElement;
    expect(within(mentions).getByRole('button', { name: 'Carol Clark' })).toBeTruthy();
  });

  it('renders untrusted corpus text as text, never as HTML', () => {
    const title = 'Letter <img src=x onerror=alert(1)> to <script>alert(2)</script>';
    const summary = 'Summary <script>alert(3)</script> and <img src=y onerror=alert(4)>';
    const tiny = tinyCorpus({ title, summary, source: '<b>bold</b> archive' }, [
      makePerson('alice', '<img src=z onerror=alert(5)>Alice'),
    ]);
    const { container } = setup((s) => s.selectDocument(TINY_DOCUMENT_ID), tiny);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(title);
    expect(screen.getByText(summary)).toBeTruthy();
    expect(screen.getByRole('button', { name: '<img src=z onerror=alert(5)>Alice' })).toBeTruthy();
    expect(container.textContent).toContain('Source: <b>bold</b> archive.');
  });

  it('a document with no readable party says so', () => {
    const doc = makeDocument('unplaced', {}, { title: 'Memorandum, 1950' });
    expect(doc.placement).toBe('unplaced');
    const lone = createCorpus(buildCorrespondenceGraph([doc], []), [doc]);
    setup((s) => s.selectDocument('unplaced'), lone);
    expect(screen.getByText('No sender or recipient could be read from the title.')).toBeTruthy();
  });
});
