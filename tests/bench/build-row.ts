/**
 * `npm run bench:build [-- --documents 10000,100000]`: only the build row ("parse + resolve +
 * graph vs graphology"), for working on the build's speed without running the whole suite.
 */
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import { runBuildBench } from './build-bench.ts';
import { formatTable } from './table.ts';
import { progress } from './util.ts';

const { values } = parseArgs({ options: { documents: { type: 'string' } } });
const counts = values.documents?.split(',').map(Number);
if (counts && counts.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('bench: --documents takes document counts separated by commas (10000,100000)');
  process.exit(2);
}
progress(`Cablegraph build row, ${cpus().length} CPUs, node ${process.version}`);
const { rows } = runBuildBench(counts);
console.log(formatTable(rows));
