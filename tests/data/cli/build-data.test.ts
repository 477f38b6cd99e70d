import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTool } from '../../helpers/run.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { goetheDarwinBook } from '../../helpers/workbooks.ts';

describe('data/cli: npm run build:data', { timeout: 30_000 }, () => {
  it('builds the default corpus byte-identically twice, with a summary and a full report', () => {
    const tmp = tempDir();
    const outputs = ['a', 'b'].map((name) => {
      const out = join(tmp.dir, name);
      const run = runTool('build-data.ts', ['--out', out]);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(
        /34 records → 29 in the graph, 5 attached to one person, 0 unplaced, 0 rejected/,
      );
      return ['graph.json', 'documents.json', 'report.json'].map((file) =>
        readFileSync(join(out, file), 'utf8'),
      );
    });
    expect(outputs[0]).toEqual(outputs[1]);
    const graph = JSON.parse(outputs[0]?.[0] ?? '{}') as {
      nodes: { attributes: { x: number; community?: number; betweenness?: number } }[];
      options: { multi: boolean; type: string };
      attributes: { measures?: { betweennessSources: number; communities: number } };
    };
    expect(graph.options).toMatchObject({ multi: true, type: 'directed' });
    expect(graph.nodes.every((n) => Number.isFinite(n.attributes.x))).toBe(true);
    // The seeded measures are part of the identical bytes: communities and brokers of every person.
    expect(graph.nodes.every((n) => (n.attributes.community ?? 0) >= 1)).toBe(true);
    expect(graph.nodes.some((n) => (n.attributes.betweenness ?? 0) > 0)).toBe(true);
    expect(graph.attributes.measures?.betweennessSources).toBe(graph.nodes.length);
    expect(graph.attributes.measures?.communities).toBeGreaterThan(1);
    const report = JSON.parse(outputs[0]?.[2] ?? '{}') as {
      records: { id: string; status: string }[];
      totals: { records: number };
      layout: { seed: number };
    };
    const documents = (
      JSON.parse(outputs[0]?.[1] ?? '{}') as {
        documents: { id: string; placement: string; origin: { file: string; line: number } }[];
      }
    ).documents;
    // Every record is accounted for across the two files: drawn ones in documents.json with their
    // file and line, the others in the report's list with what became of them.
    const drawn = documents.filter((doc) => doc.placement === 'graph');
    expect(report.records.map((r) => r.status).sort()).toEqual(Array(5).fill('attached'));
    expect(drawn).toHaveLength(29);
    expect(drawn.every((doc) => doc.origin.file.endsWith('.csv') && doc.origin.line > 1)).toBe(
      true,
    );
    expect(new Set([...drawn.map((d) => d.id), ...report.records.map((r) => r.id)]).size).toBe(
      report.totals.records,
    );
    expect(report.totals.records).toBe(34);
    expect(report.layout.seed).toBe(1947);
  });

  it("resolves a user's corpus with the registry the user gives, never the default corpus's", () => {
    const tmp = tempDir();
    const csv = tmp.write('mine.csv', 'id,title\na,"Cable, Filippov to Mao Zedong, 1 May 1950"\n');
    const people = (args: string[]) => {
      const out = join(tmp.dir, args.length > 0 ? 'given' : 'none');
      const run = runTool('build-data.ts', ['--input', csv, '--out', out, '--quiet', ...args]);
      expect(run.status).toBe(0);
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
        corpus: { registry: string; registryFiles: string[] };
      };
      const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as {
        nodes: { key: string }[];
      };
      return {
        registry: report.corpus,
        nodes: graph.nodes.map((n) => n.key).sort(),
        said: /^registry: .*$/m.exec(run.stdout)?.[0],
      };
    };
    // No registry given: Filippov is a name of its own, and the report says none was used.
    expect(people([])).toEqual({
      registry: expect.objectContaining({ registry: 'none', registryFiles: [] }),
      nodes: ['filippov', 'mao-zedong'],
      said: 'registry: no registry (give one with --registry DIR)',
    });
    // Given: Filippov is Stalin's pseudonym, as data/people.csv says.
    expect(people(['--registry', 'data'])).toEqual({
      registry: expect.objectContaining({
        registry: 'given',
        registryFiles: expect.arrayContaining([join('data', 'people.csv')]),
      }),
      nodes: ['mao-zedong', 'stalin'],
      said: expect.stringMatching(
        /^registry: names resolved with the registry given \(--registry\): data[\\/]people\.csv, /,
      ),
    });
  });

  it('reads a letter table as historians type it: joins, splits and warnings by kind', () => {
    const tmp = tempDir();
    const table = join(tmp.dir, 'letters.csv');
    writeFileSync(
      table,
      [
        'Sender,Recipient,Date',
        '"Darwin, Charles",Charles Lyell,3/4/1844',
        'Charles Darwin,"Lyell, Charles",5/6/1845',
        'Charles Darwin & Emma Darwin,"Lyell, Charles",n.d.',
      ].join('\n'),
    );
    const run = (...args: string[]) =>
      runTool('build-data.ts', ['--input', table, '--out', join(tmp.dir, 'out'), ...args]);
    const dayFirst = run();
    expect(dayFirst.status).toBe(0);
    expect(dayFirst.stdout).toMatch(/graph: 3 nodes, 4 edges/);
    expect(dayFirst.stdout).toContain(
      '  warning: 3 rows without an id: ids made from date and parties (add ids so links stay stable)',
    );
    expect(dayFirst.stdout).toMatch(
      /^ {2}joined: "Darwin, Charles" = "Charles Darwin" \(name order; 1 document: /m,
    );
    expect(dayFirst.stdout).toMatch(/^ {2}read: 1 cell read as several parties/m);
    expect(dayFirst.stdout).not.toMatch(/^ {2}.*no id:/m);
    const documents = (dir: string) =>
      (
        JSON.parse(readFileSync(join(dir, 'documents.json'), 'utf8')) as {
          documents: { date: { iso: string | null } }[];
        }
      ).documents.map((doc) => doc.date.iso);
    expect(documents(join(tmp.dir, 'out'))).toEqual(['1844-04-03', '1845-06-05', null]);
    expect(run('--date-order', 'month-first').status).toBe(0);
    expect(documents(join(tmp.dir, 'out'))).toEqual(['1844-03-04', '1845-05-06', null]);
    const wrong = run('--date-order', 'sideways');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/--date-order must be day-first or month-first/);
  });

  // Three builds of a workbook, each its own tsx process: 59 s in a full run at load 7+.
  it(
    'reads the sheet and the columns asked for from a workbook (--sheet, --columns)',
    {
      timeout: 120_000,
    },
    () => {
      const tmp = tempDir();
      // A header no reader could guess: "Wer" wrote "An wen".
      const file = tmp.write(
        'letters.xlsx',
        goetheDarwinBook([
          ['Wer', 'Bemerkung', 'An wen', 'Wann'],
          ['Charles Darwin', 'Down', 'J. D. Hooker', '1844'],
          ['', '', '', ''],
          ['J. D. Hooker', 'Kew', 'Charles Darwin', '1845'],
        ]),
      );
      const out = join(tmp.dir, 'out');
      const args = ['--input', file, '--out', out, '--quiet'];
      const guessed = runTool('build-data.ts', args);
      expect(guessed.status).toBe(0);
      expect(guessed.stdout).toMatch(/1 records → 1 in the graph/);
      const chosen = runTool('build-data.ts', [
        ...args,
        '--sheet',
        'Darwin',
        '--columns',
        'sender=Wer,recipient=#3,date=Wann',
      ]);
      expect(chosen.status).toBe(0);
      expect(chosen.stdout).toMatch(
        /2 records → 2 in the graph, .* 0 unplaced, 0 rejected; 1 blank row skipped/,
      );
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
        issues: { file: string; message: string }[];
      };
      expect(report.issues).toContainEqual(
        expect.objectContaining({
          file: expect.stringMatching(/letters\.xlsx$/),
          message: expect.stringMatching(/^read sheet "Darwin" \(the workbook also has "Goethe"/),
        }),
      );
      const wrong = runTool('build-data.ts', [...args, '--columns', 'writer-ish=Wer']);
      expect(wrong.status).toBe(2);
      expect(wrong.stderr).toMatch(/--columns: "writer-ish=Wer" is not FIELD=COLUMN/);
    },
  );

  it('gives a different layout for another seed', () => {
    const tmp = tempDir();
    const graphFor = (seed: string) => {
      const out = join(tmp.dir, seed);
      expect(runTool('build-data.ts', ['--out', out, '--seed', seed, '--quiet']).status).toBe(0);
      return readFileSync(join(out, 'graph.json'), 'utf8');
    };
    expect(graphFor('1')).not.toBe(graphFor('2'));
  });

  it('builds what it can from a broken corpus, names the problems, and fails only with --strict', () => {
    const tmp = tempDir();
    const csv = tmp.write(
      'broken.csv',
      'id,title,date\na,"Letter, Stalin to Mao Zedong, 1 May 1950",\nb,"Letter, Mao Zedong to Stalin",someday\n',
    );
    const out = join(tmp.dir, 'out');
    const run = runTool('build-data.ts', ['--input', csv, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/broken\.csv:3:34: error: field "date": cannot read "someday"/);
    expect(run.stdout).toMatch(/2 records → 2 in the graph/);
    expect(runTool('build-data.ts', ['--input', csv, '--out', out, '--strict']).status).toBe(1);
  });

  it('fails clearly when nothing can be built', () => {
    const tmp = tempDir();
    const run = runTool('build-data.ts', [
      '--input',
      tmp.write('empty.csv', ''),
      '--out',
      join(tmp.dir, 'out'),
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/empty\.csv: error: the file is empty/);
  });
});

describe('data/cli: npm run parse', { timeout: 30_000 }, () => {
  it('prints one JSON object per title with resolved names', () => {
    const run = runTool(
      'parse-titles.ts',
      [],
      'Cable Telegram no. 59363 from Kovalev to Stalin, containing a message from Mao Zedong, 23 October 1949\n\nCable, Filippov [Stalin] to the Soviet Ambassador, Pyongyang, 3 October 1949\n',
    );
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      type: 'cable',
      number: '59363',
      date: { iso: '1949-10-23', precision: 'day' },
      senders: [{ name: 'Ivan Kovalev', id: 'kovalev' }],
      recipients: [{ name: 'Joseph Stalin' }],
      originators: [{ name: 'Mao Zedong', asWritten: 'Mao Zedong' }],
      via: [],
      participants: [],
      places: [],
    });
    expect(lines[1]).toMatchObject({
      senders: [{ name: 'Joseph Stalin', asWritten: 'Filippov [Stalin]' }],
      recipients: [{ name: 'Terentii Shtykov', office: 'Soviet Ambassador, Pyongyang' }],
    });
  });

  it('reads titles from a file', () => {
    const tmp = tempDir();
    const run = runTool('parse-titles.ts', [
      tmp.write('titles.txt', 'Telegram, Shtykov to Vyshinsky, 15 May 1949\r\n'),
    ]);
    expect(JSON.parse(run.stdout)).toMatchObject({
      senders: [{ id: 'shtykov' }],
      recipients: [{ id: 'vyshinsky' }],
    });
  });
});
