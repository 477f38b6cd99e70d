/**
 * The layers' allow-list (eslint.config.js LAYERS) as `npm run lint` applies it: an import a
 * layer's list does not name is an error, one it names is not.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/data/cli/paths.ts';

async function layerErrors(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: PROJECT_ROOT });
  const [result] = await eslint.lintText(code, { filePath: `${PROJECT_ROOT}/${file}` });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'cablegraph/layers')
    .map((message) => message.message);
}

describe('eslint: one allow-list of imports per layer', { timeout: 60_000 }, () => {
  it('refuses the model importing formats, sigma or Node, and data importing the page', async () => {
    expect(
      await layerErrors(
        'src/graph/example.ts',
        "import { toCsv } from '../formats/csv.ts';\nimport 'sigma';\nimport 'node:fs';\nexport const x = toCsv;\n",
      ),
    ).toEqual([
      'src/graph may not import from src/formats (eslint.config.js LAYERS)',
      'src/graph may not import "sigma" (eslint.config.js LAYERS)',
      'src/graph may not import "node:fs" (eslint.config.js LAYERS)',
    ]);
    expect(
      await layerErrors(
        'src/data/example.ts',
        "import { whenIdle } from '../render/idle.ts';\nexport const x = whenIdle;\n",
      ),
    ).toEqual(['src/data may not import from src/render (eslint.config.js LAYERS)']);
  });

  it('keeps Node out of the data code the import worker runs: only io/ and cli/ may use it', async () => {
    expect(
      await layerErrors(
        'src/data/build/example.ts',
        "import { readFileSync } from 'node:fs';\nimport { DEFAULT_CORPUS_DIR } from '../cli/paths.ts';\nexport const x = [readFileSync, DEFAULT_CORPUS_DIR];\n",
      ),
    ).toEqual([
      'src/data may not import "node:fs" (eslint.config.js LAYERS)',
      'src/data may not import from src/data/cli (eslint.config.js LAYERS)',
    ]);
    expect(
      await layerErrors(
        'src/data/import-worker.ts',
        "import { join } from 'node:path';\nexport const x = join;\n",
      ),
    ).toEqual(['src/data may not import "node:path" (eslint.config.js LAYERS)']);
    expect(
      await layerErrors(
        'src/data/io/example.ts',
        "import { readFileSync } from 'node:fs';\nimport { readCsv } from './csv.ts';\nimport { IssueLog } from '../issues.ts';\nexport const x = [readFileSync, readCsv, IssueLog];\n",
      ),
    ).toEqual([]);
    expect(
      await layerErrors(
        'src/data/cli/example.ts',
        "import { parseArgs } from 'node:util';\nimport { readCorpus } from '../io/read-corpus.ts';\nexport const x = [parseArgs, readCorpus];\n",
      ),
    ).toEqual([]);
  });

  it('lets each layer import what its list names', async () => {
    expect(
      await layerErrors(
        'src/formats/example.ts',
        "import Papa from 'papaparse';\nimport { ROLES } from '../graph/types.ts';\nexport const x = [Papa, ROLES];\n",
      ),
    ).toEqual([]);
    expect(
      await layerErrors(
        'src/render/example.ts',
        "import Sigma from 'sigma';\nexport const x = Sigma;\n",
      ),
    ).toEqual([]);
  });
});
