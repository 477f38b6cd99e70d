import { describe, expect, it } from 'vitest';
import { createAppState } from '../../src/state/app-state.ts';
import { handCorpus, handDoc } from '../helpers/hand-corpus.ts';

// Three quarters: a→b in Q1; a→b again and c→d (new) in Q2; nothing new but d→c in Q3.
const corpus = handCorpus([
  handDoc('q1', { senders: ['a'], recipients: ['b'] }, '1950-02-10'),
  handDoc('q2-old', { senders: ['a'], recipients: ['b'] }, '1950-04-02'),
  handDoc('q2-new', { senders: ['c'], recipients: ['d'] }, '1950-05-20'),
  handDoc('q3', { senders: ['d'], recipients: ['c'] }, '1950-09-30'),
  handDoc('undated', { senders: ['e'], recipients: ['f'] }, null),
]);

describe('state/play', () => {
  it('steps a quarter at a time, the counts following, and stops at the end', () => {
    const state = createAppState(corpus);
    state.play();
    // A window of time holds dated documents only.
    expect(state.filter.value.includeUndated).toBe(false);
    expect(state.playing.value).toBe(true);
    expect([state.filter.value.start, state.filter.value.end]).toEqual(['1950-01', '1950-03']);
    expect(state.visibility.value.counts.documents).toBe(1);
    expect(state.stepWindow(1)).toBe(true);
    expect([state.filter.value.start, state.filter.value.end]).toEqual(['1950-04', '1950-06']);
    expect(state.visibility.value.counts.documents).toBe(2);
    expect(state.stepWindow(1)).toBe(true);
    expect(state.stepWindow(1)).toBe(false);
    expect(state.playing.value).toBe(false);
    expect(state.filter.value.start).toBe('1950-07');
  });

  it('emphasises the lines that are new in a step, not those between people already writing', () => {
    const state = createAppState(corpus);
    state.stepWindow(1);
    // The first step has no step before it: nothing is new against nothing.
    expect(state.fresh.value).toBeNull();
    state.stepWindow(1);
    const q2 = state.fresh.value;
    expect([...(q2?.edges ?? [])].map((e) => corpus.graph.getEdgeAttribute(e, 'doc'))).toEqual([
      'q2-new',
    ]);
    expect([...(q2?.nodes ?? [])].sort()).toEqual(['c', 'd']);
    // Shown through the view state's preview: the rest of the network is drawn lighter.
    expect(state.viewState.value.preview).toBe(q2);
    state.stepWindow(1);
    // d→c is another direction: a new line.
    expect(
      [...(state.fresh.value?.edges ?? [])].map((e) => corpus.graph.getEdgeAttribute(e, 'doc')),
    ).toEqual(['q3']);
    // A filter set by hand is no step.
    state.setFilter({ start: '1950-04', end: '1950-06' });
    expect(state.fresh.value).toBeNull();
  });

  it('plays again from the first window once at the end, and keeps the width', () => {
    const state = createAppState(corpus);
    state.windowWidth.value = 'year';
    state.play();
    expect([state.filter.value.start, state.filter.value.end]).toEqual(['1950', '1950']);
    expect(state.stepWindow(1)).toBe(false);
    state.play();
    expect(state.playing.value).toBe(true);
    expect(state.filter.value.start).toBe('1950');
    state.pause();
    expect(state.playing.value).toBe(false);
    expect(state.stepWindow(-1)).toBe(false);
  });
});
