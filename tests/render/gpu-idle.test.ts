/**
 * When the GPU is done: the waiting logic, with WebGL 2 stood in for (Node has none). That real
 * Chromium signals the fences is held by the end-to-end test "makes the focus layer once the
 * network is drawn, before anything is clicked".
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onceGpuIdle } from '../../src/render/gpu-idle.ts';

const SIGNALED = 0x9119;
const UNSIGNALED = 0x9118;

/** Stands in for a canvas whose WebGL 2 context signals its fence when told to. */
function fakeCanvas(kind: 'webgl2' | '2d' = 'webgl2') {
  const state = { signalled: false, lost: false, fences: 0, deleted: 0, flushes: 0 };
  const gl = {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    SYNC_STATUS: 0x9114,
    SIGNALED,
    fenceSync: () => (state.fences++, {}),
    flush: () => void state.flushes++,
    getSyncParameter: () => (state.signalled ? SIGNALED : UNSIGNALED),
    deleteSync: () => void state.deleted++,
    isContextLost: () => state.lost,
  };
  const canvas = {
    getContext: (type: string) => (type === kind ? gl : null),
  } as unknown as HTMLCanvasElement;
  return { canvas, state };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('render/gpu-idle: a task for when the GPU has drawn', () => {
  it('waits until every context has done its commands, then runs once', () => {
    const edges = fakeCanvas();
    const nodes = fakeCanvas();
    const task = vi.fn();
    onceGpuIdle([edges.canvas, nodes.canvas], task);
    expect([edges.state.fences, nodes.state.fences, edges.state.flushes]).toEqual([1, 1, 1]);
    vi.advanceTimersByTime(1_000);
    edges.state.signalled = true;
    vi.advanceTimersByTime(1_000);
    expect(task).not.toHaveBeenCalled();
    nodes.state.signalled = true;
    vi.advanceTimersByTime(1_000);
    expect(task).toHaveBeenCalledTimes(1);
    expect([edges.state.deleted, nodes.state.deleted]).toEqual([1, 1]);
    vi.advanceTimersByTime(10_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a lost context, for canvases of another kind, or past its timeout', () => {
    const lost = fakeCanvas();
    lost.state.lost = true;
    const flat = fakeCanvas('2d');
    const task = vi.fn();
    onceGpuIdle([lost.canvas, flat.canvas], task);
    vi.advanceTimersByTime(500);
    expect(task).toHaveBeenCalledTimes(1);

    const stuck = fakeCanvas();
    const late = vi.fn();
    onceGpuIdle([stuck.canvas], late, { timeoutMs: 5_000 });
    vi.advanceTimersByTime(4_000);
    expect(late).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2_000);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled, and lets its fences go', () => {
    const edges = fakeCanvas();
    const task = vi.fn();
    const cancel = onceGpuIdle([edges.canvas], task);
    vi.advanceTimersByTime(300);
    cancel();
    edges.state.signalled = true;
    vi.advanceTimersByTime(5_000);
    expect(task).not.toHaveBeenCalled();
    expect(edges.state.deleted).toBe(1);
  });
});
