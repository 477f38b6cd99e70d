/**
 * The legend: affiliation colours (each a checkbox that shows or hides that affiliation) or
 * communities, and, one click away, what size means and how lines read. Along the bottom of the
 * canvas (the top on a phone, above the details sheet); its entries wrap within the canvas, the
 * rows past the first "+N more" away, so a long list neither runs off the canvas nor covers it.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { useAppState } from '../state/context.ts';
import {
  COLOR_BY,
  legendEntries,
  SIZE_BY,
  SIZE_LABELS,
  SIZE_NOTES,
} from '../formats/scene/look.ts';
import type { ColorBy, NodeLook } from '../formats/scene/look.ts';
import { formatCount } from './format.ts';
import { useRowLimit } from './use-row-limit.ts';

/** "17", or "9 of 17" where the filters leave only some drawn (a hidden affiliation keeps its total). */
function countOf(shown: number, total: number, hidden: boolean): string {
  return hidden || shown === total
    ? formatCount(total)
    : `${formatCount(shown)} of ${formatCount(total)}`;
}

export function Legend() {
  const state = useAppState();
  const { graph } = state.corpus;
  const counts = useMemo(() => {
    const byAffiliation = new Map<string, number>();
    graph.forEachNode((_n, attrs) =>
      byAffiliation.set(attrs.affiliation, (byAffiliation.get(attrs.affiliation) ?? 0) + 1),
    );
    return byAffiliation;
  }, [graph]);
  // People of each affiliation the filters leave drawn: "USSR 9 of 17".
  const visibleNodes = state.visibility.value.nodes;
  const shown = useMemo(() => {
    const byAffiliation = new Map<string, number>();
    for (const node of visibleNodes) {
      const affiliation = graph.getNodeAttribute(node, 'affiliation');
      byAffiliation.set(affiliation, (byAffiliation.get(affiliation) ?? 0) + 1);
    }
    return byAffiliation;
  }, [graph, visibleNodes]);
  const hidden = state.filter.value.hiddenAffiliations;
  const toggle = (affiliation: string): void => {
    const next = new Set(hidden);
    if (next.has(affiliation)) next.delete(affiliation);
    else next.add(affiliation);
    state.setFilter({ hiddenAffiliations: next });
  };
  const look = state.look.value;
  const measured = graph.getAttribute('measures') !== undefined;
  return (
    <section class="legend" aria-label="Legend">
      {look.colorBy === 'community' ? (
        <CommunityStrip />
      ) : (
        <LegendKey
          title="Affiliation"
          noun="affiliations"
          layout={[...state.palette.keys()].map((a) => `${a} ${shown.get(a) ?? 0}`).join('|')}
        >
          {[...state.palette].map(([affiliation, color]) => (
            <label key={affiliation} class="legend-item">
              <input
                type="checkbox"
                checked={!hidden.has(affiliation)}
                onChange={() => toggle(affiliation)}
              />
              <span class="swatch" style={{ background: color }} aria-hidden="true" />
              {affiliation}{' '}
              <span class="count">
                {countOf(
                  shown.get(affiliation) ?? 0,
                  counts.get(affiliation) ?? 0,
                  hidden.has(affiliation),
                )}
              </span>
            </label>
          ))}
        </LegendKey>
      )}
      <details class="legend-help">
        <summary>
          {look.sizeBy === 'documents' ? 'How to read' : `Size: ${SIZE_LABELS[look.sizeBy]}`}
        </summary>
        {measured && <LookChoices />}
        <p class="legend-note">
          {SIZE_NOTES[look.sizeBy]} Arrows point to the recipient; each document is its own line,
          curved when several link the same people. Purple: parties to an agreement or conversation.
          On a large network, lines are plain from afar: zoom in for arrows and curves.
        </p>
      </details>
    </section>
  );
}

const COLOR_LABELS: Record<ColorBy, string> = {
  affiliation: 'Affiliation',
  community: 'Community',
};

/** Size by letters, correspondents or brokerage; colour by affiliation or community. */
function LookChoices() {
  const state = useAppState();
  const look = state.look.value;
  const choose = (change: Partial<NodeLook>): void => {
    state.look.value = { ...state.look.value, ...change };
  };
  return (
    <div class="legend-look">
      <LookSelect
        label="Size"
        value={look.sizeBy}
        choices={SIZE_BY}
        names={SIZE_LABELS}
        onChoose={(sizeBy) => choose({ sizeBy })}
      />
      <LookSelect
        label="Colour"
        value={look.colorBy}
        choices={COLOR_BY}
        names={COLOR_LABELS}
        onChoose={(colorBy) => choose({ colorBy })}
      />
    </div>
  );
}

interface LookSelectProps<T extends string> {
  label: string;
  value: T;
  choices: readonly T[];
  names: Record<T, string>;
  onChoose(value: T): void;
}

/** One of the look's choices as a labelled select. */
function LookSelect<T extends string>({
  label,
  value,
  choices,
  names,
  onChoose,
}: LookSelectProps<T>) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChoose((e.target as HTMLSelectElement).value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {names[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The communities' colours: the ten largest, the rest in one grey. */
function CommunityStrip() {
  const state = useAppState();
  const entries = useMemo(
    () => legendEntries(state.corpus.graph, state.look.value),
    [state.corpus.graph, state.look.value],
  );
  return (
    <LegendKey
      title="Community"
      noun="communities"
      layout={entries.map((entry) => entry.label).join('|')}
    >
      {entries.map((entry) => (
        <span key={entry.label} class="legend-item">
          <span class="swatch" style={{ background: entry.color }} aria-hidden="true" />
          {entry.label}
        </span>
      ))}
    </LegendKey>
  );
}

interface LegendKeyProps {
  title: string;
  /** What the entries are, for the "+N more" button's name: "+3 more affiliations". */
  noun: string;
  /** Changes whenever the entries' text does, which may move them between rows. */
  layout: string;
  children: ComponentChildren;
}

/** A legend's entries, wrapping; those past its rows (CSS `--rows`) are one click away. */
function LegendKey({ title, noun, layout, children }: LegendKeyProps) {
  const items = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(false);
  const beyond = useRowLimit(items, expanded, [layout]);
  const id = `legend-${noun}`;
  return (
    <fieldset class="legend-key">
      <legend>{title}</legend>
      {/* Focusable when it scrolls (expanded), so a keyboard can scroll through the entries. */}
      <div
        id={id}
        ref={items}
        class="legend-items"
        data-expanded={expanded}
        tabIndex={expanded ? 0 : undefined}
      >
        {children}
      </div>
      {(beyond > 0 || expanded) && (
        <button
          type="button"
          class="link legend-more"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'fewer' : `+${formatCount(beyond)} more`}
          <span class="visually-hidden"> {noun}</span>
        </button>
      )}
    </fieldset>
  );
}
