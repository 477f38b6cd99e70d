/**
 * The one export path, as the Export dialog and `npm run export` call it: caption, credit,
 * legend and file name worked out from (corpus, view, options) alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportFile } from '../../src/formats/export-file.ts';
import type { ExportView } from '../../src/formats/describe.ts';
import type { Corpus } from '../../src/graph/corpus.ts';
import { computeVisibility, DEFAULT_FILTER } from '../../src/graph/filter.ts';
import { loadRealCorpus } from '../helpers/corpus-fixture.ts';

let corpus: Corpus;
beforeAll(() => {
  corpus = loadRealCorpus();
});

const whole = (): ExportView => ({
  filter: DEFAULT_FILTER,
  visibility: null,
  focus: null,
  channel: null,
  selection: null,
  documentsOf: null,
  scene: null,
});

describe('formats/export-file', () => {
  it('draws the view as SVG with its caption, the source credit and the legend', async () => {
    const filter = { ...DEFAULT_FILTER, start: '1949', end: '1949' };
    const view = { ...whole(), filter, visibility: computeVisibility(corpus, filter) };
    const file = await exportFile(corpus, view, { format: 'svg' });
    const svg = String(file.content);
    expect(file).toMatchObject({
      name: 'cablegraph-korean-war-1947-1950-1949-to-1949.svg',
      type: 'image/svg+xml',
    });
    expect(svg).toContain('Korean War documents, 1947–1950');
    expect(svg).toContain(
      'Source: Wilson Center Digital Archive, History and Public Policy Program. Made with',
    );
    expect(svg).toContain('<g id="legend"');
    const bare = String(
      (await exportFile(corpus, view, { legend: false, caption: false, credit: false })).content,
    );
    expect(bare).not.toMatch(/id="legend"|id="caption"/);
  });

  it("follows the view's size and colour: the legend lists communities, discs grow with brokerage", async () => {
    const look = { sizeBy: 'betweenness', colorBy: 'community' } as const;
    const svg = String((await exportFile(corpus, { ...whole(), look })).content);
    const legend = /<g id="legend"[\s\S]*?<\/g>/.exec(svg)?.[0] ?? '';
    expect(legend).toContain('>Community</text>');
    expect(legend).toMatch(/>Community 1 \(\d+ people\)</);
    expect(legend).toContain('Size: betweenness');
    expect(legend).not.toContain('USSR');
    const radii = (text: string): Map<string, number> =>
      new Map(
        [...text.matchAll(/<circle data-node="([^"]+)"[^>]* r="([\d.]+)"/g)].map((m) => [
          m[1] ?? '',
          Number(m[2]),
        ]),
      );
    // Rank of a disc by size: 1 + the discs larger than it.
    const rank = (sizes: Map<string, number>, id: string): number =>
      1 + [...sizes.values()].filter((r) => r > (sizes.get(id) ?? 0)).length;
    const broker = radii(svg);
    const plain = radii(String((await exportFile(corpus, whole())).content));
    expect(broker.size).toBe(corpus.graph.order);
    // The relays stand out: among the five largest, larger than everyone no shortest link passes
    // through. Kovalev (3 documents) rises; Shtykov, busy with letters, was already among them.
    const none = corpus.graph.filterNodes((_n, a) => a.betweenness === 0);
    for (const relay of ['kovalev', 'shtykov']) {
      for (const other of none) expect(broker.get(relay)).toBeGreaterThan(broker.get(other) ?? 0);
      expect(rank(broker, relay)).toBeLessThanOrEqual(5);
    }
    expect(rank(broker, 'kovalev')).toBeLessThan(rank(plain, 'kovalev'));
  });

  it('refuses PNG without a browser to draw it, and rasterises with one', async () => {
    await expect(exportFile(corpus, whole(), { format: 'png' })).rejects.toThrow(
      /^formats\/export: PNG needs a browser/,
    );
    let scale = 0;
    const file = await exportFile(corpus, whole(), {
      format: 'png',
      png: { width: 2400 },
      rasterize: async (_svg, factor) => {
        scale = factor;
        return new Blob(['png']);
      },
    });
    expect(file.type).toBe('image/png');
    expect(scale).toBeCloseTo(2400 / 1390, 5);
  });

  it('names data for what it holds: the filtered dates, the whole corpus, one person', async () => {
    const filter = { ...DEFAULT_FILTER, start: '1950', end: '1950' };
    const view: ExportView = {
      ...whole(),
      filter,
      visibility: computeVisibility(corpus, filter),
      selection: { kind: 'person', id: 'stalin' },
    };
    expect((await exportFile(corpus, view, { format: 'csv-documents' })).name).toBe(
      'cablegraph-korean-war-1947-1950-1950-to-1950-documents.csv',
    );
    expect((await exportFile(corpus, view, { format: 'gexf', scope: 'all' })).name).toBe(
      'cablegraph-korean-war-1947-1950.gexf',
    );
    const cmif = await exportFile(corpus, { ...view, documentsOf: 'stalin' }, { format: 'cmif' });
    expect(cmif.name).toBe('cablegraph-korean-war-1947-1950-joseph-stalin-1950-to-1950-cmif.xml');
  });
});
