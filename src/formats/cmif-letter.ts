/**
 * One document as a CMIF correspDesc. Parties are written as the document names them, with every
 * authority id their node has (@ref) and how the source knows them (@evidence); places with their
 * ids on the side they belong to. What CMIF has no place for — intermediaries, originators,
 * participants, and the record itself (id, title, type, summary, notes …) — goes into the
 * correspDesc's note as typed refs, the way CMIF v2 extends the format, so CMIF readers may
 * ignore it safely and Cablegraph reads the record back as it was.
 */
import {
  certaintyOfQualifier,
  dateColumnText,
  evidenceOfQualifier,
  openBound,
} from '../graph/dates.ts';
import type { DocumentRecord, PartyRef, PlaceRef, Role } from '../graph/types.ts';
import { curatorNote, UNKNOWN_PARTY } from './documents-csv.ts';
import { xmlAttr, xmlText } from './graphml.ts';
import type { ExportSelection } from './selection.ts';

/** The CMIF v2 vocabulary, for mentions. */
export const CMIF_VOCABULARY = 'https://lod.academy/cmif/vocab/terms#';
/** Cablegraph's own ref types for the rest of the chain and the record's description. */
export const CABLEGRAPH_CMIF = 'https://cablegraph.org/cmif#';

interface Party {
  name: string;
  kind: 'person' | 'organisation';
  /** Every authority URI of the node, space-separated as @ref takes several. */
  ref: string | null;
  evidence: string | null;
}

/** A party the document names without identifying it, with correspSearch's unknown URI. */
const unidentifiedParty = (asWritten: string): Party => ({
  name: asWritten,
  kind: 'person',
  ref: UNKNOWN_PARTY,
  evidence: null,
});

/** The party as written on the document, with its node's kind and authority ids. */
function partyOf(selection: ExportSelection, ref: PartyRef): Party {
  const { graph } = selection.corpus;
  const evidence = ref.evidence ?? null;
  if (!graph.hasNode(ref.person))
    return { name: ref.asWritten, kind: 'person', ref: null, evidence };
  const attrs = graph.getNodeAttributes(ref.person);
  const ids = (attrs.authority ?? []).map((uri) => uri.trim()).filter(Boolean);
  return {
    name: ref.asWritten || attrs.label,
    kind: attrs.kind,
    ref: ids.length > 0 ? ids.join(' ') : null,
    evidence,
  };
}

const attr = (name: string, value: string | null | undefined): string =>
  value ? ` ${name}="${xmlAttr(value)}"` : '';

function nameElement(party: Party): string {
  const tag = party.kind === 'organisation' ? 'orgName' : 'persName';
  return `<${tag}${attr('ref', party.ref)}${attr('evidence', party.evidence)}>${xmlText(party.name)}</${tag}>`;
}

const placeElement = (place: PlaceRef): string =>
  `<placeName${attr('ref', place.authority)}${attr('evidence', place.evidence)}>${xmlText(place.name)}</placeName>`;

function action(type: 'sent' | 'received', parties: Party[], extra: string[]): string[] {
  // CMIF: "if the sender or addressee is unknown please indicate this by the string Unknown".
  const names = parties.length > 0 ? parties.map(nameElement) : ['<persName>Unknown</persName>'];
  return [
    `        <correspAction type="${type}">`,
    ...[...names, ...extra].map((line) => `          ${line}`),
    '        </correspAction>',
  ];
}

/** A typed ref of the note: a party or place (with its ids and evidence) or a record field. */
function noteRef(
  type: string,
  text: string,
  about: { ref?: string | null; evidence?: string | null; organisation?: boolean } = {},
): string {
  const sub = about.organisation ? ' subtype="organisation"' : '';
  const target = attr('target', about.ref) + attr('evidence', about.evidence);
  return `<ref type="${xmlAttr(type)}"${sub}${target}>${xmlText(text)}</ref>`;
}

const partyRef = (type: string, party: Party): string =>
  noteRef(type, party.name, { ...party, organisation: party.kind === 'organisation' });

/** The date of sending: a range as notBefore/notAfter, an open one as its bound, with @cert. */
function dateElement(doc: DocumentRecord): string | null {
  const { iso, end, qualifier } = doc.date;
  if (!iso) return null;
  const bound = openBound(doc.date);
  const certainty = certaintyOfQualifier(qualifier);
  const evidence = evidenceOfQualifier(qualifier);
  const cert =
    (certainty ? ` cert="${certainty}"` : '') + (evidence ? ` evidence="${evidence}"` : '');
  // A range is "written some time between", which TEI says with notBefore/notAfter (from/to
  // would mean written over the whole span); an open one has only the bound it knows.
  if (end) return `<date notBefore="${xmlAttr(iso)}" notAfter="${xmlAttr(end)}"${cert}/>`;
  if (bound) return `<date ${bound}="${xmlAttr(iso)}"/>`;
  return `<date when="${xmlAttr(iso)}"${cert}/>`;
}

/**
 * The record's own refs: its id, title and the rest a CMIF reader has no use for, and which of
 * its fields a curator or a source set (so that what the title gave is read from it again).
 */
function recordRefs(doc: DocumentRecord): string[] {
  const own = (term: string, text: string): string => noteRef(CABLEGRAPH_CMIF + term, text);
  const refs = [own('id', doc.id), own('title', doc.title), own('type', doc.type)];
  if (doc.number) refs.push(own('number', doc.number));
  if (doc.summary) refs.push(own('summary', doc.summary));
  refs.push(own('collection', doc.collection));
  // The title's own notes ("Soviet Translation") are read from it again.
  const note = curatorNote(doc);
  if (note) refs.push(own('note', note));
  refs.push(own('parties', doc.partiesFrom ?? 'title'));
  if (doc.curated.length > 0) refs.push(own('curated', doc.curated.join(' ')));
  // A curated date as written: CMIF's attributes cannot say "circa".
  if (doc.curated.includes('date'))
    refs.push(own('date', doc.date.asWritten ?? dateColumnText(doc.date)));
  return refs;
}

/** The places of a document by side; a title's places are where it was sent from. */
function placesOf(doc: DocumentRecord): PlaceRef[] {
  return doc.placeRefs ?? doc.places.map((name) => ({ name, role: 'sent' }));
}

/** The correspDesc of a document, pointing at the bibl of its source. */
export function correspDesc(
  selection: ExportSelection,
  doc: DocumentRecord,
  bibl: string,
): string[] {
  // Those identified, then those named but not ("Unbekannt (1)"), as the source had them.
  const parties = (role: Role): Party[] => [
    ...doc.roles[role].map((ref) => partyOf(selection, ref)),
    ...(doc.unidentified ?? [])
      .filter((party) => party.role === role)
      .map((party) => unidentifiedParty(party.asWritten)),
  ];
  const places = placesOf(doc);
  const on = (role: PlaceRef['role']): string[] =>
    places.filter((place) => place.role === role).map(placeElement);
  const date = dateElement(doc);
  const note: string[] = [];
  const chain = (role: 'via' | 'originators' | 'participants', term: string): void => {
    for (const party of parties(role)) note.push(partyRef(CABLEGRAPH_CMIF + term, party));
  };
  chain('via', 'via');
  chain('originators', 'originator');
  chain('participants', 'participant');
  for (const party of parties('mentions')) {
    const term = party.kind === 'organisation' ? 'mentionsOrganization' : 'mentionsPerson';
    note.push(partyRef(CMIF_VOCABULARY + term, party));
  }
  for (const place of places.filter((p) => p.role === 'mentioned'))
    note.push(
      noteRef(`${CMIF_VOCABULARY}mentionsPlace`, place.name, {
        ref: place.authority,
        evidence: place.evidence,
      }),
    );
  note.push(...recordRefs(doc));
  return [
    `      <correspDesc key="${xmlAttr(doc.id)}"${attr('ref', doc.url)} source="#${xmlAttr(bibl)}">`,
    ...action('sent', parties('senders'), [...on('sent'), ...(date ? [date] : [])]),
    ...action('received', parties('recipients'), on('received')),
    '        <note>',
    ...note.map((line) => `          ${line}`),
    '        </note>',
    '      </correspDesc>',
  ];
}
