/**
 * `npm run export -- --format svg|gexf|graphml|csv|json|cmif [--out FILE] [--start DATE --end DATE]
 * [--person NAME] …` — the explorer's exports without a browser, so a curator can script the
 * figures and data of a publication.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDate } from '../parse/dates.ts';
import { traceChannels, traceEmphasis } from '../../graph/channels.ts';
import { labelOf } from '../../graph/corpus.ts';
import type { Corpus } from '../../graph/corpus.ts';
import { captionFor, exportFileName } from '../../graph/export/describe.ts';
import type { ViewDescription } from '../../graph/export/describe.ts';
import { sceneFromGraph } from '../../graph/export/scene.ts';
import { sceneToSvg } from '../../graph/export/svg.ts';
import { computeVisibility, DEFAULT_FILTER, isFilterActive } from '../../graph/filter.ts';
import type { DocumentFilter } from '../../graph/filter.ts';
import { createSearchIndex } from '../../graph/search.ts';
import { paletteForAffiliations } from '../../graph/style.ts';
import type { Emphasis } from '../../graph/types.ts';
import { egoOf, writeDataFormat } from './export-formats.ts';
import { readExportInput } from './export-input.ts';
import { DEFAULT_CORPUS_DIR } from './paths.ts';

const HELP = `Usage: npm run export -- --format FORMAT [options]

Exports the correspondence network of a corpus, as the explorer does, without a browser.

Formats:
  svg       image of the network (vectors), with legend, caption and source credit
  gexf      Gephi (node attributes, positions, colours, sizes; one edge per document)
  graphml   GraphML
  csv       CSV: --table documents (default; the corpus format, re-importable), edges or people
  json      the graph in graphology's JSON format
  cmif      TEI correspDesc (the correspSearch interchange format)
  PNG needs a browser to draw: export it from the explorer (Export… → PNG), or convert the SVG.

Options:
  --out FILE            write here (default: a descriptive name in the current folder; "-" for stdout)
  --start DATE          keep documents from this date (1949, 1949-10 or 1949-10-23)
  --end DATE            keep documents up to this date
  --types LIST          keep these document types (comma-separated)
  --affiliations LIST   keep people of these affiliations (comma-separated)
  --no-undated          leave undated documents out
  --person NAME         SVG: highlight this person's correspondents, as the explorer does;
                        data: only the documents this person takes part in
  --from NAME --to NAME SVG: highlight the channel between two people (with --mode relayed|time)
  --input PATH          what to export, repeatable: a built corpus (the folder npm run build:data
                        wrote: graph.json, documents.json), opened as it was built; or input
                        files and folders (CSV, TSV, CMIF XML, graph JSON), built now (default:
                        data/, the default corpus). Anything else stops the export, nothing written
  --registry DIR        people.csv, offices.csv, places.csv to resolve input files with (default:
                        the input folder's own; the default corpus's registry is data/'s own)
  --table NAME          CSV table: documents, edges or people
  --width N --height N  SVG size in pixels (default 1200×800)
  --transparent         SVG without a background
  --no-labels --no-legend --no-caption --no-credit   leave those out of the SVG
  -h, --help            show this help`;

interface Options {
  format: string;
  filter: DocumentFilter;
  person: string | null;
  channel: { from: string; to: string; mode: 'relayed' | 'time' } | null;
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

function main(): number {
  const { values } = parseArgs({
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      types: { type: 'string' },
      affiliations: { type: 'string' },
      undated: { type: 'boolean', default: true },
      person: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      mode: { type: 'string', default: 'relayed' },
      input: { type: 'string', multiple: true },
      registry: { type: 'string' },
      table: { type: 'string', default: 'documents' },
      width: { type: 'string', default: '1200' },
      height: { type: 'string', default: '800' },
      transparent: { type: 'boolean', default: false },
      labels: { type: 'boolean', default: true },
      legend: { type: 'boolean', default: true },
      caption: { type: 'boolean', default: true },
      credit: { type: 'boolean', default: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowNegative: true,
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const format =
    values.format ??
    fail('--format is required (svg, gexf, graphml, csv, json or cmif); see --help');
  if (format === 'png')
    fail(
      'PNG needs a browser to draw the network: export it from the explorer (Export… → PNG), or export SVG and convert it',
    );
  const { corpus, said } = readExportInput(
    values.input ?? [DEFAULT_CORPUS_DIR],
    values.registry ?? null,
  );
  console.error(said);
  const list = (text: string | undefined): string[] | null =>
    text === undefined ? null : text.split(',').map((t) => t.trim());
  const types = list(values.types);
  const affiliations = list(values.affiliations);
  const allTypes = [...new Set(corpus.documentList.map((d) => d.type))];
  const allAffiliations = [
    ...paletteForAffiliations(corpus.graph.mapNodes((_n, a) => a.affiliation)).keys(),
  ];
  const options: Options = {
    format,
    filter: {
      ...DEFAULT_FILTER,
      start: readDateOption(values.start, 'start'),
      end: readDateOption(values.end, 'end'),
      hiddenTypes: new Set(types ? allTypes.filter((t) => !types.includes(t)) : []),
      hiddenAffiliations: new Set(
        affiliations ? allAffiliations.filter((a) => !affiliations.includes(a)) : [],
      ),
      includeUndated: values.undated,
    },
    person: values.person === undefined ? null : findPerson(corpus, values.person),
    channel:
      values.from !== undefined && values.to !== undefined
        ? {
            from: findPerson(corpus, values.from),
            to: findPerson(corpus, values.to),
            mode: values.mode === 'time' ? 'time' : 'relayed',
          }
        : null,
  };
  const visibility = computeVisibility(corpus, options.filter);
  const filtered = isFilterActive(options.filter);
  const view: ViewDescription = {
    corpusName: corpus.meta.name,
    corpusSlug: corpus.meta.slug,
    filter: options.filter,
    allTypes,
    allAffiliations,
    channel: options.channel
      ? {
          from: labelOf(corpus, options.channel.from),
          to: labelOf(corpus, options.channel.to),
          mode: options.channel.mode,
        }
      : null,
    selection: options.person ? labelOf(corpus, options.person) : null,
  };
  let text: string;
  let extension: string;
  let suffix: string | null = null;
  if (format === 'svg') {
    let focus: Emphasis | null = null;
    if (options.channel) {
      focus = traceEmphasis(
        traceChannels(corpus, options.channel.from, options.channel.to, {
          mode: options.channel.mode,
          documents: filtered ? visibility.documents : null,
        }),
      );
    } else if (options.person) {
      focus = egoOf(corpus, options.person, filtered ? visibility.edges : null);
    }
    const scene = sceneFromGraph(corpus.graph, {
      width: Number(values.width),
      height: Number(values.height),
      visibleNodes: filtered ? visibility.nodes : null,
      visibleEdges: filtered ? visibility.edges : null,
      focus,
      labels: values.labels,
    });
    const palette = paletteForAffiliations(corpus.graph.mapNodes((_n, a) => a.affiliation));
    text = sceneToSvg(scene, {
      background: values.transparent ? 'transparent' : 'white',
      legend: values.legend ? [...palette].map(([label, color]) => ({ label, color })) : null,
      caption: values.caption ? captionFor(view) : null,
      credit:
        values.credit && corpus.meta.credit
          ? `Source: ${corpus.meta.credit}. Made with Cablegraph.`
          : null,
    });
    extension = 'svg';
  } else {
    const written = writeDataFormat(
      corpus,
      format,
      values.table,
      filtered ? visibility : null,
      options.person,
    );
    ({ text, extension, suffix } = written);
  }
  const out = values.out ?? exportFileName(view, extension, suffix);
  if (out === '-') process.stdout.write(text);
  else {
    writeFileSync(out, text);
    console.error(`wrote ${out}`);
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
