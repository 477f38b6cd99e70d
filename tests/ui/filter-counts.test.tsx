import { act, cleanup, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/graph/corpus.ts';
import { createAppState } from '../../src/state/app-state.ts';
import { FilterBar } from '../../src/ui/FilterBar.tsx';
import { Legend } from '../../src/ui/Legend.tsx';
import { loadRealCorpus, renderWithState } from '../helpers/corpus-fixture.ts';

let corpus: Corpus;
beforeAll(() => {
  corpus = loadRealCorpus();
});
afterEach(cleanup);

const countOf = (label: RegExp): string =>
  screen.getByRole('checkbox', { name: label }).parentElement?.querySelector('.count')
    ?.textContent ?? '';

describe('ui: legend and type counts follow the filters', () => {
  it('says how many of an affiliation and of a type the filters leave drawn', () => {
    const state = createAppState(corpus);
    renderWithState(
      <>
        <Legend />
        <FilterBar />
      </>,
      state,
    );
    expect(countOf(/^USSR/)).toBe('17');
    expect(countOf(/^cable/)).toBe('14');
    act(() => state.setFilter({ start: '1949', end: '1949-12' }));
    const ussr = [...state.visibility.value.nodes].filter(
      (node) => corpus.graph.getNodeAttribute(node, 'affiliation') === 'USSR',
    ).length;
    const cables = corpus.documentList.filter(
      (doc) => doc.type === 'cable' && state.visibility.value.documents.has(doc.id),
    ).length;
    expect(ussr).toBeLessThan(17);
    expect(countOf(/^USSR/)).toBe(`${ussr} of 17`);
    expect(countOf(/^cable/)).toBe(`${cables} of 14`);
    // A hidden type or affiliation keeps its total: its box says it is off.
    act(() => state.setFilter({ hiddenTypes: new Set(['cable']) }));
    expect(countOf(/^cable/)).toBe('14');
    act(() => state.resetFilter());
    expect(screen.getAllByText('17')).toHaveLength(1);
  });
});
