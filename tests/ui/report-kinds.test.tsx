/**
 * The report and the person panel on a table typed as historians type them (the Darwin
 * table): repeated warnings once per kind with their places under the line, every join listed,
 * and the person's other written forms.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/data/cli/paths.ts';
import { createCorpus } from '../../src/graph/corpus.ts';
import { createAppState } from '../../src/state/app-state.ts';
import { ReportSummary } from '../../src/ui/ReportSummary.tsx';
import { SidePanel } from '../../src/ui/SidePanel.tsx';
import { renderWithState } from '../helpers/corpus-fixture.ts';
import { buildFiles } from '../helpers/import.ts';

afterEach(cleanup);

function darwin() {
  const built = buildFiles(join(PROJECT_ROOT, 'tests/fixtures/tables/darwin-letters.csv'));
  const corpus = createCorpus(built.graph, built.documents, built.report.corpus);
  return { state: createAppState(corpus, { report: built.report }), built };
}

describe('ui/ReportSummary: issues by kind', () => {
  it('says "12 rows without an id" once, each row still listed with its place', () => {
    const { state } = darwin();
    renderWithState(<ReportSummary />, state);
    const report = screen.getByRole('region', { name: 'Build report' });
    const line = within(report).getAllByText(
      '12 rows without an id: ids made from date and parties (add ids so links stay stable)',
    );
    expect(line).toHaveLength(1);
    const details = line[0]?.closest('details');
    const places = within(details as HTMLElement)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('code')?.textContent);
    expect(places).toHaveLength(12);
    expect(places[0]).toMatch(/darwin-letters\.csv:2:\d+$/);
    // The warnings' list holds that one line, not one per row.
    const warnings = within(report).getByText('0 errors, 12 warnings').closest('details');
    expect(warnings?.querySelectorAll(':scope > ul > li')).toHaveLength(1);
  });

  it('lists every join with its reason', () => {
    const { state } = darwin();
    renderWithState(<ReportSummary />, state);
    fireEvent.click(screen.getByText(/^Names joined: one person written several ways \(5\)$/));
    const text = screen.getByRole('region', { name: 'Build report' }).textContent ?? '';
    expect(text).toContain('“Darwin, Charles” = “Charles Darwin” — name order, 3 documents');
    expect(text).toContain(
      '“J. D. Hooker” = “Joseph Dalton Hooker” — initials fit only this person',
    );
  });
});

describe('ui/PersonPanel: other written forms', () => {
  it('shows the forms a table wrote the person in', () => {
    const { state, built } = darwin();
    const hooker = built.graph.findNode((_n, a) => a.label === 'Joseph Dalton Hooker') ?? '';
    state.selectPerson(hooker);
    renderWithState(<SidePanel />, state);
    const forms = screen.getByText('Also written', { selector: 'dt' }).nextElementSibling;
    expect((forms?.textContent ?? '').split(' · ').sort()).toEqual([
      'Hooker, J. D.',
      'Hooker, Joseph Dalton',
      'J. D. Hooker',
    ]);
  });
});
