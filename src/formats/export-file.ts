/**
 * The one export path: (corpus, view, options) → the exported file, for the explorer's Export
 * dialog and `npm run export` alike. The caption, the credit line, the legend's palette, the
 * file name and which documents a data export holds are worked out here and nowhere else; the
 * two callers only say what their view shows and what the user asked for.
 */
import { labelOf } from '../graph/corpus.ts';
import type { Corpus } from '../graph/corpus.ts';
import type { CmifOptions } from './cmif.ts';
import { FORMAT_INFO, isDataFormat } from './data-formats.ts';
import type { DataFormat } from './data-formats.ts';
import { captionFor, creditLine, describeView, exportFileName } from './describe.ts';
import { DEFAULT_NODE_LOOK, legendEntries, SIZE_NOTES } from './scene/look.ts';
import type { ExportView } from './describe.ts';
import { DEFAULT_SCENE_OPTIONS, placeSceneLabels, sceneFromGraph } from './scene/scene.ts';
import { DEFAULT_IMAGE_OPTIONS, sceneToSvg } from './scene/svg.ts';
import { selectForExport } from './selection.ts';
import { writeDataFormat } from './write.ts';
import { mapCaption, mapFlows, mapLetters } from '../graph/map-flows.ts';
import { mapCredit, mapScene } from './scene/map-scene.ts';
import { mapSceneToSvg } from './scene/map-svg.ts';

export type { ExportView };

export type ExportFormat = 'svg' | 'png' | DataFormat;

export interface ExportOptions {
  format: ExportFormat;
  /** Data: what the view shows, or the whole corpus. */
  scope: 'view' | 'all';
  background: 'white' | 'transparent';
  /** Label the largest this many people; null every one drawn, 0 none. */
  labelLimit: number | null;
  legend: boolean;
  caption: boolean;
  credit: boolean;
  /** Size of an image drawn from the graph (not from the view). */
  width: number;
  height: number;
  /** PNG: times the drawn size, or a width in pixels. */
  png: { scale: number } | { width: number };
  /** Turn SVG into PNG; only a browser can (render/raster.ts). */
  rasterize: ((svg: string, scale: number) => Promise<Blob>) | null;
  /** Text widths in a font, for the image's labels; an estimate when null (Node). */
  measure: ((font: string) => (text: string) => number) | null;
  cmif: Partial<CmifOptions>;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  format: 'svg',
  scope: 'view',
  background: 'white',
  labelLimit: null,
  legend: true,
  caption: true,
  credit: true,
  width: 1200,
  height: 800,
  png: { scale: 2 },
  rasterize: null,
  measure: null,
  cmif: {},
};

export interface ExportedFile {
  name: string;
  /** Media type. */
  type: string;
  content: string | Blob;
}

/** The image of the view as SVG: its scene, labels placed for the image's font. */
function imageSvg(corpus: Corpus, view: ExportView, o: ExportOptions): string {
  const labels = o.labelLimit !== 0;
  const look = view.look ?? DEFAULT_NODE_LOOK;
  // Labels placed once, for the image's own font: on the view's scene, or as the graph's is made.
  const measureIn = (size: number) =>
    o.measure ? o.measure(`500 ${size}px ${DEFAULT_IMAGE_OPTIONS.fontFamily}`) : null;
  const drawn = view.scene?.(labels);
  const measure = measureIn(drawn?.labelSize ?? DEFAULT_SCENE_OPTIONS.labelSize);
  const scene = drawn
    ? placeSceneLabels(drawn, { limit: o.labelLimit, ...(measure ? { measure } : {}) })
    : sceneFromGraph(corpus.graph, {
        width: o.width,
        height: o.height,
        visibleNodes: view.visibility?.nodes ?? null,
        visibleEdges: view.visibility?.edges ?? null,
        focus: view.focus,
        labels,
        labelLimit: o.labelLimit,
        measure,
        look,
      });
  return sceneToSvg(scene, {
    background: o.background,
    // The legend says what the drawing's sizes and colours stand for, as the explorer's does.
    legend: o.legend ? legendEntries(corpus.graph, look) : null,
    legendTitle: look.colorBy === 'community' ? 'Community' : 'Affiliation',
    sizeNote: SIZE_NOTES[look.sizeBy],
    caption: o.caption ? captionFor(describeView(corpus, view)) : null,
    credit: o.credit ? creditLine(corpus) : null,
  });
}

/**
 * The map of a view as SVG: the letters it shows placed, framed on their places, with the
 * map's legend, its caption (what the view shows and how many letters have no place) and the
 * credits of the base map and the gazetteer beside the corpus's.
 */
function mapSvg(
  corpus: Corpus,
  view: ExportView,
  map: NonNullable<ExportView['map']>,
  o: ExportOptions,
): string {
  const narrowing = view.selection?.kind === 'document' ? null : view.focus;
  const flows = mapFlows(
    mapLetters(corpus, view.visibility?.documents ?? null, narrowing),
    corpus.places,
  );
  const scene = mapScene(flows, map.world, {
    width: map.width ?? o.width,
    height: map.height ?? o.height,
  });
  const credit = [creditLine(corpus), mapCredit(corpus.places.located)].filter(Boolean).join(' ');
  return mapSceneToSvg(scene, {
    background: o.background,
    legend: o.legend,
    caption: o.caption
      ? `${captionFor(describeView(corpus, view))} · map ${mapCaption(flows)}`
      : null,
    credit: o.credit ? credit : null,
    labelLimit: o.labelLimit,
  });
}

/** The exported file of a view; throws, with the module's prefix, what cannot be made here. */
export async function exportFile(
  corpus: Corpus,
  view: ExportView,
  options: Partial<ExportOptions> = {},
): Promise<ExportedFile> {
  const o = { ...DEFAULT_EXPORT_OPTIONS, ...options };
  const described = describeView(corpus, view);
  if (o.format === 'svg' || o.format === 'png') {
    const svg = view.map ? mapSvg(corpus, view, view.map, o) : imageSvg(corpus, view, o);
    const name = exportFileName(described, o.format, view.map ? 'map' : null);
    if (o.format === 'svg') return { name, type: 'image/svg+xml', content: svg };
    if (!o.rasterize)
      throw new Error('formats/export: PNG needs a browser to draw it; export SVG and convert it');
    const width = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1] ?? o.width);
    const scale = 'scale' in o.png ? o.png.scale : Math.max(100, o.png.width) / width;
    return { name, type: 'image/png', content: await o.rasterize(svg, scale) };
  }
  if (!isDataFormat(o.format)) throw new Error(`formats/export: unknown format "${o.format}"`);
  const whole = o.scope === 'all' || view.visibility === null;
  const written = writeDataFormat(
    selectForExport(corpus, whole ? null : view.visibility),
    o.format,
    { cmif: o.cmif, look: view.look ?? DEFAULT_NODE_LOOK },
  );
  // Data is named for what it holds: the whole corpus, or the filter's dates and the person
  // whose documents it is — not the view's selection or channel, which it does not follow.
  const named = {
    ...described,
    filter: whole ? { ...described.filter, start: null, end: null } : described.filter,
    channel: null,
    selection: !whole && view.documentsOf ? labelOf(corpus, view.documentsOf) : null,
  };
  const { extension, suffix } = FORMAT_INFO[o.format];
  return {
    name: exportFileName(named, extension, suffix),
    type: written.type,
    content: written.text,
  };
}
