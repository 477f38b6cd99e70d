/** A person's name as a button that selects them, with the colour of their disc. */
import { useAppState } from '../state/context.ts';

export function PersonLink({ id, note }: { id: string; note?: string | undefined }) {
  const state = useAppState();
  const { graph } = state.corpus;
  if (!graph.hasNode(id)) return <span class="person-missing">{id}</span>;
  const attrs = graph.getNodeAttributes(id);
  return (
    <button
      type="button"
      class="person-link"
      onClick={() => state.selectPerson(id)}
      title={`Show ${attrs.label}'s correspondence`}
    >
      <span
        class="swatch"
        style={{ background: state.personColor.value(id, attrs) }}
        aria-hidden="true"
      />
      {attrs.label}
      {note && <span class="person-note"> ({note})</span>}
    </button>
  );
}
