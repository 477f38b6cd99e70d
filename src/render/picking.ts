/**
 * Sigma draws every program twice per frame: once on screen, once into a picking buffer that says
 * which node or edge lies under the pointer. While the camera moves nothing is hovered or clicked,
 * and in software WebGL the second pass costs about a fifth of each frame. Programs wrapped here
 * skip it while the view is in motion; the renderer draws once more when the camera rests, which
 * fills the picking buffer again.
 */

/** Whether the view is moving now; set by the renderer from its camera. */
export interface Motion {
  moving: boolean;
}

interface Pickable {
  pickProgram?: unknown;
  programs?: Pickable[];
}

/** This program and, for compound programs (an arrow's line and head), its parts. */
function withParts(program: Pickable): Pickable[] {
  return [program, ...(program.programs ?? []).flatMap(withParts)];
}

// TypeScript accepts a class as a mixin base only with a constructor of `any[]`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RenderingClass = abstract new (...args: any[]) => { render(params: never): void };

/** A subclass of a sigma program class that skips its picking pass while `motion.moving`. */
export function pickingAtRest<T extends RenderingClass>(Program: T, motion: Motion): T {
  abstract class PickingAtRest extends Program {
    render(params: never): void {
      if (!motion.moving) return super.render(params);
      const parts = withParts(this as Pickable);
      const picks = parts.map((part) => part.pickProgram);
      // Sigma skips the picking pass of a program that has none.
      for (const part of parts) if (part.pickProgram) part.pickProgram = null;
      try {
        super.render(params);
      } finally {
        parts.forEach((part, i) => {
          if (picks[i]) part.pickProgram = picks[i];
        });
      }
    }
  }
  return PickingAtRest;
}

/**
 * Mark the view as moving while the camera changes, and draw once more `restMs` after it stops.
 * Returns the function that stops following.
 */
export function followCamera(
  sigma: { getCamera(): CameraLike; scheduleRender(): unknown },
  motion: Motion,
  restMs: number,
): () => void {
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  const onUpdate = (): void => {
    motion.moving = true;
    clearTimeout(restTimer);
    restTimer = setTimeout(() => {
      motion.moving = false;
      sigma.scheduleRender();
    }, restMs);
  };
  const camera = sigma.getCamera();
  camera.on('updated', onUpdate);
  return () => {
    clearTimeout(restTimer);
    camera.off('updated', onUpdate);
  };
}

interface CameraLike {
  on(event: 'updated', listener: () => void): unknown;
  off(event: 'updated', listener: () => void): unknown;
}
