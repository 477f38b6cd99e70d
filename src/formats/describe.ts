/**
 * Words and file names for an export: a caption saying what the image shows (corpus, dates,
 * filters, channel) and a file name that says what is inside.
 */
import { labelOf } from '../graph/corpus.ts';
import type { Corpus } from '../graph/corpus.ts';
import type { DocumentFilter, Visibility } from '../graph/filter.ts';
import type { Emphasis } from '../graph/types.ts';
import type { Scene } from './scene/scene.ts';
import type { NodeLook } from './scene/look.ts';
import type { Topology } from 'topojson-specification';
import { paletteForAffiliations } from './scene/style.ts';
import { MONTH_NAMES } from '../graph/dates.ts';
import { nameKey } from '../graph/text.ts';

export interface ViewDescription {
  corpusName: string;
  corpusSlug: string;
  filter: DocumentFilter;
  /** All types and affiliations of the corpus, to say which the filter keeps. */
  allTypes: readonly string[];
  allAffiliations: readonly string[];
  /** Labels of a traced channel's ends, and how it was read. */
  channel: { from: string; to: string; mode: 'relayed' | 'time' } | null;
  /** Label of the selected person or document, if any. */
  selection: string | null;
}

interface DateParts {
  year: string;
  month: string | null;
  day: string | null;
}

function dateParts(iso: string): DateParts {
  const [year = iso, month, day] = iso.split('-');
  const name = month ? (MONTH_NAMES[Number(month) - 1] ?? null) : null;
  return { year, month: name, day: day ? String(Number(day)) : null };
}

const written = (d: DateParts): string => [d.day, d.month, d.year].filter(Boolean).join(' ');

/**
 * A range of the filter's dates as people write it: "January–December 1949", "May 1947 – June
 * 1950", "1947–1950", "3–12 March 1949", "from May 1947", "until June 1950".
 */
export function describeDateRange(start: string | null, end: string | null): string {
  if (!start && !end) return '';
  if (!end) return `from ${written(dateParts(start ?? ''))}`;
  if (!start) return `until ${written(dateParts(end))}`;
  const a = dateParts(start);
  const b = dateParts(end);
  if (start === end) return written(a);
  const sameShape = Boolean(a.month) === Boolean(b.month) && Boolean(a.day) === Boolean(b.day);
  if (sameShape && a.year === b.year && a.month === b.month)
    return `${a.day}–${b.day} ${a.month} ${a.year}`;
  if (sameShape && a.year === b.year && !a.day && a.month) return `${a.month}–${b.month} ${a.year}`;
  if (sameShape && !a.month) return `${a.year}–${b.year}`;
  return `${written(a)} – ${written(b)}`;
}

/** "Korean War documents, 1947–1950 · May–December 1947 · types: cable, letter · …". */
export function captionFor(view: ViewDescription): string {
  const parts = [view.corpusName];
  const { filter } = view;
  if (filter.start || filter.end) parts.push(describeDateRange(filter.start, filter.end));
  if (filter.hiddenTypes.size > 0)
    parts.push(
      `types: ${view.allTypes.filter((t) => !filter.hiddenTypes.has(t)).join(', ') || 'none'}`,
    );
  if (filter.hiddenAffiliations.size > 0) {
    parts.push(
      `affiliations: ${view.allAffiliations.filter((a) => !filter.hiddenAffiliations.has(a)).join(', ') || 'none'}`,
    );
  }
  if (!filter.includeUndated) parts.push('undated documents hidden');
  if (view.channel) {
    const reading = view.channel.mode === 'time' ? 'time-respecting routes' : 'relayed documents';
    parts.push(`channel ${view.channel.from} → ${view.channel.to} (${reading})`);
  }
  if (view.selection) parts.push(`selected: ${view.selection}`);
  return parts.join(' · ');
}

const slug = (text: string): string => nameKey(text).replace(/\s+/g, '-').slice(0, 60);

/** "cablegraph-korean-war-1947-1950-mao-zedong-to-stalin.svg". */
export function exportFileName(
  view: ViewDescription,
  extension: string,
  suffix: string | null = null,
): string {
  const parts = ['cablegraph', view.corpusSlug || 'corpus'];
  if (view.channel) parts.push(`${slug(view.channel.from)}-to-${slug(view.channel.to)}`);
  else if (view.selection) parts.push(slug(view.selection));
  const { start, end } = view.filter;
  if (start || end) parts.push(`${start ?? 'start'}-to-${end ?? 'end'}`);
  if (suffix) parts.push(suffix);
  return `${parts.filter(Boolean).join('-')}.${extension}`;
}

/** What the view shows, as either caller knows it. */
export interface ExportView {
  filter: DocumentFilter;
  /** What the filter shows (people, documents, lines); null when it shows everything. */
  visibility: Visibility | null;
  /** The emphasis drawn: a person's correspondents, a channel. */
  focus: Emphasis | null;
  /** A traced channel's ends (node keys) and how it is read. */
  channel: { from: string; to: string; mode: 'relayed' | 'time' } | null;
  selection: { kind: 'person' | 'document'; id: string } | null;
  /** The person whose documents alone `visibility` holds (`npm run export --person`), if any. */
  documentsOf: string | null;
  /** What size and colour stand for; the default look (documents, affiliation) when absent. */
  look?: NodeLook;
  /**
   * The picture as the view draws it now, every label in full (the explorer's network view);
   * null draws the graph as it was laid out.
   */
  scene: ((labels: boolean) => Scene) | null;
  /**
   * Export the map instead of the network: the base map (loaded by the caller) and, from the
   * map view, the size it is drawn at. Absent or null: the network.
   */
  map?: { world: Topology; width?: number; height?: number } | null;
}

/** The view in words, for the caption and the file name. */
export function describeView(corpus: Corpus, view: ExportView): ViewDescription {
  const { channel, selection } = view;
  return {
    corpusName: corpus.meta.name,
    corpusSlug: corpus.meta.slug,
    filter: view.filter,
    allTypes: [...new Set(corpus.documentList.map((d) => d.type))],
    allAffiliations: [...paletteOf(corpus).keys()],
    channel: channel
      ? { from: labelOf(corpus, channel.from), to: labelOf(corpus, channel.to), mode: channel.mode }
      : null,
    selection: selection
      ? selection.kind === 'person'
        ? labelOf(corpus, selection.id)
        : selection.id
      : null,
  };
}

/** The affiliations' colours, as the explorer draws them: the legend's entries. */
export const paletteOf = (corpus: Corpus): Map<string, string> =>
  paletteForAffiliations(corpus.graph.mapNodes((_node, attrs) => attrs.affiliation));

/** "Source: Wilson Center Digital Archive, …. Made with Cablegraph.", or null without a credit. */
export const creditLine = (corpus: Corpus): string | null =>
  corpus.meta.credit ? `Source: ${corpus.meta.credit}. Made with Cablegraph.` : null;
