/**
 * The base map: Natural Earth's countries at 1:110m (world-atlas, ~108 kB of TopoJSON), loaded
 * by dynamic import so neither the page nor the network view pays for it until a map is drawn.
 */
import type { Topology } from 'topojson-specification';

export async function loadWorld(): Promise<Topology> {
  const atlas = await import('world-atlas/countries-110m.json');
  return atlas.default as unknown as Topology;
}
