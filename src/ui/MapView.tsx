/**
 * The map: where the letters the view shows were sent from and received at. Loaded on demand
 * (with d3-geo, topojson-client and the Natural Earth outlines) the first time the map is opened.
 * The same state drives it as the network: the timeline, type and affiliation filters, the
 * selected person and a traced channel. A place or an arc lists its letters; each opens its record.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Topology } from 'topojson-specification';
import { traceEmphasis } from '../graph/channels.ts';
import { mapCaption, mapFlows, mapLetters } from '../graph/map-flows.ts';
import type { Emphasis } from '../graph/types.ts';
import { loadWorld } from '../formats/scene/base-map.ts';
import { mapScene } from '../formats/scene/map-scene.ts';
import type { MapScene } from '../formats/scene/map-scene.ts';
import type { AppState } from '../state/app-state.ts';
import { useAppState } from '../state/context.ts';
import { egoEmphasis } from '../state/selection.ts';
import { MapCanvas } from './MapCanvas.tsx';
import type { Picked } from './MapCanvas.tsx';
import { MapLetters } from './MapLetters.tsx';
import './map.css';
import { plural } from './format.ts';

/**
 * The emphasis that narrows the map: a selected person's letters, else a traced channel's. Made
 * again only when those change: opening a letter from the map must not redraw (and reframe) it.
 */
function useNarrowing(state: AppState): Emphasis | null {
  const selection = state.selection.value;
  const person = selection?.kind === 'person' ? selection.id : null;
  const filtered = state.viewState.value.visibleEdges;
  const traced = state.traceResult.value;
  return useMemo(() => {
    if (person !== null) return egoEmphasis(state.corpus, person, filtered);
    return traced ? traceEmphasis(traced) : null;
  }, [state.corpus, person, filtered, traced]);
}

/** The size of an element, following it as it changes. */
function useSize(ref: { current: HTMLElement | null }): { width: number; height: number } | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (): void => {
      const { width, height } = element.getBoundingClientRect();
      if (width > 0 && height > 0)
        setSize((old) =>
          old && old.width === Math.round(width) && old.height === Math.round(height)
            ? old
            : { width: Math.round(width), height: Math.round(height) },
        );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

declare global {
  interface Window {
    /** Handle for end-to-end tests and the bench: the map's scene once drawn. */
    cablegraphMap?: { scene: MapScene; drawnAt: number };
  }
}

export default function MapView() {
  const state = useAppState();
  const frame = useRef<HTMLDivElement>(null);
  const size = useSize(frame);
  const [world, setWorld] = useState<Topology | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  useEffect(() => {
    loadWorld()
      .then(setWorld)
      .catch((error: unknown) => setFailed(String(error)));
  }, []);
  const visible = state.visibility.value;
  const filtered = state.viewState.value.visibleNodes !== null;
  const narrow = useNarrowing(state);
  const flows = useMemo(
    () =>
      mapFlows(
        mapLetters(state.corpus, filtered ? visible.documents : null, narrow),
        state.corpus.places,
      ),
    [state.corpus, visible, filtered, narrow],
  );
  const scene = useMemo(
    () => (world && size ? mapScene(flows, world, size) : null),
    [flows, world, size],
  );
  useEffect(() => {
    if (scene) window.cablegraphMap = { scene, drawnAt: performance.now() };
  }, [scene]);
  // A pick the new view no longer shows is closed.
  useEffect(() => {
    if (!picked || !scene) return;
    const still =
      picked.kind === 'place'
        ? scene.points.some((p) => p.key === picked.key)
        : scene.arcs.some((a) => a.id === picked.key);
    if (!still) setPicked(null);
  }, [scene, picked]);
  const selection = state.selection.value;
  const selectedDocument = selection?.kind === 'document' ? selection.id : null;
  const unlocated = state.corpus.places.unlocated;
  return (
    <div class="map-view">
      <div class="map-frame" ref={frame}>
        {scene && (
          <MapCanvas
            scene={scene}
            picked={picked}
            selectedDocument={selectedDocument}
            onPick={setPicked}
          />
        )}
        {!scene && (
          <p class="map-loading" role="status">
            {failed ? `The base map could not be loaded: ${failed}` : 'Drawing the map…'}
          </p>
        )}
        {picked && scene && (
          <MapLetters
            scene={scene}
            picked={picked}
            onClose={() => setPicked(null)}
            onOpen={(id) => state.selectDocument(id)}
          />
        )}
      </div>
      <div class="map-caption" role="status">
        Map {mapCaption(flows)}
        {scene && scene.arcsLeftOut > 0
          ? `; ${plural(scene.arcsLeftOut, 'smaller flow')} not drawn`
          : ''}
        {unlocated.length > 0 && (
          <details class="map-unlocated">
            <summary>{plural(unlocated.length, 'place')} not on the map</summary>
            <ul>
              {unlocated.map((place) => (
                <li key={`${place.authority ?? ''}|${place.name}`}>
                  {place.name} ({plural(place.letters, 'letter')}): {place.reason}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </div>
  );
}
