/** The details panel: the selected document, the selected person, or an overview of the corpus. */
import { useAppState } from '../state/context.ts';
import { DocumentPanel } from './DocumentPanel.tsx';
import { OverviewPanel } from './OverviewPanel.tsx';
import { PersonPanel } from './PersonPanel.tsx';

export function SidePanel() {
  const state = useAppState();
  const selection = state.selection.value;
  if (selection?.kind === 'document')
    return <DocumentPanel id={selection.id} edge={selection.edge} />;
  if (selection?.kind === 'person') return <PersonPanel id={selection.id} />;
  return <OverviewPanel />;
}
