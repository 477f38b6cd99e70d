/**
 * `npm run export -- --format svg --size … --colour …`: the network image drawn with the look the
 * explorer's legend offers, through the same look functions (formats/scene/look.ts), legend
 * included, and GEXF's viz colours; a look the legend does not offer, or one asked of a data
 * format that cannot draw it, writes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/data/build/pipeline.ts';
import { DEFAULT_CORPUS_DIR } from '../../../src/data/cli/paths.ts';
import { readCorpus } from '../../../src/data/io/read-corpus.ts';
import { IssueLog } from '../../../src/data/issues.ts';
import { legendEntries, nodeLookFunctions } from '../../../src/formats/scene/look.ts';
import type { CorrespondenceGraph } from '../../../src/graph/build.ts';
import { runTool } from '../../helpers/run.ts';
import { tempDir } from '../../helpers/tmp.ts';

function parseSvg(path: string): Element {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(readFileSync(path, 'utf8'), 'image/svg+xml');
  if (!doc.documentElement) throw new Error('no document element');
  return doc.documentElement;
}

const texts = (svg: Element): string[] =>
  Array.from(svg.getElementsByTagName('text')).map((t) => t.textContent ?? '');

/** Each person's circle: fill and radius, by node id. */
function circles(svg: Element): Map<string, { fill: string; r: number }> {
  const out = new Map<string, { fill: string; r: number }>();
  for (const c of Array.from(svg.getElementsByTagName('circle'))) {
    const node = c.getAttribute('data-node');
    if (node) out.set(node, { fill: c.getAttribute('fill') ?? '', r: Number(c.getAttribute('r')) });
  }
  return out;
}

describe('data/cli: npm run export with a look', { timeout: 60_000 }, () => {
  const tmp = tempDir('cablegraph-export-look-');
  let graph: CorrespondenceGraph;
  beforeAll(() => {
    const log = new IssueLog();
    graph = buildCorpus(readCorpus(DEFAULT_CORPUS_DIR, log), log).graph;
  });

  it('--colour community: the legend lists the communities, and each person wears theirs', () => {
    const out = join(tmp.dir, 'communities.svg');
    const run = runTool('export.ts', ['--format', 'svg', '--colour', 'community', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const svg = parseSvg(out);
    const entries = legendEntries(graph, { sizeBy: 'documents', colorBy: 'community' });
    expect(entries.length).toBeGreaterThan(1);
    expect(texts(svg)).toContain('Community');
    for (const entry of entries) expect(texts(svg)).toContain(entry.label);
    // Not the affiliations' legend: no "USSR" entry beside the communities.
    expect(texts(svg)).not.toContain('USSR');
    const colours = new Map(entries.map((entry) => [entry.label, entry.color]));
    const first = colours.get(entries[0]?.label ?? '');
    const members = graph.filterNodes((_n, a) => a.community === 1);
    expect(members.length).toBeGreaterThan(1);
    const drawn = circles(svg);
    for (const node of members) expect(drawn.get(node)?.fill, node).toBe(first);
  });

  it('--size betweenness: the brokers are drawn largest, people who broker nothing smallest', () => {
    const out = join(tmp.dir, 'brokers.svg');
    const run = runTool('export.ts', ['--format', 'svg', '--size', 'betweenness', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const drawn = circles(parseSvg(out));
    const broker = graph.reduceNodes(
      (best, node, a) =>
        (a.betweenness ?? 0) > (graph.getNodeAttribute(best, 'betweenness') ?? 0) ? node : best,
      graph.nodes()[0] ?? '',
    );
    const none = graph.filterNodes((_n, a) => (a.betweenness ?? 0) === 0);
    expect(none.length).toBeGreaterThan(0);
    const radius = (node: string): number => drawn.get(node)?.r ?? Number.NaN;
    for (const node of none) expect(radius(broker), node).toBeGreaterThan(radius(node));
    expect(texts(parseSvg(out)).join(' ')).toContain('Size: betweenness');
  });

  it('--format gexf --colour community --size betweenness: Gephi gets the same look', () => {
    const out = join(tmp.dir, 'look.gexf');
    const run = runTool('export.ts', [
      ...['--format', 'gexf', '--colour', 'community', '--size', 'betweenness', '--out', out],
    ]);
    expect(run.status, run.stderr).toBe(0);
    const gexf = new DOMParser().parseFromString(readFileSync(out, 'utf8'), 'application/xml');
    const look = nodeLookFunctions(graph, { sizeBy: 'betweenness', colorBy: 'community' });
    const nodes = Array.from(gexf.getElementsByTagName('node'));
    expect(nodes.length).toBe(graph.order);
    for (const node of nodes) {
      const id = node.getAttribute('id') ?? '';
      const hex = node.getElementsByTagName('viz:color')[0]?.getAttribute('hex') ?? '';
      expect(hex.toUpperCase()).toBe(look.color(id, graph.getNodeAttributes(id)).toUpperCase());
    }
  });

  it('refuses a look the legend does not offer, and a look asked of data, writing nothing', () => {
    const out = join(tmp.dir, 'refused.svg');
    const rainbow = runTool('export.ts', ['--format', 'svg', '--colour', 'rainbow', '--out', out]);
    expect(rainbow.status).not.toBe(0);
    expect(rainbow.stderr).toContain('--colour must be affiliation or community, not "rainbow"');
    const graphml = runTool('export.ts', [
      '--format',
      'graphml',
      '--size',
      'betweenness',
      '--out',
      out,
    ]);
    expect(graphml.status).not.toBe(0);
    expect(graphml.stderr).toContain('--size and --colour style the network image');
    expect(existsSync(out)).toBe(false);
  });
});
