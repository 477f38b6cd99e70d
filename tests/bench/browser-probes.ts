/**
 * Functions that run inside the benchmarked pages (passed to page.evaluate, so they must not use
 * anything from this module's scope). Both pages expose their sigma instance: the explorer as
 * `window.cablegraph.renderer.sigma`, the bare page as `window.bare.sigma`.
 */
import type Sigma from 'sigma';

declare global {
  interface Window {
    /** The running latency probe of the benchmark, resolved with milliseconds (NaN on timeout). */
    __benchProbe?: Promise<number>;
    __benchLongTasks?: [number, number][];
    /** Time of the second animation frame after the first-draw mark: the drawing is on screen. */
    __benchFirstFrame?: number;
    /** Time of the page's last WebGL draw call, from any canvas. */
    __benchLastDraw?: number;
  }
}

/**
 * Run in every page before its scripts: tsx compiles these probes with esbuild's keepNames, which
 * wraps inner functions in `__name(…)`; record long tasks from the start of the load; time the
 * second animation frame after the first-draw mark (the marks time sigma's WebGL calls, which
 * return before the GPU process has drawn anything); and note the time of every WebGL draw call.
 */
export const INIT_SCRIPT = `
globalThis.__name = (fn) => fn;
window.__benchLastDraw = 0;
for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
  for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
    const original = proto[name];
    if (typeof original !== 'function') continue;
    proto[name] = function (...args) {
      window.__benchLastDraw = performance.now();
      return original.apply(this, args);
    };
  }
}
window.__benchLongTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    if (!list.getEntries().some((e) => e.name.endsWith(':first-draw'))) return;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => (window.__benchFirstFrame ??= performance.now())),
    );
  }).observe({ type: 'mark', buffered: true });
} catch {}
`;

export interface PageFacts {
  /** Highest-degree nodes, busiest first. */
  busiest: string[];
  /** The busiest node that sigma picks at its own centre (not hidden under another): clicked. */
  clickable: string | null;
  nodes: number;
  edges: number;
  container: { width: number; height: number };
}

/** Facts of the page's graph and canvas; `preferred` is clicked when sigma picks it. */
export function pageFacts(preferred: string | null): PageFacts {
  const sigma: Sigma | undefined = window.cablegraph?.renderer.sigma ?? window.bare?.sigma;
  if (!sigma) throw new Error('bench: no sigma on the page');
  const graph = sigma.getGraph();
  const degrees: [string, number][] = graph.mapNodes((node) => [node, graph.degree(node)]);
  degrees.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const rect = sigma.getContainer().getBoundingClientRect();
  const busiest = degrees.slice(0, 10).map(([node]) => node);
  // Private in sigma's types, public at run time: the node under a viewport point, by picking.
  const picker = sigma as unknown as {
    getNodeAtPosition(point: { x: number; y: number }): string | null;
  };
  const clickable =
    [...(preferred === null ? [] : [preferred]), ...busiest].find(
      (node) =>
        picker.getNodeAtPosition(
          sigma.graphToViewport(graph.getNodeAttributes(node) as { x: number; y: number }),
        ) === node,
    ) ?? null;
  return {
    busiest,
    clickable,
    nodes: graph.order,
    edges: graph.size,
    container: { width: Math.round(rect.width), height: Math.round(rect.height) },
  };
}

/** Where a node is drawn, in page coordinates. */
export function nodePoint(node: string): { x: number; y: number } {
  const sigma: Sigma | undefined = window.cablegraph?.renderer.sigma ?? window.bare?.sigma;
  if (!sigma) throw new Error('bench: no sigma on the page');
  const p = sigma.graphToViewport(
    sigma.getGraph().getNodeAttributes(node) as { x: number; y: number },
  );
  const rect = sigma.getContainer().getBoundingClientRect();
  return { x: rect.left + p.x, y: rect.top + p.y };
}

/**
 * Frames sigma renders while the camera goes round a circle (one turn in `seconds`) and zooms in
 * and out, moved one of two ways on every animation frame:
 * - `script`: `camera.setState`. Sigma does not count that as moving, so neither page hides
 *   anything.
 * - `gesture`: as a user moves it: the left button held on sigma's mouse layer and dragged round
 *   the circle, a wheel notch every half second, in and out in turn. Whatever each page does while
 *   the camera moves (the explorer hides edges and labels, as sigma offers) counts.
 * Both pages get the same path; the camera ends where it started.
 */
export async function cameraFps({
  seconds,
  moveBy,
}: {
  seconds: number;
  moveBy: 'script' | 'gesture';
}): Promise<{ frames: number; ms: number; fps: number }> {
  const sigma: Sigma | undefined = window.cablegraph?.renderer.sigma ?? window.bare?.sigma;
  if (!sigma) throw new Error('bench: no sigma on the page');
  const camera = sigma.getCamera();
  const initial = camera.getState();
  const layer = sigma.getCanvases().mouse;
  if (!layer) throw new Error('bench: sigma has no mouse layer');
  const rect = layer.getBoundingClientRect();
  const radius = Math.min(rect.width, rect.height) * 0.15;
  const pointer = (t: number) => {
    const phase = (2 * Math.PI * t) / seconds;
    return {
      clientX: rect.left + rect.width / 2 + radius * Math.sin(phase),
      clientY: rect.top + rect.height / 2 - radius * (1 - Math.cos(phase)),
    };
  };
  const mouse = (type: string, t: number): void =>
    void layer.dispatchEvent(
      new MouseEvent(type, { ...pointer(t), button: 0, buttons: 1, bubbles: true }),
    );
  let notches = 0;
  const move = (t: number): void => {
    if (moveBy === 'script') {
      const phase = (2 * Math.PI * t) / seconds;
      camera.setState({
        x: 0.5 + 0.15 * Math.sin(phase),
        y: 0.5 + 0.15 * (1 - Math.cos(phase)),
        ratio: 0.75 + 0.25 * Math.cos(phase),
      });
      return;
    }
    mouse('mousemove', t);
    if (t < (notches + 1) * 0.5) return;
    const deltaY = notches % 2 === 0 ? -100 : 100;
    layer.dispatchEvent(new WheelEvent('wheel', { ...pointer(t), deltaY, bubbles: true }));
    notches++;
  };
  let frames = 0;
  const count = (): void => void frames++;
  sigma.on('afterRender', count);
  if (moveBy === 'gesture') mouse('mousedown', 0);
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const step = (): void => {
      const t = (performance.now() - t0) / 1000;
      // At least two frames, however slow they are (a 0-frame sample says nothing); 60 s at most.
      if ((t >= seconds && frames >= 2) || t >= 60) return resolve();
      move(t);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  const ms = performance.now() - t0;
  sigma.off('afterRender', count);
  if (moveBy === 'gesture') {
    document.dispatchEvent(new MouseEvent('mouseup', { ...pointer(0), button: 0, bubbles: true }));
    // The release starts an inertia animation: let it run out before putting the camera back.
    await new Promise((resolve) => setTimeout(resolve, 600));
  }
  camera.setState(initial);
  return { frames, ms, fps: (frames / ms) * 1000 };
}

/**
 * Arm the click probe: from the mousedown (its event time) to the first animation frame that
 * starts after a WebGL draw following the mouseup and, when `panel` is given, with that element in
 * the DOM. Draws are seen through the init script's hook, so a highlight drawn by any sigma
 * instance of the page counts (the explorer may draw it on a layer of its own).
 */
export function armClickProbe(panel: string | null): void {
  window.__benchProbe = new Promise<number>((resolve) => {
    let down = NaN;
    let up = Infinity;
    const onDown = (event: MouseEvent): void => void (down = event.timeStamp);
    const onUp = (): void => void (up = performance.now());
    window.addEventListener('mousedown', onDown, true);
    window.addEventListener('mouseup', onUp, true);
    const deadline = performance.now() + 120_000;
    const check = (): void => {
      const now = performance.now();
      const drawn = (window.__benchLastDraw ?? 0) > up;
      if ((drawn && (panel === null || document.querySelector(panel))) || now > deadline) {
        window.removeEventListener('mousedown', onDown, true);
        window.removeEventListener('mouseup', onUp, true);
        resolve(now > deadline ? NaN : now - down);
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

export interface StateChange {
  /** `step`: the timeline's play moves its window one width on (a and b unused). */
  kind: 'filter' | 'trace' | 'step';
  a: string;
  b: string;
}

/** How long a state change took, and when (page time), to find the tasks that ran meanwhile. */
export interface ChangeTiming {
  ms: number;
  start: number;
  end: number;
}

/** Explorer only: a filter or trace change, from the call to the first frame after a WebGL draw. */
export function timeStateChange(change: StateChange): Promise<ChangeTiming> {
  const app = window.cablegraph;
  if (!app) throw new Error('bench: not the explorer');
  const t0 = performance.now();
  if (change.kind === 'filter') app.state.setFilter({ start: change.a, end: change.b });
  else if (change.kind === 'step') app.state.stepWindow(1);
  else app.state.openTrace({ from: change.a, to: change.b });
  return new Promise<ChangeTiming>((resolve) => {
    const check = (): void => {
      const now = performance.now();
      if ((window.__benchLastDraw ?? 0) > t0) return resolve({ ms: now - t0, start: t0, end: now });
      if (now - t0 > 120_000) return resolve({ ms: NaN, start: t0, end: now });
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** The longest task that ran during a change (long tasks are reported a little later). */
export function longestTaskDuring(span: ChangeTiming): number {
  const tasks = window.__benchLongTasks ?? [];
  const overlapping = tasks.filter(([start, ms]) => start < span.end && start + ms > span.start);
  return Math.max(0, ...overlapping.map(([, ms]) => ms));
}

/** Explorer only: the middle third of the dated span, as ISO days. */
export function middleThird(): { start: string; end: string; first: string; last: string } {
  const app = window.cablegraph;
  if (!app) throw new Error('bench: not the explorer');
  let first = '';
  let last = '';
  for (const doc of app.state.corpus.documentList) {
    const iso = doc.date.iso;
    if (iso === null) continue;
    if (first === '' || iso < first) first = iso;
    const end = doc.date.end ?? iso;
    if (last === '' || end > last) last = end;
  }
  const time = (iso: string): number => Date.parse(`${iso}-01-01`.slice(0, 10));
  const lo = time(first);
  const hi = time(last);
  const day = (t: number): string => new Date(t).toISOString().slice(0, 10);
  return { start: day(lo + (hi - lo) / 3), end: day(lo + (2 * (hi - lo)) / 3), first, last };
}

/**
 * Explorer only: switch to the map with every letter shown, and time until it is on screen (its
 * code and base map loaded on demand, letters placed and aggregated, the SVG committed, two
 * animation frames). The network view is unmounted by the switch, so it does not redraw.
 */
export function timeMapDraw(): Promise<{ ms: number; points: number; arcs: number }> {
  const app = window.cablegraph;
  if (!app) throw new Error('bench: not the explorer');
  window.cablegraphMap = undefined;
  const t0 = performance.now();
  app.state.view.value = 'map';
  app.state.resetFilter();
  return new Promise((resolve) => {
    const check = (): void => {
      const map = window.cablegraphMap;
      if (map) {
        const { points, arcs } = map.scene;
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve({ ms: performance.now() - t0, points: points.length, arcs: arcs.length }),
          ),
        );
        return;
      }
      if (performance.now() - t0 > 120_000) return resolve({ ms: NaN, points: 0, arcs: 0 });
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
