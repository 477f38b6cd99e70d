/**
 * The view `npm run export` exports, from its options as the explorer's state would give it: the
 * filter, what it shows, a person's correspondents or a channel emphasised, and for data one
 * person's documents alone. The export itself is formats/export-file.ts, as for the explorer.
 */
import { traceChannels, traceEmphasis } from '../../graph/channels.ts';
import type { Corpus } from '../../graph/corpus.ts';
import { egoEmphasis } from '../../graph/emphasis.ts';
import {
  computeVisibility,
  DEFAULT_FILTER,
  isFilterActive,
  visibilityOf,
} from '../../graph/filter.ts';
import type { DocumentFilter, Visibility } from '../../graph/filter.ts';
import { createSearchIndex } from '../../graph/search.ts';
import { ROLES } from '../../graph/types.ts';
import { isDataFormat } from '../../formats/data-formats.ts';
import type { ExportFormat, ExportView } from '../../formats/export-file.ts';
import { paletteOf } from '../../formats/describe.ts';
import { COLOR_BY, DEFAULT_NODE_LOOK, SIZE_BY } from '../../formats/scene/look.ts';
import type { ColorBy, NodeLook, SizeBy } from '../../formats/scene/look.ts';
import { parseDate } from '../parse/dates.ts';

/** The command's options that say what to show. */
export interface ViewOptions {
  start?: string;
  end?: string;
  types?: string;
  affiliations?: string;
  undated: boolean;
  person?: string;
  from?: string;
  to?: string;
  mode: string;
  /** What node size and colour stand for in the network image, as the explorer's legend says. */
  size?: string;
  colour?: string;
}

function fail(message: string): never {
  throw new Error(`data/export: ${message}`);
}

function readDateOption(value: string | undefined, name: string): string | null {
  if (value === undefined) return null;
  const date = parseDate(value);
  if (!date?.iso) fail(`--${name} "${value}" is not a date like 1949, 1949-10 or 1949-10-23`);
  return date.iso;
}

function findPerson(corpus: Corpus, name: string): string {
  const id = createSearchIndex(corpus).findPerson(name);
  if (!id) fail(`no one called "${name}" in ${corpus.meta.name}`);
  return id;
}

/** "csv" with --table documents|edges|people, or one of the other formats. */
export function exportFormatOf(format: string, table: string): ExportFormat {
  if (format === 'svg' || format === 'png') return format;
  const id = format === 'csv' ? `csv-${table}` : format;
  if (format === 'csv' && !isDataFormat(id))
    fail(`--table must be documents, edges or people, not "${table}"`);
  if (format.startsWith('csv-') || !isDataFormat(id))
    fail(`unknown format "${format}" (svg, gexf, graphml, csv, json or cmif; PNG needs a browser)`);
  return id;
}

/** The look --size and --colour give, checked against the legend's own choices. */
export function lookOf(o: Pick<ViewOptions, 'size' | 'colour'>): NodeLook {
  const sizeBy = o.size ?? DEFAULT_NODE_LOOK.sizeBy;
  const colorBy = o.colour ?? DEFAULT_NODE_LOOK.colorBy;
  if (!(SIZE_BY as readonly string[]).includes(sizeBy))
    fail(`--size must be ${SIZE_BY.join(', ')}, not "${sizeBy}"`);
  if (!(COLOR_BY as readonly string[]).includes(colorBy))
    fail(`--colour must be ${COLOR_BY.join(' or ')}, not "${colorBy}"`);
  return { sizeBy: sizeBy as SizeBy, colorBy: colorBy as ColorBy };
}

/** The filter the options give: dates, the types and affiliations kept, undated or not. */
function filterOf(corpus: Corpus, o: ViewOptions): DocumentFilter {
  const list = (text: string | undefined): string[] | null =>
    text === undefined ? null : text.split(',').map((t) => t.trim());
  const types = list(o.types);
  const affiliations = list(o.affiliations);
  const allTypes = [...new Set(corpus.documentList.map((d) => d.type))];
  return {
    ...DEFAULT_FILTER,
    start: readDateOption(o.start, 'start'),
    end: readDateOption(o.end, 'end'),
    hiddenTypes: new Set(types ? allTypes.filter((t) => !types.includes(t)) : []),
    hiddenAffiliations: new Set(
      affiliations ? [...paletteOf(corpus).keys()].filter((a) => !affiliations.includes(a)) : [],
    ),
    includeUndated: o.undated,
  };
}

/** The part of the corpus one person takes part in (within the filter, when there is one). */
function personVisibility(corpus: Corpus, person: string, within: Visibility | null): Visibility {
  const documents = new Set(
    (corpus.documentsByPerson.get(person) ?? []).filter(
      (id) => !within || within.documents.has(id),
    ),
  );
  const nodes = new Set<string>();
  for (const id of documents) {
    const doc = corpus.documents.get(id);
    for (const role of ROLES)
      for (const ref of doc?.roles[role] ?? [])
        if (!within || within.nodes.has(ref.person)) nodes.add(ref.person);
  }
  const undated = [...documents].filter((id) => corpus.documents.get(id)?.date.iso === null).length;
  return visibilityOf(corpus, documents, nodes, { undated, undatedShown: undated });
}

/**
 * The view the options describe. An image emphasises the person's correspondents or the channel
 * as the explorer does; data holds the person's documents alone. A look (--size, --colour) is
 * for the formats that draw people: the image, and GEXF's viz sizes and colours.
 */
export function exportViewOf(
  corpus: Corpus,
  o: ViewOptions,
  image: boolean,
  styled: boolean = image,
): ExportView {
  const filter = filterOf(corpus, o);
  const filtered = isFilterActive(filter) ? computeVisibility(corpus, filter) : null;
  const person = o.person === undefined ? null : findPerson(corpus, o.person);
  const channel =
    o.from !== undefined && o.to !== undefined
      ? {
          from: findPerson(corpus, o.from),
          to: findPerson(corpus, o.to),
          mode: o.mode === 'time' ? ('time' as const) : ('relayed' as const),
        }
      : null;
  const focus = channel
    ? traceEmphasis(
        traceChannels(corpus, channel.from, channel.to, {
          mode: channel.mode,
          documents: filtered?.documents ?? null,
        }),
      )
    : person
      ? egoEmphasis(corpus, person, filtered?.edges ?? null)
      : null;
  const onePerson = !image && person !== null;
  if (!styled && (o.size !== undefined || o.colour !== undefined))
    fail(
      '--size and --colour style the network image (--format svg) and GEXF; other data formats carry every measure',
    );
  return {
    filter,
    visibility: onePerson ? personVisibility(corpus, person, filtered) : filtered,
    focus: image ? focus : null,
    channel,
    selection: person ? { kind: 'person', id: person } : null,
    documentsOf: onePerson ? person : null,
    scene: null,
    look: lookOf(o),
  };
}
