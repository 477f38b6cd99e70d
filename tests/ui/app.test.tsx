import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../src/graph/corpus.ts';
import type { Renderer, RendererEvents } from '../../src/render/renderer.ts';
import type { ViewState } from '../../src/render/view-state.ts';
import { createAppState } from '../../src/state/app-state.ts';
import type { AppState } from '../../src/state/app-state.ts';
import { App } from '../../src/ui/App.tsx';
import { GraphView } from '../../src/ui/GraphView.tsx';
import { loadRealCorpus, renderWithState } from '../helpers/corpus-fixture.ts';

/** A renderer without sigma: records what the explorer asks of it. */
interface FakeRenderer extends Renderer {
  views: ViewState[];
  handlers: Partial<RendererEvents>;
  container: HTMLElement;
}

const fake = vi.hoisted(() => {
  const renderers: FakeRenderer[] = [];
  const createRenderer = vi.fn((container: HTMLElement, _graph: unknown): Renderer => {
    const renderer: FakeRenderer = {
      container,
      views: [],
      handlers: {},
      sigma: {} as Renderer['sigma'],
      setView: vi.fn((view: ViewState) => void renderer.views.push(view)),
      setLook: vi.fn(),
      on: vi.fn(
        (event: keyof RendererEvents, handler: unknown) =>
          void (renderer.handlers[event] = handler as never),
      ),
      getCamera: vi.fn(() => ({ x: 0.5, y: 0.5, ratio: 1, angle: 0 })),
      setCamera: vi.fn(),
      frameNodes: vi.fn(),
      ensureVisible: vi.fn(),
      resetCamera: vi.fn(),
      zoom: vi.fn(),
      drawnLabels: new Map(),
      moving: false,
      scene: vi.fn(() => ({
        width: 10,
        height: 10,
        nodes: [],
        edges: [],
        labelSize: 13,
        labelColor: '#000',
      })),
      kill: vi.fn(),
    };
    renderers.push(renderer);
    return renderer;
  });
  return { renderers, createRenderer };
});

vi.mock('../../src/render/renderer.ts', () => ({ createRenderer: fake.createRenderer }));

const DOC_59363 = '1949-10-23-cable-59363';

let corpus: Corpus;
beforeAll(() => {
  corpus = loadRealCorpus();
});
beforeEach(() => {
  fake.renderers.length = 0;
  fake.createRenderer.mockClear();
});
afterEach(() => {
  // Preact defers passive-effect cleanups of unmounted components to after paint; act flushes them.
  act(() => cleanup());
  vi.useRealTimers();
});

function mount(ui = <App />): { state: AppState; renderer: FakeRenderer; unmount(): void } {
  const state = createAppState(corpus);
  const view = renderWithState(ui, state);
  const renderer = fake.renderers[0];
  if (!renderer) throw new Error('no renderer was created');
  return { state, renderer, unmount: () => act(() => view.unmount()) };
}

describe('ui/GraphView with a fake renderer', () => {
  it('creates one renderer per mount, on the graph, and shows the view state', () => {
    const { state, renderer } = mount(<GraphView />);
    expect(fake.createRenderer).toHaveBeenCalledTimes(1);
    expect(fake.createRenderer.mock.calls[0]?.[1]).toBe(corpus.graph);
    expect(renderer.container.getAttribute('role')).toBe('img');
    expect(renderer.views).toEqual([state.viewState.value]);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Network of 28 people and 34 documents; the list view has the same information as tables.',
    );
    expect(window.cablegraph?.renderer).toBe(renderer);
  });

  it('refreshes the view, without a new renderer, when selection or filter change', () => {
    const { state, renderer } = mount(<GraphView />);
    act(() => state.selectPerson('stalin'));
    expect(renderer.views).toHaveLength(2);
    expect(renderer.views.at(-1)?.focus?.nodes.has('molotov')).toBe(true);
    expect(renderer.ensureVisible).toHaveBeenLastCalledWith(['stalin']);
    act(() => state.setFilter({ start: '1947', end: '1947' }));
    expect(renderer.views).toHaveLength(3);
    expect(renderer.views.at(-1)?.visibleNodes?.has('mao-zedong')).toBe(false);
    act(() => state.selectDocument(DOC_59363));
    expect(renderer.views.at(-1)?.focus?.edges.size).toBe(2);
    const framed = vi.mocked(renderer.ensureVisible).mock.lastCall?.[0] ?? [];
    expect([...framed].sort()).toEqual(['kovalev', 'mao-zedong', 'stalin']);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Network of');
    expect(fake.createRenderer).toHaveBeenCalledTimes(1);
  });

  it("the renderer's click handlers change the selection", () => {
    const { state, renderer } = mount();
    act(() => renderer.handlers.clickNode?.('molotov'));
    expect(state.selection.value).toEqual({ kind: 'person', id: 'molotov' });
    expect(screen.getByRole('heading', { level: 2, name: 'Vyacheslav Molotov' })).toBeTruthy();
    const edge = corpus.edgesByDocument.get(DOC_59363)?.[0] ?? '';
    act(() => renderer.handlers.clickEdge?.(edge));
    expect(state.selection.value).toEqual({ kind: 'document', id: DOC_59363, edge });
    expect(
      screen.getByRole('heading', { level: 2, name: 'Records: Mao Zedong → Ivan Kovalev' }),
    ).toBeTruthy();
    act(() => renderer.handlers.clickStage?.());
    expect(state.selection.value).toBeNull();
    expect(fake.createRenderer).toHaveBeenCalledTimes(1);
  });

  it('hover handlers set and clear the hovered person', () => {
    const { state, renderer } = mount(<GraphView />);
    act(() => renderer.handlers.enterNode?.('kovalev'));
    expect(state.hovered.value).toBe('kovalev');
    expect(renderer.views.at(-1)?.preview?.nodes.has('stalin')).toBe(true);
    act(() => renderer.handlers.leaveNode?.('kovalev'));
    expect(state.hovered.value).toBeNull();
  });

  it('keeps the camera, debounced, and restores it on the next mount', () => {
    vi.useFakeTimers();
    const { state, renderer } = mount();
    renderer.handlers.cameraChange?.({ x: 0.2, y: 0.3, ratio: 0.5, angle: 0 });
    renderer.handlers.cameraChange?.({ x: 0.25, y: 0.35, ratio: 0.4, angle: 0 });
    expect(state.camera.value).toBeNull();
    act(() => void vi.advanceTimersByTime(300));
    expect(state.camera.value).toEqual({ x: 0.25, y: 0.35, ratio: 0.4 });
    fireEvent.click(screen.getByRole('button', { name: 'List' }));
    expect(renderer.kill).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Network' }));
    expect(fake.createRenderer).toHaveBeenCalledTimes(2);
    expect(fake.renderers[1]?.setCamera).toHaveBeenCalledWith({ x: 0.25, y: 0.35, ratio: 0.4 });
  });

  it('kills the renderer on unmount and stops refreshing it', () => {
    const { state, renderer, unmount } = mount(<GraphView />);
    unmount();
    expect(renderer.kill).toHaveBeenCalledTimes(1);
    expect(window.cablegraph).toBeUndefined();
    const views = renderer.views.length;
    state.selectPerson('stalin');
    state.setFilter({ start: '1950' });
    expect(renderer.views).toHaveLength(views);
    expect(renderer.ensureVisible).not.toHaveBeenCalled();
  });
});

describe('ui/App', () => {
  it('lays out search, view switch, network, legend, details and filters', () => {
    mount();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Cablegraph Korean War documents, 1947–1950',
    );
    expect(screen.getByRole('combobox', { name: 'Search people and documents' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Correspondence network' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Legend' })).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Details' })).toBeTruthy();
    expect(screen.getByRole('contentinfo', { name: 'Filters' })).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  it('the list view replaces the network and the legend', () => {
    const { renderer } = mount();
    fireEvent.click(screen.getByRole('button', { name: 'List' }));
    expect(screen.getByRole('region', { name: 'Documents and people' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Documents (34)' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Legend' })).toBeNull();
    expect(renderer.kill).toHaveBeenCalledTimes(1);
  });

  it('Escape clears the selection', () => {
    const { state } = mount();
    act(() => state.selectDocument(DOC_59363));
    expect(screen.getByRole('article')).toBeTruthy();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(state.selection.value).toBeNull();
    expect(screen.queryByRole('article')).toBeNull();
    act(() => state.selectPerson('stalin'));
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(state.selection.value).toBeNull();
  });

  it('other keys, and an Escape the search box used, keep the selection', () => {
    const { state } = mount();
    act(() => state.selectPerson('stalin'));
    fireEvent.keyDown(window, { key: 'Enter' });
    expect(state.selection.value).toEqual({ kind: 'person', id: 'stalin' });
    const box = screen.getByRole('combobox', { name: 'Search people and documents' });
    fireEvent.focus(box);
    fireEvent.input(box, { target: { value: 'Molotov' } });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(state.selection.value).toEqual({ kind: 'person', id: 'stalin' });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(state.selection.value).toBeNull();
  });

  it('stops listening for Escape once unmounted', () => {
    const { state, unmount } = mount();
    unmount();
    state.selectPerson('stalin');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(state.selection.value).toEqual({ kind: 'person', id: 'stalin' });
  });

  it('when the filters hide everything, "Reset filters" brings the documents back', () => {
    const { state } = mount();
    act(() => state.setFilter({ start: '1951', includeUndated: false }));
    expect(screen.getByText('No documents match the current filters.')).toBeTruthy();
    expect(screen.getByText(/^Showing/).textContent).toContain('Showing 0 documents of 34');
    fireEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(state.visibility.value.counts.documents).toBe(34);
    expect(screen.queryByText('No documents match the current filters.')).toBeNull();
  });

  it('shows notices and lets them be dismissed', () => {
    const { state } = mount();
    act(() => state.notify('No one called “Nobody” in this corpus.'));
    expect(screen.getByText('No one called “Nobody” in this corpus.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss this message' }));
    expect(screen.queryByText('No one called “Nobody” in this corpus.')).toBeNull();
  });

  // Known bug (see the report): focusing the empty search box marks it open, so its Escape handler
  // swallows the key (preventDefault) although no list is shown, and the selection stays.
  it('Escape in the focused, empty search box clears the selection', () => {
    const { state } = mount();
    act(() => state.selectPerson('stalin'));
    const box = screen.getByRole('combobox', { name: 'Search people and documents' });
    fireEvent.focus(box);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(state.selection.value).toBeNull();
  });
});
