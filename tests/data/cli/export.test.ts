/**
 * `npm run export` as a user runs it: on a built corpus folder (what `npm run build:data` wrote)
 * it writes what exporting the original inputs writes, and says which it read; pointed at a
 * folder of something else it writes nothing and exits with a reason. Letter tables are read with
 * the build's options (--sheet, --columns, --date-order).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/data/cli/paths.ts';
import { runTool } from '../../helpers/run.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { goetheDarwinBook } from '../../helpers/workbooks.ts';

const CMIF_EXAMPLES = ['cmif-example01-basic.xml', 'cmif-example02-printed-edition.xml'].map(
  (name) => join(PROJECT_ROOT, 'tests/fixtures/cmif', name),
);

describe('data/cli: npm run export', { timeout: 60_000 }, () => {
  const tmp = tempDir('cablegraph-export-');
  const built = join(tmp.dir, 'built');
  beforeAll(() => {
    expect(runTool('build-data.ts', ['--out', built, '--quiet']).status).toBe(0);
  });

  /** The CMIF file but for the day it was written on (publicationStmt/date). */
  const undated = (path: string): string =>
    readFileSync(path, 'utf8').replace(/<date when="[\d-]+"\/>/, '');

  it('exports a built corpus folder as it was built: the same letters as from its inputs', () => {
    const fromBuilt = join(tmp.dir, 'from-built.xml');
    const fromInputs = join(tmp.dir, 'from-inputs.xml');
    const run = runTool('export.ts', ['--format', 'cmif', '--input', built, '--out', fromBuilt]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /read the built corpus in .*built \(graph\.json, documents\.json\): 34 documents, opened as it was built/,
    );
    const inputs = runTool('export.ts', ['--format', 'cmif', '--out', fromInputs]);
    expect(inputs.status).toBe(0);
    expect(inputs.stderr).toMatch(
      /read data\/documents\.csv and built the corpus: 34 documents; names resolved with the folder's own registry/,
    );
    expect(undated(fromBuilt)).toBe(undated(fromInputs));
    expect(readFileSync(fromBuilt, 'utf8')).toContain('<placeName>Lake Success</placeName>');
  });

  it('exports a built CMIF edition as the edition: its places, not names read from composed titles', () => {
    const edition = join(tmp.dir, 'edition');
    const build = ['--out', edition, '--quiet', ...CMIF_EXAMPLES.flatMap((f) => ['--input', f])];
    expect(runTool('build-data.ts', build).status).toBe(0);
    const fromBuilt = join(tmp.dir, 'edition-built.xml');
    const fromInputs = join(tmp.dir, 'edition-inputs.xml');
    const run = runTool('export.ts', ['--format', 'cmif', '--input', edition, '--out', fromBuilt]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/read the built corpus in .*edition .*: 6 documents/);
    const args = [
      '--format',
      'cmif',
      '--out',
      fromInputs,
      ...CMIF_EXAMPLES.flatMap((f) => ['--input', f]),
    ];
    expect(runTool('export.ts', args).status).toBe(0);
    expect(undated(fromBuilt)).toBe(undated(fromInputs));
    const places = (path: string) =>
      [...readFileSync(path, 'utf8').matchAll(/<placeName[^>]*>([^<]*)</g)].map((m) => m[1]).sort();
    const original = CMIF_EXAMPLES.flatMap((f) => places(f)).sort();
    expect(original.length).toBeGreaterThan(0);
    expect(places(fromBuilt)).toEqual(original);
  });

  it('exports CSV from a built folder with its authority ids', () => {
    const out = join(tmp.dir, 'documents.csv');
    const run = runTool('export.ts', ['--format', 'csv', '--input', built, '--out', out]);
    expect(run.status).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^id,title,date,type,senders,sender_ids,recipients,/);
    expect(csv).toContain('http://www.wikidata.org/entity/Q855');
  });

  it('reads letter tables as the build does: --sheet, --columns, --date-order', () => {
    const file = join(tmp.dir, 'letters.xlsx');
    writeFileSync(
      file,
      goetheDarwinBook([
        ['Wer', 'Bemerkung', 'An wen', 'Wann'],
        ['Charles Darwin', 'Down', 'J. D. Hooker', '03/04/1844'],
        ['J. D. Hooker', 'Kew', 'Charles Darwin', '05/06/1845'],
      ]),
    );
    const out = join(tmp.dir, 'letters.xml');
    const args = ['--format', 'cmif', '--input', file, '--out', out];
    const chosen = [
      ...['--sheet', 'Darwin', '--columns', 'sender=Wer,recipient=#3,date=Wann'],
      ...['--date-order', 'month-first'],
    ];
    const run = runTool('export.ts', [...args, ...chosen]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/read .*letters\.xlsx and built the corpus: 2 documents/);
    const cmif = readFileSync(out, 'utf8');
    expect(cmif).toContain('Charles Darwin');
    expect([...cmif.matchAll(/<date when="([\d-]+)"/g)].map((m) => m[1])).toEqual(
      expect.arrayContaining(['1844-03-04', '1845-05-06']),
    );
    // Without them the workbook's letter-like first sheet is read, day-first.
    expect(runTool('export.ts', args).status).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toContain('Charles Darwin');
    const wrong = runTool('export.ts', [...args, '--date-order', 'sideways']);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(
      /^data\/export: --date-order must be day-first or month-first, not "sideways"/m,
    );
  });

  it('refuses a folder of something else: a reason, a non-zero exit, no file written', () => {
    const other = tempDir('cablegraph-other-');
    other.write('notes.txt', 'Shopping list\nbread\nmilk\n');
    other.write('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    // Into the folder itself, which exists: only the refusal can keep the file from being written.
    const run = runTool('export.ts', [
      '--format',
      'cmif',
      '--input',
      other.dir,
      '--out',
      join(other.dir, 'x.xml'),
    ]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/^data\/export: .*not a corpus this command can read/m);
    expect(run.stderr).toMatch(/notes\.txt:1:1: error: missing required column "title"/);
    expect(readdirSync(other.dir).sort()).toEqual(['notes.txt', 'photo.png']);
  });

  it('refuses a folder with no corpus file at all, and a missing one, writing nothing', () => {
    const empty = tempDir('cablegraph-empty-');
    empty.write('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    for (const input of [empty.dir, join(empty.dir, 'missing')]) {
      const run = runTool('export.ts', [
        '--format',
        'gexf',
        '--input',
        input,
        '--out',
        join(empty.dir, 'x.gexf'),
      ]);
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/not a corpus this command can read/);
    }
    expect(readdirSync(empty.dir)).toEqual(['photo.png']);
  });
});
