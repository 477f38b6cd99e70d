/**
 * The details panel: the selected document or person, else a traced channel, else an overview of
 * the corpus. While a channel is open, a selection offers the way back to it.
 */
import { useAppState } from '../state/context.ts';
import { DocumentPanel } from './DocumentPanel.tsx';
import { OverviewPanel } from './OverviewPanel.tsx';
import { PairPanel } from './PairPanel.tsx';
import { PersonPanel } from './PersonPanel.tsx';
import { TracePanel } from './TracePanel.tsx';

export function SidePanel() {
  const state = useAppState();
  const selection = state.selection.value;
  const tracing = state.trace.value !== null;
  const back = tracing && selection && (
    <button type="button" class="link back" onClick={() => state.clearSelection()}>
      ← Back to the channel
    </button>
  );
  if (selection?.kind === 'document') {
    return (
      <>
        {back}
        <DocumentPanel id={selection.id} edge={selection.edge} />
      </>
    );
  }
  if (selection?.kind === 'person') {
    return (
      <>
        {back}
        <PersonPanel id={selection.id} />
      </>
    );
  }
  if (selection?.kind === 'pair') {
    return (
      <>
        {back}
        <PairPanel a={selection.id} b={selection.other} />
      </>
    );
  }
  if (tracing) return <TracePanel />;
  return <OverviewPanel />;
}
