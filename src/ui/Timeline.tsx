/**
 * The timeline: documents per month (or year), a range to drag across it, the same range as two
 * selects for the keyboard, and an explicit switch for undated documents.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { isoBounds } from '../graph/dates.ts';
import { binOfEachDocument, countShownPerBin, histogram } from '../graph/timeline.ts';
import type { TimeBin } from '../graph/timeline.ts';
import { useAppState } from '../state/context.ts';
import { formatCount, formatIso } from './format.ts';
import { TimelinePlay } from './TimelinePlay.tsx';

const BAR = 10;
const HEIGHT = 48;

interface Range {
  from: number;
  to: number;
}

/** The bins a date filter covers; a range past the data clamps to its last bin. */
function binRange(bins: TimeBin[], start: string | null, end: string | null): Range {
  const last = bins.length - 1;
  let from = 0;
  if (start) {
    const day = isoBounds(start)?.[0] ?? '';
    const index = bins.findIndex((bin) => bin.end >= day);
    from = index === -1 ? last : index;
  }
  let to = last;
  if (end) {
    const day = isoBounds(end)?.[1] ?? '9999';
    while (to > 0 && (bins[to]?.start ?? '') > day) to--;
  }
  return { from: Math.max(0, from), to: Math.max(0, from, to) };
}

export function Timeline() {
  const state = useAppState();
  const { corpus } = state;
  const hist = useMemo(() => histogram(corpus.documentList), [corpus]);
  const binOfDocument = useMemo(() => binOfEachDocument(corpus, hist), [corpus, hist]);
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<(Range & { anchor: number }) | null>(null);
  const filter = state.filter.value;
  const visible = state.visibility.value;
  const { bins } = hist;
  // Counted once per filter, not on every step of a drag.
  const shown = useMemo(
    () => countShownPerBin(corpus, binOfDocument, bins.length, visible.documents),
    [corpus, binOfDocument, bins.length, visible.documents],
  );
  if (bins.length === 0 && state.documentsPending) return <PendingTimeline />;
  if (bins.length === 0) {
    return (
      <div class="timeline">
        <p class="muted">No dated documents.</p>
        <UndatedToggle />
      </div>
    );
  }
  const max = Math.max(1, ...bins.map((b) => b.count));
  const current = drag ?? binRange(bins, filter.start, filter.end);
  const commit = (range: Range): void => {
    // A range chosen by hand ends the play.
    state.pause();
    const from = Math.min(range.from, range.to);
    const to = Math.max(range.from, range.to);
    const all = from === 0 && to === bins.length - 1;
    state.setFilter({
      start: all ? null : (bins[from]?.key ?? null),
      end: all ? null : (bins[to]?.key ?? null),
    });
  };
  const indexAt = (event: PointerEvent): number => {
    const rect = svg.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return 0;
    const i = Math.floor(((event.clientX - rect.left) / rect.width) * bins.length);
    return Math.min(bins.length - 1, Math.max(0, i));
  };
  const onPointerDown = (event: PointerEvent): void => {
    const i = indexAt(event);
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    const base = binRange(bins, filter.start, filter.end);
    const anchor =
      Math.abs(i - base.from) <= 1 && base.from !== 0
        ? base.to
        : Math.abs(i - base.to) <= 1
          ? base.from
          : i;
    setDrag({ from: Math.min(anchor, i), to: Math.max(anchor, i), anchor });
  };
  const onPointerMove = (event: PointerEvent): void => {
    if (!drag) return;
    const i = indexAt(event);
    setDrag({ from: Math.min(drag.anchor, i), to: Math.max(drag.anchor, i), anchor: drag.anchor });
  };
  const onPointerUp = (): void => {
    if (drag) commit(drag);
    setDrag(null);
  };
  const first = bins[0];
  const last = bins[bins.length - 1];
  const label = (bin: TimeBin | undefined): string => (bin ? formatIso(bin.key) : '');
  return (
    <div class="timeline">
      <div class="timeline-range">
        <label for="timeline-from">From</label>
        <select
          id="timeline-from"
          value={String(current.from)}
          onChange={(e) =>
            commit({ from: Number((e.target as HTMLSelectElement).value), to: current.to })
          }
        >
          {bins.map((bin, i) => (
            <option key={bin.key} value={String(i)} disabled={i > current.to}>
              {label(bin)}
            </option>
          ))}
        </select>
        <label for="timeline-to">To</label>
        <select
          id="timeline-to"
          value={String(current.to)}
          onChange={(e) =>
            commit({ from: current.from, to: Number((e.target as HTMLSelectElement).value) })
          }
        >
          {bins.map((bin, i) => (
            <option key={bin.key} value={String(i)} disabled={i < current.from}>
              {label(bin)}
            </option>
          ))}
        </select>
        {(filter.start || filter.end) && (
          <button
            type="button"
            class="link"
            onClick={() => {
              state.pause();
              state.setFilter({ start: null, end: null });
            }}
          >
            All dates
          </button>
        )}
        <UndatedToggle />
      </div>
      {/* Play sits beside the histogram, in its height: the footer keeps its size. */}
      <div class="timeline-track">
        <TimelinePlay />
        <svg
          ref={svg}
          class="histogram"
          viewBox={`0 0 ${bins.length * BAR} ${HEIGHT}`}
          preserveAspectRatio="none"
          role="img"
          aria-label={`Documents per ${hist.unit}, ${label(first)} to ${label(last)}; drag to choose a date range`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => setDrag(null)}
        >
          <rect
            class="range"
            x={current.from * BAR}
            y={0}
            width={(current.to - current.from + 1) * BAR}
            height={HEIGHT}
          />
          {bins.map((bin, i) => {
            const total = (bin.count / max) * (HEIGHT - 4);
            const inside = ((shown[i] ?? 0) / max) * (HEIGHT - 4);
            return (
              <g key={bin.key}>
                <title>{`${label(bin)}: ${bin.count} document${bin.count === 1 ? '' : 's'}`}</title>
                <rect
                  class="bar-all"
                  x={i * BAR + 1}
                  y={HEIGHT - total}
                  width={BAR - 2}
                  height={total}
                />
                <rect
                  class="bar-shown"
                  x={i * BAR + 1}
                  y={HEIGHT - inside}
                  width={BAR - 2}
                  height={inside}
                />
              </g>
            );
          })}
        </svg>
      </div>
      <div class="timeline-axis" aria-hidden="true">
        <span>{label(first)}</span>
        <span>{label(last)}</span>
      </div>
    </div>
  );
}

/**
 * The timeline's frame while the documents load, the same height as the loaded one: the network
 * above keeps its size, so it is not redrawn when they arrive (a full redraw costs seconds at 10^5
 * edges in software rendering).
 */
function PendingTimeline() {
  return (
    <div class="timeline" aria-busy="true">
      <div class="timeline-range">
        <label for="timeline-from">From</label>
        <select id="timeline-from" disabled>
          <option>…</option>
        </select>
        <label for="timeline-to">To</label>
        <select id="timeline-to" disabled>
          <option>…</option>
        </select>
      </div>
      <svg class="histogram" role="img" aria-label="Loading the documents…">
        <text x="8" y="28" class="pending">
          Loading the documents…
        </text>
      </svg>
      <div class="timeline-axis" aria-hidden="true">
        <span>&nbsp;</span>
      </div>
    </div>
  );
}

function UndatedToggle() {
  const state = useAppState();
  const { undated } = state.visibility.value.counts;
  if (undated === 0) return null;
  return (
    <label class="undated">
      <input
        type="checkbox"
        checked={state.filter.value.includeUndated}
        onChange={(e) =>
          state.setFilter({ includeUndated: (e.target as HTMLInputElement).checked })
        }
      />
      Show undated documents ({formatCount(undated)})
    </label>
  );
}
