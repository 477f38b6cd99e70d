/**
 * Where a reader new to a corpus might start, found in the corpus itself: its busiest
 * correspondent, a document that passed through an intermediary, the channel that document
 * belongs to, and a name the search knows under another form. Any of them may be missing (a
 * letter table without intermediaries has no relayed document).
 */
import type { Corpus } from './corpus.ts';
import type { DocumentRecord } from './types.ts';

export interface StartingPoints {
  busiest: { id: string; label: string; documents: number } | null;
  relayed: { doc: DocumentRecord; chain: string[] } | null;
  channel: { from: string; to: string } | null;
  alias: { alias: string; id: string; label: string } | null;
}

/** The people a document passed through, in order (originator → sender → via → recipient). */
function chainOf(doc: DocumentRecord): string[] {
  const { originators, senders, via, recipients } = doc.roles;
  return [...originators, ...senders, ...via, ...recipients]
    .map((party) => party.person)
    .filter((person, i, all) => all.indexOf(person) === i);
}

/** A document relayed on its way: through an intermediary, or passing on an originator's words. */
function isRelayed(doc: DocumentRecord): boolean {
  const { originators, senders, via, recipients } = doc.roles;
  return (
    doc.placement === 'graph' &&
    recipients.length > 0 &&
    (via.length > 0 || (originators.length > 0 && senders.length > 0))
  );
}

export function startingPoints(corpus: Corpus): StartingPoints {
  const { graph } = corpus;
  let busiest: StartingPoints['busiest'] = null;
  let alias: StartingPoints['alias'] = null;
  graph.forEachNode((id, attrs) => {
    if (attrs.documents > 0 && (!busiest || attrs.documents > busiest.documents))
      busiest = { id, label: attrs.label, documents: attrs.documents };
    // A name sharing no word with the label shows what the search can do ("Filippov" for Stalin).
    const words = new Set(attrs.label.toLowerCase().split(/\s+/));
    const other = attrs.aliases.find((name) =>
      name
        .toLowerCase()
        .split(/\s+/)
        .every((word) => !words.has(word)),
    );
    // The busiest person known under another name makes the best example.
    if (other && (!alias || attrs.documents > graph.getNodeAttribute(alias.id, 'documents')))
      alias = { alias: other, id, label: attrs.label };
  });
  // The relayed document with the longest chain, the earliest among equals.
  let relayed: StartingPoints['relayed'] = null;
  for (const doc of corpus.documentList) {
    if (!isRelayed(doc)) continue;
    const chain = chainOf(doc);
    if (chain.length >= 3 && (!relayed || chain.length > relayed.chain.length))
      relayed = { doc, chain };
  }
  const chain = (relayed as StartingPoints['relayed'])?.chain;
  const channel = chain ? { from: chain[0] ?? '', to: chain[chain.length - 1] ?? '' } : null;
  return { busiest, relayed, channel, alias };
}
