import { beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import type { MapFlows } from '../../../src/graph/map-flows.ts';
import { loadWorld } from '../../../src/formats/scene/base-map.ts';
import {
  mapCredit,
  mapProjection,
  mapScene,
  projectPlaces,
} from '../../../src/formats/scene/map-scene.ts';
import { mapSceneToSvg } from '../../../src/formats/scene/map-svg.ts';

/** A value the test has just made sure of (the lint forbids `!`). */
function sure<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

let world: Topology;
beforeAll(async () => {
  world = await loadWorld();
});

const PLACES = {
  moscow: { lat: 55.75, lon: 37.62 },
  pyongyang: { lat: 39.03, lon: 125.75 },
  lakeSuccess: { lat: 40.77, lon: -73.72 },
  capeTown: { lat: -33.92, lon: 18.42 },
};

function flowsOf(counts: [string, string, number][]): MapFlows {
  const keys = Object.keys(PLACES) as (keyof typeof PLACES)[];
  let n = 0;
  const flows = counts.map(([from, to, count]) => ({
    key: `${from}→${to}`,
    from,
    to,
    documents: Array.from({ length: count }, () => String(n++)),
  }));
  const points = keys.map((key) => {
    const documents = flows
      .filter((f) => f.from === key || f.to === key)
      .flatMap((f) => f.documents);
    return { key, name: `<${key}>`, ...PLACES[key], documents, sent: 0, received: 0 };
  });
  return { points, flows, total: n, shown: n, withoutPlace: 0, unlocatedOnly: 0 };
}

describe('formats/scene map', () => {
  it('projects places inside the frame, west to the left and north above', () => {
    const places = Object.values(PLACES);
    const size = { width: 800, height: 500, padding: 40 };
    const xy = projectPlaces(mapProjection(places, size), places);
    for (const point of xy) {
      expect(sure(point).x).toBeGreaterThanOrEqual(40 - 0.5);
      expect(sure(point).x).toBeLessThanOrEqual(760 + 0.5);
      expect(sure(point).y).toBeGreaterThanOrEqual(40 - 0.5);
      expect(sure(point).y).toBeLessThanOrEqual(460 + 0.5);
    }
    const [moscow, pyongyang, lakeSuccess, capeTown] = xy;
    expect(sure(lakeSuccess).x).toBeLessThan(sure(moscow).x);
    expect(sure(moscow).x).toBeLessThan(sure(pyongyang).x);
    expect(sure(moscow).y).toBeLessThan(sure(capeTown).y);
  });

  it('frames one place with its surroundings, not as a point filling the frame', () => {
    const one = [PLACES.moscow];
    const projection = mapProjection(one, { width: 800, height: 500, minSpan: 16 });
    const [centre] = projectPlaces(projection, one);
    const [east] = projectPlaces(projection, [{ lat: 55.75, lon: 37.62 + 8 }]);
    expect(Math.abs(sure(centre).x - 400)).toBeLessThan(30);
    expect(sure(east).x - sure(centre).x).toBeGreaterThan(100);
    expect(sure(east).x).toBeLessThanOrEqual(800);
  });

  it('draws the largest flows widest, stops at maxArcs and says how many were left out', () => {
    const flows = flowsOf([
      ['moscow', 'pyongyang', 9],
      ['pyongyang', 'moscow', 1],
      ['lakeSuccess', 'moscow', 4],
    ]);
    const scene = mapScene(flows, world, { width: 800, height: 500, maxArcs: 2 });
    expect(scene.arcs.map((a) => a.id)).toEqual(['moscow→pyongyang', 'pyongyang→moscow']);
    expect(scene.arcsLeftOut).toBe(1);
    expect(sure(scene.arcs[0]).width).toBeGreaterThan(sure(scene.arcs[1]).width);
    expect(scene.countries.length).toBeGreaterThan(150);
    const radius = Object.fromEntries(scene.points.map((p) => [p.key, p.radius]));
    expect(radius.moscow).toBeGreaterThan(sure(radius.lakeSuccess));
  });

  it('writes an SVG with the base map, arcs, places, legend, caption and credits, text escaped', () => {
    const flows = flowsOf([['moscow', 'pyongyang', 2]]);
    const svg = mapSceneToSvg(mapScene(flows, world, { width: 800, height: 500 }), {
      caption: 'Korean War documents · map shows 2 of 2 letters',
      credit: mapCredit([{ source: 'gazetteer' }, { source: 'registry' }]),
    });
    expect(svg).toContain('<g id="base-map"');
    expect(svg.match(/class="edge"/g)).toHaveLength(1);
    expect(svg.match(/<circle data-place=/g)).toHaveLength(4);
    expect(svg).toContain('&lt;moscow&gt;');
    expect(svg).not.toContain('<moscow>');
    expect(svg).toContain('Places and letters');
    expect(svg).toContain('map shows 2 of 2 letters');
    expect(svg).toContain('Natural Earth (public domain)');
    expect(svg).toContain('GeoNames (CC BY 4.0)');
  });
});
