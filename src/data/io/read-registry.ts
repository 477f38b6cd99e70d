/**
 * Loading a corpus's registry (people.csv, offices.csv, places.csv) from a folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY_TABLES, registryFromFiles } from '../import/registry-tables.ts';
import type { RegistryFiles, RegistrySource, RegistryTables } from '../import/registry-tables.ts';
import type { IssueLog } from '../issues.ts';

export { NO_REGISTRY } from '../import/registry-tables.ts';
export type { RegistrySource, RegistryTables };

/** Read people.csv, offices.csv and places.csv from a folder (each optional). */
export function readRegistryTables(
  dir: string,
  log: IssueLog,
  displayDir = dir,
  source: RegistrySource = 'given',
): RegistryTables {
  const tables: RegistryFiles = {};
  for (const name of REGISTRY_TABLES) {
    const path = join(dir, name);
    if (existsSync(path))
      tables[name] = { name: join(displayDir, name), bytes: readFileSync(path) };
  }
  return registryFromFiles(tables, log, source);
}
