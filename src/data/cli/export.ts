/**
 * `npm run export -- --format svg|gexf|graphml|csv|json|cmif [--out FILE] [--start DATE --end DATE]
 * [--person NAME] …` — the explorer's exports without a browser, so a curator can script the
 * figures and data of a publication.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { exportFile } from '../../formats/export-file.ts';
import { loadWorld } from '../../formats/scene/base-map.ts';
import { readExportInput } from './export-input.ts';
import { exportFormatOf, exportViewOf } from './export-view.ts';
import { DEFAULT_CORPUS_DIR } from './paths.ts';
import { TABLE_ARGS, TABLE_HELP, tableOptionsOf } from './table-options.ts';

const HELP = `Usage: npm run export -- --format FORMAT [options]

Exports the correspondence network of a corpus, as the explorer does, without a browser.

Formats:
  svg       image of the network (vectors), with legend, caption and source credit
            (--view map: the map of where the letters went, with its credits)
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
${TABLE_HELP}
                   (letter tables among the input files are read as \`npm run build:data\` reads them)
  --view network|map    SVG: the network (default) or the map of the letters' places
  --size MEASURE        SVG network and GEXF: size people by documents (default),
                        correspondents or betweenness, as the explorer's legend does
  --colour BY           SVG network and GEXF: colour people by affiliation (default) or community
  --table NAME          CSV table: documents, edges or people
  --width N --height N  SVG size in pixels (default 1200×800)
  --transparent         SVG without a background
  --no-labels --no-legend --no-caption --no-credit   leave those out of the SVG
  -h, --help            show this help`;

function fail(message: string): never {
  throw new Error(`data/export: ${message}`);
}

async function main(): Promise<number> {
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
      ...TABLE_ARGS,
      table: { type: 'string', default: 'documents' },
      view: { type: 'string', default: 'network' },
      size: { type: 'string' },
      colour: { type: 'string' },
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
  const format = exportFormatOf(
    values.format ??
      fail('--format is required (svg, gexf, graphml, csv, json or cmif); see --help'),
    values.table,
  );
  if (format === 'png')
    fail(
      'PNG needs a browser to draw the network: export it from the explorer (Export… → PNG), or export SVG and convert it',
    );
  const tables = tableOptionsOf(values);
  if ('error' in tables) fail(tables.error);
  const { corpus, said } = readExportInput(
    values.input ?? [DEFAULT_CORPUS_DIR],
    values.registry ?? null,
    tables,
  );
  console.error(said);
  const view = exportViewOf(
    corpus,
    values,
    format === 'svg',
    format === 'svg' || format === 'gexf',
  );
  if (values.view !== 'network' && values.view !== 'map')
    fail(`--view must be network or map, not "${values.view}"`);
  if (values.view === 'map') {
    if (format !== 'svg') fail('--view map is an image: use it with --format svg');
    if (values.size !== undefined || values.colour !== undefined)
      fail('--size and --colour style the network: the map sizes places by their letters');
    view.map = { world: await loadWorld() };
  }
  const file = await exportFile(corpus, view, {
    format,
    width: Number(values.width),
    height: Number(values.height),
    background: values.transparent ? 'transparent' : 'white',
    labelLimit: values.labels ? null : 0,
    legend: values.legend,
    caption: values.caption,
    credit: values.credit,
  });
  const text = typeof file.content === 'string' ? file.content : '';
  const out = values.out ?? file.name;
  if (out === '-') process.stdout.write(text);
  else {
    writeFileSync(out, text);
    console.error(`wrote ${out}`);
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exitCode = 1;
  },
);
