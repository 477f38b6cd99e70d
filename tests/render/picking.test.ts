import { afterEach, describe, expect, it, vi } from 'vitest';
import { followCamera, pickingAtRest } from '../../src/render/picking.ts';

/** Stands in for a sigma program: records whether each render had a picking pass. */
class FakeProgram {
  pickProgram: object | null = {};
  readonly passes: string[] = [];
  render(): void {
    this.passes.push(this.pickProgram ? 'screen+picking' : 'screen');
  }
}

/** Stands in for a compound program (an arrow's line and head), rendering its parts. */
class FakeCompound {
  readonly programs = [new FakeProgram(), new FakeProgram()];
  render(): void {
    for (const part of this.programs) part.render();
  }
}

afterEach(() => vi.useRealTimers());

describe('render/picking: no picking pass while the view moves', () => {
  it('skips the pass in motion, at every part of a compound, and puts it back', () => {
    const motion = { moving: false };
    const single = new (pickingAtRest(FakeProgram, motion))();
    const compound = new (pickingAtRest(FakeCompound, motion))();
    single.render();
    motion.moving = true;
    single.render();
    compound.render();
    motion.moving = false;
    single.render();
    compound.render();
    expect(single.passes).toEqual(['screen+picking', 'screen', 'screen+picking']);
    for (const part of compound.programs) {
      expect(part.passes).toEqual(['screen', 'screen+picking']);
      expect(part.pickProgram).not.toBeNull();
    }
  });

  it('is in motion from a camera update until it rests, then draws once more', () => {
    vi.useFakeTimers();
    const listeners: (() => void)[] = [];
    const camera = {
      on: (_event: 'updated', listener: () => void) => listeners.push(listener),
      off: (_event: 'updated', listener: () => void) =>
        listeners.splice(listeners.indexOf(listener), 1),
    };
    const sigma = { getCamera: () => camera, scheduleRender: vi.fn() };
    const motion = { moving: false };
    const stop = followCamera(sigma, motion, 150);
    for (let frame = 0; frame < 5; frame++) {
      for (const listener of listeners) listener();
      vi.advanceTimersByTime(16);
    }
    expect(motion.moving).toBe(true);
    expect(sigma.scheduleRender).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(motion.moving).toBe(false);
    expect(sigma.scheduleRender).toHaveBeenCalledTimes(1);
    stop();
    expect(listeners).toHaveLength(0);
  });
});
