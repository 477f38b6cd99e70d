/** The data formats of `npm run export`, over the filtered corpus or one person's documents. */
import type { Corpus } from '../../graph/corpus.ts';
import { egoEmphasis } from '../../graph/emphasis.ts';
import { isDataFormat } from '../../graph/export/formats.ts';
import type { WrittenData } from '../../graph/export/formats.ts';
import { selectForExport } from '../../graph/export/selection.ts';
import { writeDataFormat as writeSelection } from '../../graph/export/write.ts';
import { visibilityOf } from '../../graph/filter.ts';
import type { Visibility } from '../../graph/filter.ts';
import type { Emphasis } from '../../graph/types.ts';
import { ROLES } from '../../graph/types.ts';

export { egoEmphasis as egoOf };

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
 * Write one of the data formats (`--format csv` with `--table documents|edges|people`); throws
 * with the module prefix for an unknown format or table.
 */
export function writeDataFormat(
  corpus: Corpus,
  format: string,
  table: string,
  visibility: Visibility | null,
  person: string | null,
): WrittenData {
  if (format === 'csv' && !isDataFormat(`csv-${table}`))
    throw new Error(`data/export: --table must be documents, edges or people, not "${table}"`);
  const id = format === 'csv' ? `csv-${table}` : format;
  if (format.startsWith('csv-') || !isDataFormat(id))
    throw new Error(
      `data/export: unknown format "${format}" (svg, gexf, graphml, csv, json or cmif; PNG needs a browser)`,
    );
  const scope = person ? personVisibility(corpus, person, visibility) : visibility;
  return writeSelection(selectForExport(corpus, scope), id);
}

export type { Emphasis };
