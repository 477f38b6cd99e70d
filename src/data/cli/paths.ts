/** Project folders, found from this file so the commands work from any working directory. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DEFAULT_CORPUS_DIR = resolve(PROJECT_ROOT, 'data');
export const DEFAULT_OUTPUT_DIR = resolve(PROJECT_ROOT, 'public/data');
