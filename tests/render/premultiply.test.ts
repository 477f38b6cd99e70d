import { describe, expect, it } from 'vitest';
import { EDGE_STYLE, edgeColorFor } from '../../src/formats/scene/style.ts';
import { asWritten, premultiplied } from '../../src/render/premultiply.ts';

/** Channels of an rgb()/rgba() colour. */
const channels = (color: string): number[] =>
  (/\(([^)]*)\)/.exec(color)?.[1] ?? '').split(',').map(Number);

describe('render/premultiply: translucent colours for sigma', () => {
  it('multiplies each channel by the alpha, so none exceeds it (what blending needs)', () => {
    for (const color of [
      EDGE_STYLE.color,
      EDGE_STYLE.dimColor,
      edgeColorFor(2_437),
      edgeColorFor(100_000),
    ]) {
      const [r = 0, g = 0, b = 0, a = 1] = channels(premultiplied(color));
      const written = channels(color);
      expect(a).toBe(written[3]);
      for (const [index, value] of [r, g, b].entries()) {
        expect(value).toBe(Math.round((written[index] ?? 0) * a));
        expect(value / 255).toBeLessThanOrEqual(a + 0.5 / 255);
      }
    }
  });

  it('leaves opaque colours and colours it cannot read as they are', () => {
    for (const color of ['#8C8C8C', 'rgb(1, 2, 3)', 'rgba(1, 2, 3, 1)', 'red', ''])
      expect(premultiplied(color)).toBe(color);
  });

  it('gives back the colour as written for an export', () => {
    const color = edgeColorFor(5_000, true);
    expect(asWritten(premultiplied(color))).toBe(color);
    expect(asWritten('#123456')).toBe('#123456');
  });
});
