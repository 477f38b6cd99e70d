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
import { captionFor, describeDateRange, exportFileName } from '../../../src/formats/describe.ts';
import { layoutGraph } from '../../../src/graph/layout.ts';
import { labelWidth, sceneFromGraph } from '../../../src/formats/scene/scene.ts';
import { boxesOverlap, labelBox, LINE_HEIGHT } from '../../../src/formats/scene/label-boxes.ts';
import { controlPoint, sceneToSvg } from '../../../src/formats/scene/svg.ts';
import { computeVisibility, DEFAULT_FILTER } from '../../../src/graph/filter.ts';
import { edgeCurvatures } from '../../../src/formats/scene/style.ts';
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

describe('formats/scene: scene and SVG', () => {
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

  it('writes each label marked with its node, anchored on the side it was placed', () => {
    const scene = sceneFromGraph(corpus.graph);
    const [first, second] = scene.nodes.filter((node) => node.label !== null && !node.labelLines);
    if (!first || !second) throw new Error('test: the scene has no two labels');
    first.labelSide = 'left';
    second.labelSide = 'above';
    const { doc } = parse(sceneToSvg(scene));
    const texts = Array.from(doc.getElementsByTagName('text'));
    const textOf = (id: string) => texts.find((t) => t.getAttribute('data-node') === id);
    expect(textOf(first.id)?.textContent).toBe(first.label);
    expect(textOf(first.id)?.getAttribute('text-anchor')).toBe('end');
    expect(Number(textOf(first.id)?.getAttribute('x'))).toBeLessThan(first.x);
    expect(textOf(second.id)?.getAttribute('text-anchor')).toBe('middle');
    expect(Number(textOf(second.id)?.getAttribute('y'))).toBeLessThan(second.y);
  });

  it('names every person in Node too, whole, inside the image and clear of one another', () => {
    // Narrow images leave long names no room on one line: they wrap, never cut short.
    const laidOut = corpus.graph.copy();
    layoutGraph(laidOut, { seed: 1947 });
    for (const [width, height] of [
      [1200, 800],
      [900, 600],
      [400, 500],
    ] as const) {
      const scene = sceneFromGraph(laidOut, { width, height });
      const boxes = scene.nodes.map((node) => {
        const lines = node.labelLines ?? [node.label ?? ''];
        const textWidth = Math.max(...lines.map((line) => labelWidth(line, scene.labelSize)));
        return {
          node,
          box: labelBox(
            node,
            node.labelSide ?? 'right',
            textWidth,
            lines.length * 13 * LINE_HEIGHT,
          ),
        };
      });
      // A small image cannot hold every name: those left out have no free place at all.
      const unnamed = scene.nodes.filter((node) => node.label === null).map((node) => node.id);
      if (width >= 900) expect(unnamed, `unlabelled at ${width}`).toEqual([]);
      for (const { node, box } of boxes.filter(({ node }) => node.label !== null)) {
        expect((node.labelLines ?? [node.label]).join(' ')).toBe(
          corpus.graph.getNodeAttribute(node.id, 'label'),
        );
        expect(box.x, `${node.label} at ${width}`).toBeGreaterThanOrEqual(-0.01);
        expect(box.x + box.width, `${node.label} at ${width}`).toBeLessThanOrEqual(width + 0.01);
      }
      const named = boxes.filter(({ node }) => node.label !== null);
      const clashes = named.flatMap((a, i) =>
        named
          .slice(i + 1)
          .filter((b) => boxesOverlap(a.box, b.box))
          .map((b) => `${a.node.id}/${b.node.id}`),
      );
      expect(clashes, `at ${width}`).toEqual([]);
    }
    const wrapped = sceneFromGraph(laidOut, { width: 400, height: 500 });
    expect(wrapped.nodes.some((node) => (node.labelLines?.length ?? 1) > 1)).toBe(true);
  });

  it('labels only the largest people when asked, or none', () => {
    const largest = sceneFromGraph(corpus.graph, { labelLimit: 5 });
    const labelled = largest.nodes.filter((node) => node.label !== null);
    expect(labelled).toHaveLength(5);
    const smallestLabelled = Math.min(...labelled.map((node) => node.radius));
    expect(
      largest.nodes.filter((node) => node.radius > smallestLabelled && node.label === null),
    ).toEqual([]);
    expect(sceneFromGraph(corpus.graph, { labelLimit: 0 }).nodes.some((n) => n.label)).toBe(false);
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
      'Korean War documents, 1947–1950 · 1949 – June 1950 · channel Mao Zedong → Joseph Stalin (relayed documents)',
    );
  });
});

describe('formats/describe: dates in captions as people write them', () => {
  it('writes a range of months, years or days in words, the shared year once', () => {
    expect(describeDateRange('1949-01', '1949-12')).toBe('January–December 1949');
    expect(describeDateRange('1947', '1950')).toBe('1947–1950');
    expect(describeDateRange('1949-03-03', '1949-03-12')).toBe('3–12 March 1949');
    expect(describeDateRange('1947-05', '1950-09')).toBe('May 1947 – September 1950');
    expect(describeDateRange('1949', '1950-06')).toBe('1949 – June 1950');
    expect(describeDateRange('1949-10', '1949-10')).toBe('October 1949');
    expect(describeDateRange('1947-05', null)).toBe('from May 1947');
    expect(describeDateRange(null, '1950-06')).toBe('until June 1950');
  });
});
