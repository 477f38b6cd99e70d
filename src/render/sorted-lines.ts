/**
 * The overview's lines on the GPU in the order of instance-order.ts, kept in step with sigma's
 * buffer. Sigma writes each line into its slot of `array` (its own order); this keeps a second
 * buffer, sorted, and uploads that instead: whole after sigma reprocessed everything, otherwise
 * only the span of positions that changed. Relies on sigma 3.0.3's Program (`array`, `STRIDE`,
 * `constantArray`, bindAttribute), checked against that version.
 */
import type { ProgramInfo } from 'sigma/rendering';
import { drawRuns, instanceOrder } from './instance-order.ts';
import type { DrawnLines, DrawRun, InstanceKeys, InstanceOrder } from './instance-order.ts';

/** Positions [from, to) still to upload to a GL program, or all of them. */
type Pending = { from: number; to: number } | 'all' | null;

/** One line's keys as sigma last processed it. */
export interface LineKeys {
  first: number;
  last: number;
  pairWidth: number;
  /** Raised above the others (sigma's zIndex): the hovered line. Drawn again, last. */
  raised: boolean;
}

export class SortedLines {
  private keys: InstanceKeys = {
    first: new Float64Array(0),
    last: new Float64Array(0),
    pairWidth: new Float64Array(0),
  };
  private order: InstanceOrder | null = null;
  private sorted = new Float32Array(0);
  private readonly raised = new Set<number>();
  private readonly pending = new Map<ProgramInfo, Pending>();

  constructor(private readonly stride: number) {}

  /** Sigma sized its buffer for `capacity` lines: every slot is written again. */
  reallocate(capacity: number): void {
    this.keys = {
      first: new Float64Array(capacity),
      last: new Float64Array(capacity),
      pairWidth: new Float64Array(capacity),
    };
    this.order = null;
    this.raised.clear();
  }

  /** Sigma has just written `slot` of `array`: follow it in the sorted buffer. */
  written(array: Float32Array, slot: number, line: LineKeys): void {
    if (line.raised) this.raised.add(slot);
    else this.raised.delete(slot);
    const { keys } = this;
    // Sigma reprocesses in place: keys change only when a full pass moved lines between slots.
    // A raised line keeps its place (a hovered pair is drawn wider, not moved): it is drawn again
    // on top anyway, and re-sorting 10^5 lines on every hover would cost more than the hover.
    const keep = line.raised && this.order !== null;
    if (
      !keep &&
      (keys.first[slot] !== line.first ||
        keys.last[slot] !== line.last ||
        keys.pairWidth[slot] !== line.pairWidth)
    ) {
      keys.first[slot] = line.first;
      keys.last[slot] = line.last;
      keys.pairWidth[slot] = line.pairWidth;
      this.order = null;
    }
    const order = this.order;
    if (!order) return;
    // Called for every line of a full pass: no array made per call.
    this.follow(array, slot, order.documentPosition[slot] ?? -1);
    this.follow(array, slot, order.pairPosition[slot] ?? -1);
  }

  /** Copy a slot to its place in the sorted buffer (none when −1), to be uploaded. */
  private follow(array: Float32Array, slot: number, position: number): void {
    if (position < 0) return;
    this.copyLine(array, slot, this.sorted, position);
    this.touch(position);
  }

  private copyLine(from: Float32Array, slot: number, to: Float32Array, position: number): void {
    to.set(from.subarray(slot * this.stride, (slot + 1) * this.stride), position * this.stride);
  }

  private touch(position: number): void {
    for (const [program, pending] of this.pending) {
      if (pending === 'all') continue;
      this.pending.set(
        program,
        pending
          ? { from: Math.min(pending.from, position), to: Math.max(pending.to, position + 1) }
          : { from: position, to: position + 1 },
      );
    }
  }

  /** The sorted buffer, rebuilt from sigma's `array` if a full pass moved lines between slots. */
  prepare(array: Float32Array): Float32Array {
    if (this.order) return this.sorted;
    const order = instanceOrder(this.keys);
    const sorted = new Float32Array(order.slots.length * this.stride);
    for (let position = 0; position < order.slots.length; position++) {
      const slot = order.slots[position] ?? 0;
      this.copyLine(array, slot, sorted, position);
    }
    this.order = order;
    this.sorted = sorted;
    for (const known of this.pending.keys()) this.pending.set(known, 'all');
    return sorted;
  }

  /** `program`'s GL buffer brought up to date with the sorted buffer. */
  upload(array: Float32Array, program: ProgramInfo): void {
    this.prepare(array);
    const pending = this.pending.has(program) ? this.pending.get(program) : 'all';
    const { gl } = program;
    gl.bindBuffer(gl.ARRAY_BUFFER, program.buffer);
    if (pending === 'all') gl.bufferData(gl.ARRAY_BUFFER, this.sorted, gl.DYNAMIC_DRAW);
    else if (pending)
      gl.bufferSubData(
        gl.ARRAY_BUFFER,
        pending.from * this.stride * Float32Array.BYTES_PER_ELEMENT,
        this.sorted.subarray(pending.from * this.stride, pending.to * this.stride),
      );
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    this.pending.set(program, null);
  }

  /** What to draw: runs of the sorted buffer, then each raised line once more, on top. */
  runs(drawn: DrawnLines): DrawRun[] {
    const order = this.order;
    if (!order) return [];
    const runs = drawRuns(order, drawn);
    const positions = drawn.pairs ? order.pairPosition : order.documentPosition;
    for (const slot of this.raised) {
      const position = positions[slot] ?? -1;
      if (position >= 0) runs.push({ start: position, count: 1 });
    }
    return runs;
  }
}
