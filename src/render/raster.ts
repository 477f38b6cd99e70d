/**
 * PNG from SVG: the browser draws the exported SVG onto a canvas at the chosen scale, so the PNG is
 * the SVG pixel for pixel, legend and caption included, sharp at 2× and 4×.
 */

export interface RasterOptions {
  /** Multiplier of the SVG's own size (1, 2, 4…). */
  scale: number;
}

/** Rasterise an SVG document to a PNG blob. */
export async function svgToPng(svg: string, options: RasterOptions): Promise<Blob> {
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  if (!size) throw new Error('render/raster: the SVG has no width and height');
  const width = Math.round(Number(size[1]) * options.scale);
  const height = Math.round(Number(size[2]) * options.scale);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('render/raster: no 2D canvas');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('render/raster: the canvas gave no PNG')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Width of a text in a CSS font, as the browser draws it (labels of an exported image). */
export function textMeasure(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 8;
  context.font = font;
  return (text) => context.measureText(text).width;
}
