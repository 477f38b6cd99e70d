/**
 * The map drawn as SVG: base map, arcs and places over it, moved by a camera (wheel, drag, pinch,
 * the zoom buttons, the keys +, −, 0 and the arrows). Places and arcs are buttons: a click, a tap
 * or Enter picks one. Arcs and discs keep their width on screen as the map zooms.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent, TargetedPointerEvent } from 'preact';
import { placeMapLabels } from '../formats/scene/map-labels.ts';
import { labelWidth } from '../formats/scene/scene.ts';
import { MAP_COLORS } from '../formats/scene/map-scene.ts';
import type { MapScene, MapSceneArc, MapScenePoint } from '../formats/scene/map-scene.ts';
import { edgePaths } from '../formats/scene/svg.ts';
import { FIT, panBy, toScreen, zoomAbout } from './map-camera.ts';
import type { MapCamera } from './map-camera.ts';
import { plural } from './format.ts';
import { ZoomControls } from './ZoomControls.tsx';
import type { Zoomable } from './ZoomControls.tsx';

export type Picked = { kind: 'place' | 'flow'; key: string };

/**
 * Names of places shown at most, the most letters first, each clear of the others and of larger
 * discs (map-labels.ts), placed anew for each camera: zoomed in, fewer places share the frame.
 */
const LABELS = 40;
/** A press that moves less than this is a click, not a drag. */
const CLICK_SLOP = 5;
const KEY_PAN = 60;

interface Props {
  scene: MapScene;
  picked: Picked | null;
  selectedDocument: string | null;
  onPick(picked: Picked): void;
}

const onActivate =
  (action: () => void) =>
  (event: TargetedKeyboardEvent<SVGElement>): void => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    action();
  };

function arcLabel(arc: MapSceneArc, names: ReadonlyMap<string, string>): string {
  return `${names.get(arc.from) ?? arc.from} → ${names.get(arc.to) ?? arc.to}: ${plural(arc.documents.length, 'letter')}`;
}

function placeLabel(point: MapScenePoint): string {
  return `${point.name}: ${plural(point.documents.length, 'letter')} (${point.sent} sent from, ${point.received} received at)`;
}

/**
 * Widths in the names' type as map.css sets it (500 12px, the page's family), so names are placed
 * by their drawn width; the estimate where the page cannot measure text.
 */
function useTextMeasure(): (text: string) => number {
  return useMemo(() => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return (text: string) => labelWidth(text, 12);
    context.font = `500 12px ${getComputedStyle(document.body).fontFamily}`;
    const widths = new Map<string, number>();
    return (text: string) => {
      let width = widths.get(text);
      if (width === undefined) {
        width = context.measureText(text).width;
        widths.set(text, width);
      }
      return width;
    };
  }, []);
}

export function MapCanvas({ scene, picked, selectedDocument, onPick }: Props) {
  const [camera, setCamera] = useState<MapCamera>(FIT);
  const cameraRef = useRef(camera);
  cameraRef.current = camera;
  const svg = useRef<SVGSVGElement>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const moved = useRef(0);
  // A new scene (another filter, another size) is framed anew.
  useEffect(() => setCamera(FIT), [scene]);
  const zoomable = useRef<Zoomable>({
    zoom: (direction) =>
      setCamera((c) =>
        zoomAbout(c, direction === 'in' ? 1.5 : 1 / 1.5, scene.width / 2, scene.height / 2),
      ),
    resetCamera: () => setCamera(FIT),
  });
  zoomable.current.zoom = (direction) =>
    setCamera((c) =>
      zoomAbout(c, direction === 'in' ? 1.5 : 1 / 1.5, scene.width / 2, scene.height / 2),
    );
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    // A wheel listener that may cancel scrolling must not be passive (Preact's onWheel can be).
    const onWheel = (event: WheelEvent): void => {
      event.preventDefault();
      const box = element.getBoundingClientRect();
      const factor = Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002));
      setCamera((c) => zoomAbout(c, factor, event.clientX - box.left, event.clientY - box.top));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  const names = useMemo(() => new Map(scene.points.map((p) => [p.key, p.name])), [scene]);
  const measure = useTextMeasure();
  const labels = useMemo(
    () =>
      placeMapLabels(
        scene.points.map((point) => ({
          ...point,
          ...toScreen(camera, point),
          priority: point.documents.length,
        })),
        { width: scene.width, height: scene.height, measure, limit: LABELS },
      ),
    [scene, camera, measure],
  );
  const onPointerDown = (event: TargetedPointerEvent<SVGSVGElement>): void => {
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    moved.current = 0;
  };
  const onPointerMove = (event: TargetedPointerEvent<SVGSVGElement>): void => {
    const last = pointers.current.get(event.pointerId);
    if (!last) return;
    const now = { x: event.clientX, y: event.clientY };
    const others = [...pointers.current].filter(([id]) => id !== event.pointerId);
    const [other] = others;
    if (other) {
      // Pinch: the distance between two fingers scales the map about their midpoint.
      const box = event.currentTarget.getBoundingClientRect();
      const before = Math.hypot(last.x - other[1].x, last.y - other[1].y) || 1;
      const after = Math.hypot(now.x - other[1].x, now.y - other[1].y) || 1;
      const cx = (now.x + other[1].x) / 2 - box.left;
      const cy = (now.y + other[1].y) / 2 - box.top;
      setCamera((c) => zoomAbout(c, after / before, cx, cy));
    } else if (event.buttons !== 0 || event.pointerType !== 'mouse') {
      setCamera((c) => panBy(c, now.x - last.x, now.y - last.y));
    } else {
      return;
    }
    moved.current += Math.hypot(now.x - last.x, now.y - last.y);
    if (moved.current > CLICK_SLOP) event.currentTarget.setPointerCapture?.(event.pointerId);
    pointers.current.set(event.pointerId, now);
  };
  const onPointerUp = (event: TargetedPointerEvent<SVGSVGElement>): void => {
    pointers.current.delete(event.pointerId);
  };
  const pick = (next: Picked) => (): void => {
    if (moved.current > CLICK_SLOP) return;
    onPick(next);
  };
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>): void => {
    const pans: Record<string, [number, number]> = {
      ArrowLeft: [KEY_PAN, 0],
      ArrowRight: [-KEY_PAN, 0],
      ArrowUp: [0, KEY_PAN],
      ArrowDown: [0, -KEY_PAN],
    };
    const pan = pans[event.key];
    if (!pan || (event.target as HTMLElement).closest('input, select, textarea')) return;
    event.preventDefault();
    setCamera((c) => panBy(c, pan[0], pan[1]));
  };

  const transform = `translate(${camera.x} ${camera.y}) scale(${camera.k})`;
  return (
    <div class="map-canvas" onKeyDown={onKeyDown}>
      <svg
        ref={svg}
        class="map"
        width={scene.width}
        height={scene.height}
        role="group"
        aria-label="Map of the letters: places and the letters between them"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <g class="map-base" transform={transform} aria-hidden="true">
          <path d={scene.sphere} fill={MAP_COLORS.sea} />
          <g fill={MAP_COLORS.land} stroke={MAP_COLORS.border} stroke-width={0.6}>
            {scene.countries.map((d, i) => (
              <path key={i} d={d} vector-effect="non-scaling-stroke" />
            ))}
          </g>
        </g>
        <g class="map-arcs">
          {scene.arcs.map((arc) => {
            const on = {
              ...arc,
              source: toScreen(camera, arc.source),
              target: toScreen(camera, arc.target),
            };
            const { d, head } = edgePaths(on);
            const active =
              (picked?.kind === 'flow' && picked.key === arc.id) ||
              (selectedDocument !== null && arc.documents.includes(selectedDocument));
            return (
              <g
                key={arc.id}
                class={`map-arc${active ? ' active' : ''}`}
                data-flow={arc.id}
                role="button"
                tabindex={0}
                aria-label={arcLabel(arc, names)}
                onClick={pick({ kind: 'flow', key: arc.id })}
                onKeyDown={onActivate(() => onPick({ kind: 'flow', key: arc.id }))}
              >
                <path class="map-arc-hit" d={d} />
                <path class="map-arc-line" d={d} stroke-width={arc.width} />
                {head && <path class="map-arc-head" d={head} />}
              </g>
            );
          })}
        </g>
        <g class="map-places">
          {scene.points.map((point) => {
            const at = toScreen(camera, point);
            const active = picked?.kind === 'place' && picked.key === point.key;
            return (
              <g
                key={point.key}
                class={`map-place${active ? ' active' : ''}`}
                data-place={point.key}
                role="button"
                tabindex={0}
                aria-label={placeLabel(point)}
                onClick={pick({ kind: 'place', key: point.key })}
                onKeyDown={onActivate(() => onPick({ kind: 'place', key: point.key }))}
              >
                <circle cx={at.x} cy={at.y} r={Math.max(point.radius, 10)} class="map-place-hit" />
                <circle cx={at.x} cy={at.y} r={point.radius} class="map-place-disc" />
              </g>
            );
          })}
        </g>
        {/* Over every disc, so a name placed beside a disc is never drawn under the next one. */}
        <g class="map-place-names" aria-hidden="true">
          {labels.map((label) => (
            <text
              key={label.key}
              data-place={label.key}
              x={label.x}
              y={label.y}
              text-anchor={label.anchor}
              class="map-place-name"
            >
              {label.text}
            </text>
          ))}
        </g>
      </svg>
      <ZoomControls renderer={zoomable} what="the map" />
    </div>
  );
}
