/**
 * SVG of a scene: real vectors — one circle per node, one group (curve and arrowhead) per edge,
 * text labels — with an optional legend, caption and source credit. Plain SVG 1.1 (no CSS, no
 * markers, no foreignObject) so Inkscape, Illustrator, Word and LaTeX take it as it is.
 */
import { labelBox, lineAnchor, LINE_HEIGHT } from './label-boxes.ts';
import type { Point, Scene, SceneEdge, SceneNode } from './scene.ts';
import { labelWidth } from './scene.ts';

export interface LegendEntry {
  label: string;
  color: string;
}

export interface ImageOptions {
  background: 'white' | 'transparent';
  /** Legend entries (affiliation or community colours); null leaves the legend out. */
  legend: LegendEntry[] | null;
  /** The legend's heading: what the colours stand for. */
  legendTitle: string;
  /** The first sentence of the legend's note: what size stands for. */
  sizeNote: string;
  /** One line or more describing the view: corpus, dates, filters, channel. */
  caption: string | null;
  credit: string | null;
  fontFamily: string;
}

export const DEFAULT_IMAGE_OPTIONS: ImageOptions = {
  background: 'white',
  legend: null,
  legendTitle: 'Affiliation',
  sizeNote: 'Size: number of documents.',
  caption: null,
  credit: null,
  fontFamily: "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif",
};

/** Escape text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 does not allow at all.
      // eslint-disable-next-line no-control-regex -- removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

const n = (value: number): string => String(Math.round(value * 100) / 100);

/** Split an rgba() colour into an opaque colour and an opacity, which every SVG reader knows. */
function paint(color: string): { color: string; opacity: number | null } {
  const rgba = /^rgba\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)$/.exec(color);
  if (!rgba) return { color, opacity: null };
  return { color: `rgb(${rgba[1]}, ${rgba[2]}, ${rgba[3]})`, opacity: Number(rgba[4]) };
}

export function fillAttrs(color: string): string {
  const p = paint(color);
  return `fill="${escapeXml(p.color)}"${p.opacity === null ? '' : ` fill-opacity="${n(p.opacity)}"`}`;
}

export function strokeAttrs(color: string, width: number): string {
  const p = paint(color);
  return `stroke="${escapeXml(p.color)}" stroke-width="${n(width)}"${p.opacity === null ? '' : ` stroke-opacity="${n(p.opacity)}"`}`;
}

/** The control point of an edge, as @sigma/edge-curve computes it (screen y grows downwards). */
export function controlPoint(edge: Pick<SceneEdge, 'source' | 'target' | 'curvature'>): Point {
  const { source: s, target: t, curvature: c } = edge;
  return { x: (s.x + t.x) / 2 + (t.y - s.y) * c, y: (s.y + t.y) / 2 - (t.x - s.x) * c };
}

function bezier(a: Point, b: Point, c: Point, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * a.x + 2 * u * t * b.x + t * t * c.x,
    y: u * u * a.y + 2 * u * t * b.y + t * t * c.y,
  };
}

/** Where the edge meets the target's rim, and the direction it arrives from. */
function arrival(edge: SceneEdge): { tip: Point; dir: Point } {
  const cp = controlPoint(edge);
  let lo = 0;
  let hi = 1;
  // The curve is inside the target disc near t = 1: bisect for the crossing of its rim.
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    const p = bezier(edge.source, cp, edge.target, mid);
    if (Math.hypot(p.x - edge.target.x, p.y - edge.target.y) > edge.targetRadius) lo = mid;
    else hi = mid;
  }
  const tip = bezier(edge.source, cp, edge.target, lo);
  const before = bezier(edge.source, cp, edge.target, Math.max(0, lo - 0.02));
  const length = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
  return { tip, dir: { x: (tip.x - before.x) / length, y: (tip.y - before.y) / length } };
}

/**
 * The path of an edge and of its arrowhead (null without one), in the scene's coordinates: the
 * SVG writers and the map view draw edges with the same geometry.
 */
export function edgePaths(edge: SceneEdge): { d: string; head: string | null } {
  const cp = controlPoint(edge);
  const d =
    edge.curvature === 0
      ? `M${n(edge.source.x)} ${n(edge.source.y)}L${n(edge.target.x)} ${n(edge.target.y)}`
      : `M${n(edge.source.x)} ${n(edge.source.y)}Q${n(cp.x)} ${n(cp.y)} ${n(edge.target.x)} ${n(edge.target.y)}`;
  if (!edge.arrow) return { d, head: null };
  const { tip, dir } = arrival(edge);
  const length = Math.max(edge.width * 2.5, 6);
  const half = Math.max(edge.width, 2.5);
  const base = { x: tip.x - dir.x * length, y: tip.y - dir.y * length };
  const left = { x: base.x - dir.y * half, y: base.y + dir.x * half };
  const right = { x: base.x + dir.y * half, y: base.y - dir.x * half };
  const head = `M${n(tip.x)} ${n(tip.y)}L${n(left.x)} ${n(left.y)}L${n(right.x)} ${n(right.y)}Z`;
  return { d, head };
}

export function edgeSvg(edge: SceneEdge): string {
  const { d, head } = edgePaths(edge);
  const arrow = head ? `<path d="${head}" ${fillAttrs(edge.color)}/>` : '';
  return `<g class="edge" data-edge="${escapeXml(edge.id)}"><path d="${d}" fill="none" ${strokeAttrs(edge.color, edge.width)} stroke-linecap="round"/>${arrow}</g>`;
}

/** Wrap text into lines of at most `width` pixels. */
export function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && labelWidth(next, size) > width) {
        lines.push(line);
        line = word;
      } else {
        line = next;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

const LEGEND_WIDTH = 190;

const ANCHORS = { start: '', end: ' text-anchor="end"', middle: ' text-anchor="middle"' };

/** A node's label, marked with the node it names, one `tspan` a line where it is wrapped. */
function labelSvg(node: SceneNode, size: number): string {
  const lines = node.labelLines ?? [node.label ?? ''];
  // Anchored at the disc, so the box's width does not matter here: 0.
  const box = labelBox(
    { id: node.id, x: node.x, y: node.y, radius: node.radius },
    node.labelSide ?? 'right',
    0,
    lines.length * size * LINE_HEIGHT,
  );
  const anchor = (i: number) => lineAnchor({ side: node.labelSide ?? 'right', box }, i, size);
  const first = anchor(0);
  const open = `<text data-node="${escapeXml(node.id)}" x="${n(first.x)}" y="${n(first.y)}"${ANCHORS[first.align]}>`;
  if (lines.length === 1) return `${open}${escapeXml(lines[0] ?? '')}</text>`;
  const spans = lines.map((line, i) => {
    const at = anchor(i);
    return `<tspan x="${n(at.x)}" y="${n(at.y)}">${escapeXml(line)}</tspan>`;
  });
  return `${open}${spans.join('')}</text>`;
}

/** Write a scene as a standalone SVG document. */
export function sceneToSvg(scene: Scene, options: Partial<ImageOptions> = {}): string {
  const o = { ...DEFAULT_IMAGE_OPTIONS, ...options };
  const font = escapeXml(o.fontFamily);
  const legendWidth = o.legend && o.legend.length > 0 ? LEGEND_WIDTH : 0;
  const width = scene.width + legendWidth;
  const captionLines = o.caption ? wrap(o.caption, width - 24, 13) : [];
  const creditLines = o.credit ? wrap(o.credit, width - 24, 11) : [];
  const footer =
    captionLines.length * 18 +
    creditLines.length * 15 +
    (captionLines.length + creditLines.length > 0 ? 16 : 0);
  const height = scene.height + footer;
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">`,
    `<title>${escapeXml(o.caption ?? 'Cablegraph network')}</title>`,
  ];
  if (o.background === 'white')
    parts.push(`<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`);
  parts.push('<g id="edges">', ...scene.edges.map(edgeSvg), '</g>');
  parts.push(
    '<g id="nodes">',
    ...scene.nodes.map(
      (node) =>
        `<circle data-node="${escapeXml(node.id)}" cx="${n(node.x)}" cy="${n(node.y)}" r="${n(node.radius)}" ${fillAttrs(node.color)}/>`,
    ),
    '</g>',
  );
  const labels = scene.nodes.filter((node) => node.label !== null);
  if (labels.length > 0) {
    parts.push(
      `<g id="labels" font-family="${font}" font-size="${scene.labelSize}" font-weight="500" fill="${escapeXml(scene.labelColor)}">`,
    );
    for (const node of labels) parts.push(labelSvg(node, scene.labelSize));
    parts.push('</g>');
  }
  if (legendWidth > 0 && o.legend) {
    const x = scene.width + 12;
    parts.push(
      `<g id="legend" font-family="${font}" font-size="12" fill="#1f2328">`,
      `<text x="${x}" y="28" font-weight="600">${escapeXml(o.legendTitle)}</text>`,
    );
    o.legend.forEach((entry, i) => {
      const y = 50 + i * 20;
      parts.push(
        `<circle cx="${x + 6}" cy="${y - 4}" r="6" ${fillAttrs(entry.color)}/>`,
        `<text x="${x + 18}" y="${y}">${escapeXml(entry.label)}</text>`,
      );
    });
    const noteY = 50 + o.legend.length * 20 + 10;
    const note = wrap(
      `${o.sizeNote} Arrows point to the recipient; each document is its own line.`,
      LEGEND_WIDTH - 24,
      11,
    );
    note.forEach((line, i) =>
      parts.push(
        `<text x="${x}" y="${noteY + i * 14}" font-size="11" fill="#5f6672">${escapeXml(line)}</text>`,
      ),
    );
    parts.push('</g>');
  }
  let y = scene.height + 20;
  if (captionLines.length + creditLines.length > 0) {
    parts.push(`<g id="caption" font-family="${font}" fill="#1f2328">`);
    for (const line of captionLines) {
      parts.push(`<text x="12" y="${y}" font-size="13">${escapeXml(line)}</text>`);
      y += 18;
    }
    for (const line of creditLines) {
      parts.push(`<text x="12" y="${y}" font-size="11" fill="#5f6672">${escapeXml(line)}</text>`);
      y += 15;
    }
    parts.push('</g>');
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
