/**
 * Round trips in the explorer as a historian makes them: a CMIF edition opened, saved as the
 * documents CSV from the Export dialog and opened again gives back every letter with every field;
 * a corpus opened with its registry files is resolved with them, and without them with none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_CORPUS_DIR, PROJECT_ROOT } from '../../src/data/cli/paths.ts';
import type { CorrespondenceGraph } from '../../src/graph/build.ts';
import type { DocumentRecord } from '../../src/graph/types.ts';
import { recordDifferences } from '../helpers/round-trip.ts';
import { openExplorer } from './explorer-page.ts';
import { usePage } from './page-session.ts';

const baseUrl = inject('baseUrl');
let page: Page;
usePage((opened) => (page = opened), { acceptDownloads: true });

const openDialog = () => page.getByRole('dialog', { name: 'Open a corpus' });
const report = () => page.getByRole('region', { name: 'Build report' });

declare global {
  interface Window {
    /** The corpus shown before files were opened, to tell when theirs replaces it. */
    shownBefore?: unknown;
  }
}

/** Open files with the file picker, as one corpus, and wait until the corpus shown is theirs. */
async function openFiles(files: { name: string; buffer: Buffer; mimeType: string }[]) {
  await page.evaluate(() => {
    window.shownBefore = window.cablegraph!.state.corpus;
  });
  await page.getByLabel('Choose corpus files').setInputFiles(files);
  const button = files.length === 1 ? 'Open this file' : `Open these ${files.length} files`;
  await openDialog().getByRole('button', { name: button }).click();
  await page
    .waitForFunction(
      () =>
        window.cablegraph?.state.corpus !== undefined &&
        window.cablegraph.state.corpus !== window.shownBefore,
      undefined,
      // The Spener edition's 2,435 letters are read, resolved, measured and laid out in the import
      // worker: past 60 s in a full run at load 7+ once the measures came (14:46, 5c91561).
      { timeout: 150_000 },
    )
    .catch(async (error: unknown) => {
      // Once in seven full runs (2026-12-04) the corpus never came, with no console error: say
      // what the dialog showed then (still reading, a question, an error), to tell which.
      const shown = await openDialog()
        .textContent({ timeout: 5_000 })
        .catch(() => '(no dialog)');
      throw new Error(
        `tests/e2e/round-trip: the opened files never replaced the corpus; the dialog said: ${shown}\n${(error as Error).message}`,
      );
    });
  await expect.poll(() => openDialog().isVisible(), { timeout: 30_000 }).toBe(false);
}

/** The corpus the explorer shows: its graph and its records, as the page holds them. */
async function shownCorpus(): Promise<{
  graph: CorrespondenceGraph;
  documents: DocumentRecord[];
}> {
  const shown = await page.evaluate(() => {
    const { corpus } = window.cablegraph!.state;
    return { graph: corpus.graph.export(), documents: [...corpus.documentList] };
  });
  const graph = new MultiDirectedGraph() as unknown as CorrespondenceGraph;
  graph.import(shown.graph);
  return { graph, documents: shown.documents };
}

const file = (path: string, mimeType: string) => ({
  name: path.split('/').pop() ?? path,
  buffer: readFileSync(path),
  mimeType,
});

describe('explorer: round trips', () => {
  it('opens the documents CSV it saves of a CMIF edition as the same letters, field by field', async () => {
    await openExplorer(page, baseUrl);
    await openFiles([
      file(join(PROJECT_ROOT, 'tests/fixtures/cmif/spener-letters.xml'), 'application/xml'),
    ]);
    const before = await shownCorpus();
    expect(before.documents).toHaveLength(2435);

    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('csv-documents');
    await dialog.getByRole('radio', { name: /The whole corpus/ }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download data' }).click(),
    ]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/^cablegraph-.*-documents\.csv$/);
    const csv = readFileSync(await download.path());
    expect(csv.toString('utf8').split('\r\n')[0]).toContain('sender_ids');
    await dialog.getByRole('button', { name: 'Close export' }).click();

    await openFiles([{ name, buffer: csv, mimeType: 'text/csv' }]);
    // The CSV names its collection (every letter's), so the corpus keeps the edition's name.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Spener');
    expect(await report().textContent()).toMatch(/2,435 records read: .* 0 rejected\./);
    const after = await shownCorpus();
    expect(recordDifferences(before, after)).toEqual([]);
    // The people too: one node per person as before, with their GND ids.
    const people = (graph: CorrespondenceGraph) =>
      graph
        .mapNodes((node, attrs) => `${node} ${attrs.label} ${(attrs.authority ?? []).join(' ')}`)
        .sort();
    expect(people(after.graph)).toEqual(people(before.graph));
    // Opening 2,435 letters twice took 64 s in a full run at load 15 (shared machine), past the
    // e2e project's 60 s.
  }, 360_000);

  it('resolves names with the registry files opened with the corpus, and with none without them', async () => {
    await openExplorer(page, baseUrl);
    const people = async () => (await shownCorpus()).graph.nodes().sort();
    const defaultPeople = await people();
    const corpusFile = file(join(DEFAULT_CORPUS_DIR, 'documents.csv'), 'text/csv');
    const registry = ['people.csv', 'offices.csv', 'places.csv'].map((name) =>
      file(join(DEFAULT_CORPUS_DIR, name), 'text/csv'),
    );
    await openFiles([corpusFile, ...registry]);
    expect(await report().textContent()).toContain(
      'Names resolved with the registry opened with it (people.csv, offices.csv, places.csv)',
    );
    // The same people as the default corpus, which is built with the same registry.
    expect(await people()).toEqual(defaultPeople);
    expect(defaultPeople).toContain('stalin');

    await openFiles([corpusFile]);
    expect(await report().textContent()).toContain('No registry: names stand as written');
    // Stalin under each name the titles give him: only the registry makes them one person. The
    // corpus's own name joins make "I. V. Stalin" one with "Iosif Vissarionovich Stalin" (initials
    // of the only full forenames), but never a bare surname or "Joseph" with "Iosif".
    const unresolved = await people();
    expect(unresolved).toEqual(
      expect.arrayContaining(['stalin', 'joseph-stalin', 'iosif-vissarionovich-stalin']),
    );
    expect(unresolved).not.toContain('i-v-stalin');
  });
});
