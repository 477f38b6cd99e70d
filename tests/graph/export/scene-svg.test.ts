/** Image export: the scene of a graph and its SVG — one element per node and edge, text escaped. */
import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/data/build/pipeline.ts';
import { readCorpus } from '../../../src/data/io/read-corpus.ts';
import { IssueLog } from '../../../src/data/issues.ts';
import { DEFAULT_CORPUS_DIR } from '../../../src/data/cli/paths.ts';
import type { CorrespondenceGraph } from '../../../src/graph/build.ts';
import { createCorpus } from '../../../src/graph/corpus.ts';
import type { Corpus } from '../../../src/graph/corpus.ts';
import { captionFor, exportFileName } from '../../../src/graph/export/describe.ts';
import { labelWidth, sceneFromGraph } from '../../../src/graph/export/scene.ts';
import { controlPoint, sceneToSvg } from '../../../src/graph/export/svg.ts';
import { computeVisibility, DEFAULT_FILTER } from '../../../src/graph/filter.ts';
import { edgeCurvatures } from '../../../src/graph/style.ts';
import { handCorpus, handDoc } from '../../helpers/hand-corpus.ts';

let corpus: Corpus;
beforeAll(() => {
  const log = new IssueLog();
  const built = buildCorpus(readCorpus(DEFAULT_CORPUS_DIR, log), log);
  corpus = createCorpus(built.graph, built.documents);
});

function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void errors.push(`${level}: ${message}`),
  }).parseFromString(svg, 'image/svg+xml');
  return { doc, errors };
}

type XmlElement = {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
};

const count = (svg: string, selector: (el: XmlElement) => boolean, tag: string): number => {
  const { doc } = parse(svg);
  return Array.from(doc.getElementsByTagName(tag)).filter(selector).length;
};

describe('graph/export: scene and SVG', () => {
  it('draws one circle per node and one edge group per edge, as valid XML', () => {
    const scene = sceneFromGraph(corpus.graph);
    const svg = sceneToSvg(scene);
    const { errors } = parse(svg);
    expect(errors).toEqual([]);
    expect(count(svg, (el) => el.hasAttribute('data-node'), 'circle')).toBe(corpus.graph.order);
    expect(count(svg, (el) => el.getAttribute('class') === 'edge', 'g')).toBe(corpus.graph.size);
    expect(
      scene.nodes.every(
        (node) => node.x >= 0 && node.x <= scene.width && node.y >= 0 && node.y <= scene.height,
      ),
    ).toBe(true);
  });

  it('draws only what a filter shows', () => {
    const visible = computeVisibility(corpus, {
      ...DEFAULT_FILTER,
      start: '1947',
      end: '1947',
      includeUndated: false,
    });
    const svg = sceneToSvg(
      sceneFromGraph(corpus.graph, { visibleNodes: visible.nodes, visibleEdges: visible.edges }),
    );
    expect(count(svg, (el) => el.hasAttribute('data-node'), 'circle')).toBe(visible.nodes.size);
    expect(count(svg, (el) => el.getAttribute('class') === 'edge', 'g')).toBe(visible.edges.size);
  });

  it('dims what a focus leaves out and keeps its labels off', () => {
    const focus = {
      nodes: new Set(['stalin', 'molotov']),
      edges: new Set(corpus.graph.outEdges('molotov', 'stalin')),
    };
    const scene = sceneFromGraph(corpus.graph, { focus });
    const lie = scene.nodes.find((node) => node.id === 'trygve-lie');
    const stalin = scene.nodes.find((node) => node.id === 'stalin');
    expect(lie?.label).toBeNull();
    expect(lie?.color).not.toBe(stalin?.color);
    expect(
      scene.edges
        .filter((edge) => edge.width > 3)
        .map((edge) => edge.id)
        .sort(),
    ).toEqual([...focus.edges].sort());
  });

  it('curves parallel documents apart and the two directions to opposite sides', () => {
    const hand = handCorpus([
      handDoc('ab1', { senders: ['a'], recipients: ['b'] }),
      handDoc('ab2', { senders: ['a'], recipients: ['b'] }),
      handDoc('ba', { senders: ['b'], recipients: ['a'] }),
      handDoc('lone', { senders: ['a'], recipients: ['c'] }),
    ]);
    const curvatures = edgeCurvatures(hand.graph);
    const edgeOf = (doc: string): string =>
      hand.graph.findEdge((_e, attrs) => attrs.doc === doc) ?? '';
    expect(curvatures.get(edgeOf('lone'))).toBe(0);
    expect(new Set([edgeOf('ab1'), edgeOf('ab2')].map((e) => curvatures.get(e))).size).toBe(2);
    const a = { x: 0, y: 0 };
    const b = { x: 100, y: 0 };
    const side = (from: typeof a, to: typeof a, curvature: number) =>
      Math.sign(controlPoint({ source: from, target: to, curvature }).y);
    // On screen, A→B bends to one side of the line and B→A to the other.
    const abSide = side(a, b, curvatures.get(edgeOf('ab1')) ?? 0);
    expect(abSide).not.toBe(0);
    expect(side(b, a, curvatures.get(edgeOf('ba')) ?? 0)).toBe(-abSide);
  });

  it('adds a legend, caption and credit when asked, and a transparent background when asked', () => {
    const scene = sceneFromGraph(corpus.graph, { width: 600, height: 400 });
    const plain = sceneToSvg(scene, { background: 'transparent' });
    expect(plain).not.toContain('id="legend"');
    expect(plain).not.toContain('<rect');
    const full = sceneToSvg(scene, {
      legend: [{ label: 'USSR', color: '#D55E00' }],
      caption: 'Korean War documents',
      credit: 'Source: Wilson Center',
    });
    expect(parse(full).errors).toEqual([]);
    expect(full).toContain('id="legend"');
    expect(full).toContain('>Korean War documents</text>');
    expect(full).toContain('>Source: Wilson Center</text>');
    expect(Number(/width="(\d+)"/.exec(full)?.[1])).toBe(600 + 190);
  });

  it('ends a label left of its disc where the screen drew it there', () => {
    const scene = sceneFromGraph(corpus.graph);
    const [first, second] = scene.nodes.filter((node) => node.label !== null);
    if (!first || !second) throw new Error('test: the scene has no two labels');
    first.labelSide = 'left';
    const { doc } = parse(sceneToSvg(scene));
    const texts = Array.from(doc.getElementsByTagName('text'));
    const textOf = (label: string | null) => texts.find((t) => t.textContent === label);
    expect(textOf(first.label)?.getAttribute('text-anchor')).toBe('end');
    expect(Number(textOf(first.label)?.getAttribute('x'))).toBeLessThan(first.x);
    expect(textOf(second.label)?.hasAttribute('text-anchor')).toBe(false);
    expect(Number(textOf(second.label)?.getAttribute('x'))).toBeGreaterThan(second.x);
  });

  it('places labels inside the image in Node too: left of the disc, or shortened', () => {
    // At 600 px the default corpus has labels that would run off the right edge.
    for (const width of [1200, 600, 400]) {
      const scene = sceneFromGraph(corpus.graph, { width, height: 400 });
      const labelled = scene.nodes.filter((node) => node.label !== null);
      expect(labelled.length).toBeGreaterThan(5);
      for (const node of labelled) {
        const textWidth = labelWidth(node.label ?? '', scene.labelSize);
        const [from, to] =
          node.labelSide === 'left'
            ? [node.x - node.radius - 3 - textWidth, node.x]
            : [node.x, node.x + node.radius + 3 + textWidth];
        expect(from, `${node.label} at ${width}`).toBeGreaterThanOrEqual(-0.01);
        expect(to, `${node.label} at ${width}`).toBeLessThanOrEqual(width + 0.01);
      }
      if (width === 400) {
        expect(labelled.some((node) => node.labelSide === 'left')).toBe(true);
      }
    }
    const narrow = sceneFromGraph(corpus.graph, { width: 300, height: 400 });
    expect(narrow.nodes.some((node) => node.label?.endsWith('…'))).toBe(true);
  });

  it('keeps hostile text as text', () => {
    const hostile = `<script>alert("x")</script> & 'quotes' ]]>`;
    const hand = handCorpus([handDoc('d', { senders: ['a'], recipients: ['b'] })]);
    const graph: CorrespondenceGraph = hand.graph;
    graph.setNodeAttribute('a', 'label', hostile);
    graph.setNodeAttribute('a', 'documents', 5);
    const svg = sceneToSvg(sceneFromGraph(graph), { caption: hostile, credit: hostile });
    const { doc, errors } = parse(svg);
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName('script').length).toBe(0);
    expect(Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent)).toContain(
      hostile,
    );
  });

  it('names files after what they hold', () => {
    const view = {
      corpusName: 'Korean War documents, 1947–1950',
      corpusSlug: 'korean-war-1947-1950',
      filter: { ...DEFAULT_FILTER, start: '1949', end: '1950-06' },
      allTypes: ['cable', 'letter'],
      allAffiliations: ['USSR', 'PRC'],
      channel: { from: 'Mao Zedong', to: 'Joseph Stalin', mode: 'relayed' as const },
      selection: null,
    };
    expect(exportFileName(view, 'svg')).toBe(
      'cablegraph-korean-war-1947-1950-mao-zedong-to-joseph-stalin-1949-to-1950-06.svg',
    );
    expect(captionFor(view)).toBe(
      'Korean War documents, 1947–1950 · 1949 to 1950-06 · channel Mao Zedong → Joseph Stalin (relayed documents)',
    );
  });
});
