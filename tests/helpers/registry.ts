/** The project's real registry (data/people.csv, offices.csv, places.csv), loaded once for tests. */
import { readRegistryTables } from '../../src/data/io/read-registry.ts';
import { IssueLog } from '../../src/data/issues.ts';
import type { TitleParseOptions } from '../../src/data/parse/title.ts';
import { createRegistry } from '../../src/data/registry/registry.ts';
import type { Registry } from '../../src/data/registry/registry.ts';
import { registryNameContext } from '../../src/data/registry/resolve.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/data/cli/paths.ts';

let cached: Registry | null = null;

export function realRegistry(): Registry {
  if (!cached) {
    const log = new IssueLog();
    const tables = readRegistryTables(DEFAULT_CORPUS_DIR, log);
    if (log.issues.length > 0) throw new Error(`registry issues: ${JSON.stringify(log.issues)}`);
    cached = createRegistry(tables.people, tables.offices, tables.places).registry;
  }
  return cached;
}

export function realContext(): TitleParseOptions {
  return registryNameContext(realRegistry());
}
