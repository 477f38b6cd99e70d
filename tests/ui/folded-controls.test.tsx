/** The footer's fold (a phone's "Time & filters") and the legend's row limit, in happy-dom. */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/graph/corpus.ts';
import { createAppState } from '../../src/state/app-state.ts';
import { Controls } from '../../src/ui/Controls.tsx';
import { countBeyondRows } from '../../src/ui/use-row-limit.ts';
import { loadRealCorpus, renderWithState } from '../helpers/corpus-fixture.ts';

let corpus: Corpus;
beforeAll(() => {
  corpus = loadRealCorpus();
});
afterEach(cleanup);

describe('ui/Controls', () => {
  it('folds the timeline and filters behind one disclosure that says what they let through', () => {
    const state = createAppState(corpus);
    renderWithState(<Controls />, state);
    const toggle = screen.getByRole('button', { name: 'Time & filters' });
    const body = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(body?.contains(screen.getByRole('group', { name: 'Play through time' }))).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(body?.dataset.open).toBe('false');
    expect(document.querySelector('.controls-summary')?.textContent).toBe(
      'All dates · 34 of 34 documents',
    );
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(body?.dataset.open).toBe('true');
    fireEvent.click(screen.getByRole('checkbox', { name: /^cable/ }));
    fireEvent.change(screen.getByRole('combobox', { name: 'From' }), { target: { value: '1' } });
    expect(state.filter.value.start).not.toBeNull();
    // The cables (14) hidden; the one document of May 1947 is a cable.
    expect(document.querySelector('.controls-summary')?.textContent).toBe(
      'June 1947 – September 1950 · 20 of 34 documents · 1 type hidden',
    );
  });
});

describe('ui/use-row-limit: countBeyondRows', () => {
  it('counts the items past the first rows, a pixel of rounding being the same row', () => {
    const tops = [0, 0, 0.6, 20, 20, 40, 40.4, 60];
    expect(countBeyondRows(tops, 1)).toBe(5);
    expect(countBeyondRows(tops, 2)).toBe(3);
    expect(countBeyondRows(tops, 3)).toBe(1);
    expect(countBeyondRows(tops, 4)).toBe(0);
    expect(countBeyondRows([], 1)).toBe(0);
  });

  it('keeps a first row taller than the others whole', () => {
    // An entry whose long name wraps is one tall item; the next row starts below it.
    expect(countBeyondRows([0, 0, 36, 36, 54], 1)).toBe(3);
  });
});
