/**
 * Knowing when the GPU has drawn what it was given, without waiting for it. Creating a WebGL
 * context is a synchronous call that waits for the GPU process: made while a large network's first
 * drawing is still there (seconds at 10^5 edges in software rendering), it held the page for the
 * rest of that drawing. Animation frames do not tell: the page's frames go on while a canvas's
 * commands are still being carried out.
 */
import { onceIdle } from './idle.ts';

export interface GpuIdleOptions {
  /** How often to look at the fences. */
  pollMs: number;
  /** Give up waiting after this long and run the task anyway. */
  timeoutMs: number;
}

export const DEFAULT_GPU_IDLE_OPTIONS: GpuIdleOptions = { pollMs: 100, timeoutMs: 60_000 };

/**
 * Run `task` in an idle moment once the GPU has carried out every command given so far to the
 * WebGL 2 contexts of `canvases` (a fence in each, looked at without blocking). Canvases without a
 * WebGL 2 context are not waited for. Returns a function that cancels it.
 */
export function onceGpuIdle(
  canvases: readonly HTMLCanvasElement[],
  task: (budgetMs: number) => void,
  options: Partial<GpuIdleOptions> = {},
): () => void {
  const { pollMs, timeoutMs } = { ...DEFAULT_GPU_IDLE_OPTIONS, ...options };
  const fences: { gl: WebGL2RenderingContext; sync: WebGLSync }[] = [];
  for (const canvas of canvases) {
    // The canvas's own context, made by its renderer: asking again returns it (or null when it is
    // another kind), it never makes one.
    const gl = canvas.getContext('webgl2');
    const sync = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    if (!gl || !sync) continue;
    gl.flush();
    fences.push({ gl, sync });
  }
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle = (): void => undefined;
  const release = (): void => {
    for (const { gl, sync } of fences.splice(0)) if (!gl.isContextLost()) gl.deleteSync(sync);
  };
  const look = (): void => {
    // A lost context never signals: nothing is left to wait for there.
    const done = fences.every(
      ({ gl, sync }) =>
        gl.isContextLost() || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED,
    );
    if (done || performance.now() - started > timeoutMs) {
      release();
      cancelIdle = onceIdle(task, 2000);
    } else timer = setTimeout(look, pollMs);
  };
  timer = setTimeout(look, 0);
  return () => {
    clearTimeout(timer);
    cancelIdle();
    release();
  };
}
