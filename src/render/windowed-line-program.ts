/**
 * A sigma edge program for the overview of a large network: straight lines that apply the
 * timeline's date range themselves. Each edge carries its first and last day; the range is a
 * uniform. Moving the range is then one redraw, where hiding edges through the reducers meant
 * reprocessing every edge that appeared or disappeared (10^5 at archive scale, ~250 ms).
 *
 * Edges outside the range are moved out of clip space in the vertex shader, so they are neither
 * drawn nor picked (the picking pass runs the same shader). The lines are kept on the GPU sorted
 * by date (sorted-lines.ts), so a draw hands the shader only the runs of lines that can meet the
 * range. Their display data says they are shown: code reading it must apply the filter's edge set
 * too (the scene export does).
 *
 * The same buffers also draw one line per pair of people (graph/pairs.ts): each pair's first edge
 * carries the pair's width and colour (`pairWidth`, `pairColor` in its display data), and while
 * `drawPairs()` says so only those are drawn, with them. Switching between pairs and documents
 * (a filter set or cleared) is then a uniform, one redraw, like moving the range.
 */
import { EdgeProgram } from 'sigma/rendering';
import type { ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { createDaySpans, OPEN_WINDOW } from '../graph/day-window.ts';
import type { DayWindow } from '../graph/day-window.ts';
import type { DrawnLines } from './instance-order.ts';
import { SortedLines } from './sorted-lines.ts';

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_source;
attribute vec2 a_target;
attribute vec2 a_normal;
attribute float a_thickness;
attribute vec2 a_days;
// Per vertex of the quad: where along the edge (0 source, 1 target), and which side.
attribute float a_along;
attribute float a_side;
// The pair's line width when this edge draws its pair (0 otherwise), and the pair's colour.
attribute float a_pairWidth;
attribute vec4 a_pairColor;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
// First day, last day, and 1.0 when undated documents are shown.
uniform vec3 u_window;
// 1.0: draw one line per pair of people instead of one per document; then only pairs whose line
// is at least this wide (the busiest: level of detail).
uniform float u_pairs;
uniform float u_minPairWidth;

varying vec4 v_color;

// Picking reads the id back from the colour, alpha included: keep alpha from rounding down.
const float alphaBias = 255.0 / 254.0;

void main() {
  bool pairs = u_pairs > 0.5;
  bool undated = a_days.x > a_days.y;
  bool shown = pairs
    ? a_pairWidth > 0.0 && a_pairWidth >= u_minPairWidth - 0.0001
    : undated
      ? u_window.z > 0.5
      : a_days.y >= u_window.x && a_days.x <= u_window.y;
  if (!shown) {
    // Outside clip space: the quad is discarded before any pixel is drawn.
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    v_color = vec4(0.0);
    return;
  }
  float pixels = max(pairs ? a_pairWidth : a_thickness, u_minEdgeThickness * u_sizeRatio);
  float halfWidth = pixels * u_correctionRatio / u_sizeRatio;
  vec2 point = mix(a_source, a_target, a_along) + a_normal * a_side * halfWidth;
  gl_Position = vec4((u_matrix * vec3(point, 1.0)).xy, 0.0, 1.0);
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = pairs ? a_pairColor : a_color;
  #endif
  v_color.a *= alphaBias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;
varying vec4 v_color;
void main(void) {
  gl_FragColor = v_color;
}
`;

const UNIFORMS = [
  'u_matrix',
  'u_sizeRatio',
  'u_correctionRatio',
  'u_minEdgeThickness',
  'u_window',
  'u_pairs',
  'u_minPairWidth',
] as const;
type Uniform = (typeof UNIFORMS)[number];

const FLOAT = WebGLRenderingContext.FLOAT;
const UNSIGNED_BYTE = WebGLRenderingContext.UNSIGNED_BYTE;

/** What the program reads of an edge beyond sigma's display data: its document's dates. */
type DatedEdgeData = EdgeDisplayData & {
  date?: string | null;
  dateEnd?: string;
  pairWidth?: number;
  pairColor?: string;
};

/** Whether to draw pairs of people, and the narrowest pair line drawn (pixels), at a zoom. */
export interface PairDrawing {
  pairs: boolean;
  minWidth: number;
}

const NO_PAIRS: PairDrawing = { pairs: false, minWidth: 0 };

/**
 * The program class for a renderer; `currentWindow` and `pairDrawing` are read at every draw, so
 * a new range, pairs instead of documents, or fewer pairs from further away only need a render.
 */
export function createWindowedLineProgram(
  currentWindow: () => DayWindow,
  pairDrawing: (cameraRatio: number) => PairDrawing = () => NO_PAIRS,
) {
  const daySpan = createDaySpans();
  return class WindowedLineProgram extends EdgeProgram<Uniform> {
    // Lines kept on the GPU sorted by date and pair width, so a draw covers only those that can
    // be shown (sorted-lines.ts, instance-order.ts). Sigma's own binding uploaded every program's
    // whole buffer on every draw: megabytes per frame at 10^5 lines for data that rarely changes.
    private lines: SortedLines | null = null;
    private drawn: DrawnLines = { window: OPEN_WINDOW, pairs: false, minPairWidth: 0 };
    private readonly constantsUploaded = new Set<ProgramInfo>();

    private sortedLines(): SortedLines {
      return (this.lines ??= new SortedLines(this.STRIDE));
    }

    reallocate(capacity: number): void {
      const changed = capacity !== this.capacity;
      super.reallocate(capacity);
      if (changed) this.sortedLines().reallocate(capacity);
    }

    process(
      edgeIndex: number,
      offset: number,
      source: NodeDisplayData,
      target: NodeDisplayData,
      data: EdgeDisplayData,
    ): void {
      super.process(edgeIndex, offset, source, target, data);
      // Keys come from the data even when the line is hidden: its place stays the same.
      const { date = null, dateEnd, pairWidth = 0 } = data as DatedEdgeData;
      const [first, last] = daySpan(date, dateEnd);
      this.sortedLines().written(this.array, offset, {
        first,
        last,
        pairWidth,
        raised: (data.zIndex ?? 0) > 0,
      });
    }

    protected bindProgram(program: ProgramInfo): void {
      const { gl } = program;
      if (!this.constantsUploaded.has(program)) {
        gl.bindBuffer(gl.ARRAY_BUFFER, program.constantBuffer);
        gl.bufferData(gl.ARRAY_BUFFER, this.constantArray, gl.STATIC_DRAW);
        this.constantsUploaded.add(program);
      }
      gl.bindBuffer(gl.ARRAY_BUFFER, program.constantBuffer);
      let offset = 0;
      for (const attribute of this.CONSTANT_ATTRIBUTES)
        offset += this.bindAttribute(attribute, program, offset, false);
      this.sortedLines().upload(this.array, program);
    }

    /** Each run is one instanced draw, its attributes pointed at the run's first line. */
    drawWebGL(method: number, program: ProgramInfo): void {
      const { gl } = program;
      gl.bindFramebuffer(gl.FRAMEBUFFER, program.frameBuffer);
      const lineBytes = this.STRIDE * Float32Array.BYTES_PER_ELEMENT;
      for (const run of this.sortedLines().runs(this.drawn)) {
        gl.bindBuffer(gl.ARRAY_BUFFER, program.buffer);
        let offset = run.start * lineBytes;
        for (const attribute of this.ATTRIBUTES)
          offset += this.bindAttribute(attribute, program, offset, true);
        drawInstances(gl, method, this.VERTICES, run.count);
      }
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
    }

    getDefinition() {
      return {
        VERTICES: 6,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
        METHOD: WebGLRenderingContext.TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_source', size: 2, type: FLOAT },
          { name: 'a_target', size: 2, type: FLOAT },
          { name: 'a_normal', size: 2, type: FLOAT },
          { name: 'a_thickness', size: 1, type: FLOAT },
          { name: 'a_days', size: 2, type: FLOAT },
          { name: 'a_pairWidth', size: 1, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_pairColor', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        ],
        CONSTANT_ATTRIBUTES: [
          { name: 'a_along', size: 1, type: FLOAT },
          { name: 'a_side', size: 1, type: FLOAT },
        ],
        // Two triangles spanning the quad from source to target.
        CONSTANT_DATA: [
          [0, 1],
          [0, -1],
          [1, 1],
          [1, 1],
          [0, -1],
          [1, -1],
        ],
      };
    }

    processVisibleItem(
      edgeIndex: number,
      startIndex: number,
      source: NodeDisplayData,
      target: NodeDisplayData,
      data: EdgeDisplayData,
    ): void {
      const dx = target.x - source.x;
      const dy = target.y - source.y;
      const length = Math.hypot(dx, dy);
      const { date = null, dateEnd, pairWidth = 0, pairColor } = data as DatedEdgeData;
      const [first, last] = daySpan(date, dateEnd);
      const array = this.array;
      let i = startIndex;
      array[i++] = source.x;
      array[i++] = source.y;
      array[i++] = target.x;
      array[i++] = target.y;
      array[i++] = length > 0 ? -dy / length : 0;
      array[i++] = length > 0 ? dx / length : 0;
      array[i++] = data.size || 1;
      array[i++] = first;
      array[i++] = last;
      array[i++] = pairWidth;
      array[i++] = floatColor(data.color);
      array[i++] = floatColor(pairColor ?? data.color);
      array[i] = edgeIndex;
    }

    setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>): void {
      const window = currentWindow();
      const pairs = pairDrawing(params.zoomRatio);
      this.drawn = { window, pairs: pairs.pairs, minPairWidth: pairs.minWidth };
      gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
      gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
      gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(uniformLocations.u_minEdgeThickness, params.minEdgeThickness);
      gl.uniform3f(uniformLocations.u_window, window.from, window.to, window.undated ? 1 : 0);
      gl.uniform1f(uniformLocations.u_pairs, pairs.pairs ? 1 : 0);
      gl.uniform1f(uniformLocations.u_minPairWidth, pairs.minWidth);
    }
  };
}

/** One instanced draw, in WebGL 2 or through WebGL 1's extension (as sigma 3.0.3 draws). */
function drawInstances(
  gl: WebGLRenderingContext | WebGL2RenderingContext,
  method: number,
  vertices: number,
  count: number,
): void {
  if (gl instanceof WebGL2RenderingContext) gl.drawArraysInstanced(method, 0, vertices, count);
  else
    gl.getExtension('ANGLE_instanced_arrays')?.drawArraysInstancedANGLE(method, 0, vertices, count);
}
