/**
 * SVG of a map scene, plain SVG 1.1 like the network's (sceneToSvg): the sea and country
 * outlines, arcs with arrowheads (their letters in a title each), places with their names, a
 * legend saying what size, width and arrows mean, the caption and the credit.
 */
import { placeMapLabels } from './map-labels.ts';
import { MAP_COLORS } from './map-scene.ts';
import type { MapScene } from './map-scene.ts';
import { edgeSvg, escapeXml, fillAttrs, strokeAttrs, wrap } from './svg.ts';
import { DEFAULT_IMAGE_OPTIONS } from './svg.ts';

export interface MapImageOptions {
  background: 'white' | 'transparent';
  legend: boolean;
  caption: string | null;
  credit: string | null;
  /** Name the places (the largest first) up to this many; null every one. */
  labelLimit: number | null;
  fontFamily: string;
}

export const DEFAULT_MAP_IMAGE_OPTIONS: MapImageOptions = {
  background: 'white',
  legend: true,
  caption: null,
  credit: null,
  labelLimit: null,
  fontFamily: DEFAULT_IMAGE_OPTIONS.fontFamily,
};

const LEGEND_WIDTH = 200;
const n = (value: number): string => String(Math.round(value * 100) / 100);
const plural = (count: number, word: string): string =>
  `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;

function legendSvg(scene: MapScene, x: number, font: string): string[] {
  const parts = [
    `<g id="legend" font-family="${font}" font-size="12" fill="#1f2328">`,
    `<text x="${x}" y="28" font-weight="600">Places and letters</text>`,
    `<circle cx="${x + 8}" cy="50" r="8" ${fillAttrs(MAP_COLORS.point)} stroke="${MAP_COLORS.pointStroke}"/>`,
    `<text x="${x + 22}" y="54">a place: size by letters</text>`,
    `<path d="M${x} 78Q${x + 10} 68 ${x + 20} 78" fill="none" ${strokeAttrs(MAP_COLORS.arc, 3)}/>`,
    `<text x="${x + 26}" y="82">letters between places</text>`,
  ];
  const note = wrap(
    'Arc width: number of letters; the arrow points to where they were received. One arc per pair and direction.',
    LEGEND_WIDTH - 24,
    11,
  );
  note.forEach((line, i) =>
    parts.push(
      `<text x="${x}" y="${104 + i * 14}" font-size="11" fill="#5f6672">${escapeXml(line)}</text>`,
    ),
  );
  if (scene.arcsLeftOut > 0)
    parts.push(
      `<text x="${x}" y="${112 + note.length * 14}" font-size="11" fill="#5f6672">${escapeXml(`${plural(scene.arcsLeftOut, 'smaller flow')} not drawn`)}</text>`,
    );
  parts.push('</g>');
  return parts;
}

/** Write a map scene as a standalone SVG document. */
export function mapSceneToSvg(scene: MapScene, options: Partial<MapImageOptions> = {}): string {
  const o = { ...DEFAULT_MAP_IMAGE_OPTIONS, ...options };
  const font = escapeXml(o.fontFamily);
  const legendWidth = o.legend ? LEGEND_WIDTH : 0;
  const width = scene.width + legendWidth;
  const captionLines = o.caption ? wrap(o.caption, width - 24, 13) : [];
  const creditLines = o.credit ? wrap(o.credit, width - 24, 11) : [];
  const footer =
    captionLines.length * 18 +
    creditLines.length * 15 +
    (captionLines.length + creditLines.length > 0 ? 16 : 0);
  const height = scene.height + footer;
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">`,
    `<title>${escapeXml(o.caption ?? 'Cablegraph map')}</title>`,
  ];
  if (o.background === 'white')
    parts.push(`<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`);
  parts.push(
    `<clipPath id="frame"><rect x="0" y="0" width="${n(scene.width)}" height="${n(scene.height)}"/></clipPath>`,
    '<g id="base-map" clip-path="url(#frame)">',
    `<path d="${scene.sphere}" fill="${MAP_COLORS.sea}"/>`,
    `<g fill="${MAP_COLORS.land}" stroke="${MAP_COLORS.border}" stroke-width="0.6">`,
    ...scene.countries.map((d) => `<path d="${d}"/>`),
    '</g>',
    '</g>',
    '<g id="arcs">',
    ...scene.arcs.map((arc) => edgeSvg(arc)),
    '</g>',
    '<g id="places">',
    ...scene.points.map(
      (point) =>
        `<circle data-place="${escapeXml(point.key)}" cx="${n(point.x)}" cy="${n(point.y)}" r="${n(point.radius)}" ${fillAttrs(MAP_COLORS.point)} stroke="${MAP_COLORS.pointStroke}" stroke-width="1"><title>${escapeXml(`${point.name}: ${plural(point.documents.length, 'letter')}`)}</title></circle>`,
    ),
    '</g>',
  );
  // Named as the map view names them (map-labels.ts), in the estimate's widths: no text engine.
  const labels = placeMapLabels(
    scene.points.map((point) => ({ ...point, priority: point.documents.length })),
    { width: scene.width, height: scene.height, limit: o.labelLimit },
  );
  if (labels.length > 0) {
    parts.push(
      `<g id="labels" font-family="${font}" font-size="12" font-weight="500" fill="#1f2328" stroke="#ffffff" stroke-width="3" paint-order="stroke">`,
      ...labels.map((label) => {
        const anchor = label.anchor === 'start' ? '' : ` text-anchor="${label.anchor}"`;
        return `<text data-place="${escapeXml(label.key)}" x="${n(label.x)}" y="${n(label.y)}"${anchor}>${escapeXml(label.text)}</text>`;
      }),
      '</g>',
    );
  }
  if (o.legend) parts.push(...legendSvg(scene, scene.width + 12, font));
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
