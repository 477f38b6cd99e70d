/**
 * `npm run bench`: the "Fast at archive scale" benchmark suite. Every figure is printed beside a
 * baseline measured in the same run, as a ratio, because these machines are noisy. Writes the
 * raw numbers to bench-results/bench.json. Not part of `npm test`; takes a few minutes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { runBrowserBench } from './browser-bench.ts';
import type { Target } from './browser-bench.ts';
import { browserRows, summarise } from './browser-rows.ts';
import { runBuildBench, runFullBuild } from './build-bench.ts';
import { bundleLines, runBundleBench } from './bundle-bench.ts';
import { corpusDir, readAndBuild } from './corpora.ts';
import { runCmifBench } from './cmif-bench.ts';
import { runImportBench } from './import-bench.ts';
import { layoutKnobs, runLayoutBench } from './layout-bench.ts';
import { buildBare, buildDefaultCorpus, buildExplorer, writeSite } from './sites.ts';
import { formatTable } from './table.ts';
import { elapsedSeconds, progress, RESULTS_DIR } from './util.ts';
import type { Row } from './util.ts';

/**
 * The suite's target duration on a 2-core machine; the browser section adapts to it beyond the
 * three loads per page and corpus every median needs (browser-bench.ts MIN_LOADS), which it always
 * makes. Raised from 570 s for them: three pairs of loads at 20k/100k alone take ~6–8 min here.
 */
const DEADLINE_SECONDS = 1500;

async function main(): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const date = new Date().toISOString();
  progress(`Cablegraph benchmarks, ${cpus().length} CPUs, node ${process.version}`);

  progress('bundle: vite build of the explorer and of the bare sigma page');
  const dist = await buildExplorer();
  await buildBare();
  const bundle = runBundleBench(dist);

  const build = runBuildBench();
  const full = runFullBuild();
  const layout = runLayoutBench();
  const imports = await runImportBench();
  const cmif = runCmifBench();

  progress('browser: writing the sites (default corpus, 5k people / 20k documents, 20k / 100k)');
  const sites: Target[] = [
    {
      name: 'default',
      label: 'default corpus',
      site: writeSite('default', buildDefaultCorpus()),
      reps: 3,
    },
    {
      name: '5k-20k',
      label: '5k people / 20k docs',
      site: writeSite(
        '5k-20k',
        readAndBuild(corpusDir({ documents: 20_000, people: 5_000 }), {}).result,
      ),
      reps: 3,
    },
    {
      name: '20k-100k',
      label: '20k people / 100k docs',
      site: writeSite('20k-100k', full.result),
      reps: 3,
    },
  ];
  // Medians of at least 3 loads per page and size; more (up to `reps`) only within the deadline.
  const browser = await runBrowserBench(sites, DEADLINE_SECONDS);

  const rows: Row[] = [
    ...build.rows,
    ...full.rows,
    ...layout.rows,
    ...browser.results.flatMap(browserRows),
    ...imports.rows,
    ...cmif.rows,
    ...bundle.rows,
  ];
  const table = formatTable(rows);
  const totalSeconds = elapsedSeconds();
  const notes = [
    'Browser figures: headless Chromium on SwiftShader (software WebGL), so absolute numbers are floors; the ratios to bare sigma on the same graph.json count.',
    'Layout settings (layoutSettings / defaultIterations):',
    ...layoutKnobs(layout.sizes),
    'Bundle files:',
    ...bundleLines(bundle.bundle),
  ];
  console.log(`\n${table}\n\n${notes.join('\n')}\n`);
  const json = {
    date,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      node: process.version,
      chromium: browser.chromium,
    },
    totalSeconds,
    rows,
    build: build.sizes,
    fullBuild: full.full,
    layout: layout.sizes,
    browser: browser.results.map((r) => ({ ...r, summary: summarise(r) })),
    import: imports.files,
    cmif: cmif.results,
    bundle: bundle.bundle,
  };
  const out = join(RESULTS_DIR, 'bench.json');
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  progress(`wrote ${out}; total ${(totalSeconds / 60).toFixed(1)} min`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
