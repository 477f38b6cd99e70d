import { beforeAll, describe, expect, it } from 'vitest';
import { exportFile } from '../../src/formats/export-file.ts';
import { loadWorld } from '../../src/formats/scene/base-map.ts';
import { DEFAULT_FILTER } from '../../src/graph/filter.ts';
import type { Corpus } from '../../src/graph/corpus.ts';
import type { ExportView } from '../../src/formats/describe.ts';
import { loadRealCorpus } from '../helpers/corpus-fixture.ts';

let corpus: Corpus;
let view: ExportView;
beforeAll(async () => {
  corpus = loadRealCorpus();
  view = {
    filter: DEFAULT_FILTER,
    visibility: null,
    focus: null,
    channel: null,
    selection: null,
    documentsOf: null,
    scene: null,
    map: { world: await loadWorld() },
  };
}, 60_000);

describe('formats/export the map', () => {
  it('writes the map through the one export path, with its caption, legend and credits', async () => {
    const file = await exportFile(corpus, view, { format: 'svg' });
    expect(file.name).toBe('cablegraph-korean-war-1947-1950-map.svg');
    const svg = String(file.content);
    expect(svg).toContain('map shows 3 of 34 letters; 31 have no place');
    expect(svg).toContain('Places and letters');
    expect(svg).toContain('Natural Earth (public domain)');
    expect(svg).toContain('places.csv.');
    expect(svg).not.toContain('GeoNames'); // every place came from the registry
    expect(svg).toContain('Source: Wilson Center Digital Archive');
    expect(svg.match(/class="edge"/g)).toHaveLength(1);
    expect(svg.match(/<circle data-place=/g)).toHaveLength(4);
  });

  it('leaves legend, caption and credit out when asked, and says PNG needs a browser', async () => {
    const file = await exportFile(corpus, view, {
      format: 'svg',
      legend: false,
      caption: false,
      credit: false,
    });
    expect(String(file.content)).not.toContain('Places and letters');
    expect(String(file.content)).not.toContain('Natural Earth');
    await expect(exportFile(corpus, view, { format: 'png' })).rejects.toThrow(/needs a browser/);
  });
});
