/**
 * The network canvas. Creates the renderer once per graph in an effect and kills it on cleanup;
 * selection, hover and filters reach it as a view state, refreshed without re-indexing.
 */
import { effect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { createRenderer } from '../render/renderer.ts';
import type { Renderer } from '../render/renderer.ts';
import { useAppState } from '../state/context.ts';
import { plural } from './format.ts';

declare global {
  interface Window {
    /** Handle for end-to-end tests and the console: the live renderer and graph. */
    cablegraph?: { renderer: Renderer };
  }
}

const CAMERA_DEBOUNCE_MS = 250;

export function GraphView() {
  const state = useAppState();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const { graph } = state.corpus;
    const renderer = createRenderer(element, graph);
    const saved = state.camera.peek();
    if (saved) renderer.setCamera(saved);
    let cameraTimer: ReturnType<typeof setTimeout> | undefined;
    renderer.on('clickNode', (node) => state.selectPerson(node));
    renderer.on('clickEdge', (edge) =>
      state.selectDocument(graph.getEdgeAttribute(edge, 'doc'), edge),
    );
    renderer.on('clickStage', () => state.clearSelection());
    renderer.on('enterNode', (node) => (state.hovered.value = node));
    renderer.on('leaveNode', () => (state.hovered.value = null));
    renderer.on('cameraChange', ({ x, y, ratio }) => {
      clearTimeout(cameraTimer);
      cameraTimer = setTimeout(() => (state.camera.value = { x, y, ratio }), CAMERA_DEBOUNCE_MS);
    });
    const stopView = effect(() => renderer.setView(state.viewState.value));
    // Bring a selection made elsewhere (search, panel, URL) into view.
    const stopFraming = effect(() => {
      const selection = state.selection.value;
      if (!selection) return;
      const focus = state.viewState.peek().focus;
      const nodes = selection.kind === 'person' ? [selection.id] : [...(focus?.nodes ?? [])];
      renderer.ensureVisible(nodes);
    });
    window.cablegraph = { renderer };
    state.imageSource.current = (options) => renderer.scene(options);
    return () => {
      state.imageSource.current = null;
      clearTimeout(cameraTimer);
      stopFraming();
      stopView();
      renderer.kill();
      if (window.cablegraph?.renderer === renderer) delete window.cablegraph;
    };
  }, [state]);
  const { counts } = state.visibility.value;
  return (
    <div
      ref={container}
      class="graph"
      role="img"
      aria-label={`Network of ${plural(counts.nodes, 'person', 'people')} and ${plural(counts.documents, 'document')}; the list view has the same information as tables.`}
    />
  );
}
