/** Which labels an exported image carries: every person drawn, the largest N, or none. */
export type LabelChoice = { which: 'all' | 'none' } | { which: 'largest'; count: number };

/** The label limit a choice gives `placeSceneLabels` (null: all; 0: none). */
export function labelLimit(choice: LabelChoice): number | null {
  if (choice.which === 'largest') return Math.max(1, Math.round(choice.count));
  return choice.which === 'none' ? 0 : null;
}

export function ExportLabelChoice({
  choice,
  onChange,
}: {
  choice: LabelChoice;
  onChange(choice: LabelChoice): void;
}) {
  const count = choice.which === 'largest' ? choice.count : 10;
  return (
    <fieldset>
      <legend>Labels</legend>
      <label>
        <input
          type="radio"
          name="labels"
          checked={choice.which === 'all'}
          onChange={() => onChange({ which: 'all' })}
        />{' '}
        Every person drawn
      </label>
      <label>
        <input
          type="radio"
          name="labels"
          checked={choice.which === 'largest'}
          onChange={() => onChange({ which: 'largest', count })}
        />{' '}
        The largest{' '}
        <input
          type="number"
          class="label-count"
          min="1"
          aria-label="How many of the largest people to label"
          value={String(count)}
          onInput={(e) =>
            onChange({ which: 'largest', count: Number((e.target as HTMLInputElement).value) })
          }
        />
      </label>
      <label>
        <input
          type="radio"
          name="labels"
          checked={choice.which === 'none'}
          onChange={() => onChange({ which: 'none' })}
        />{' '}
        None
      </label>
    </fieldset>
  );
}
