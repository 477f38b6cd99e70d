/**
 * CMIF export (Correspondence Metadata Interchange Format, TEI): one correspDesc per document, for
 * correspSearch and other letter indexes. What CMIF has no place for — intermediaries, originators,
 * participants, title, type and number — goes into the correspDesc's note as typed refs, the way
 * CMIF v2 extends the format, so CMIF readers may ignore it safely and Cablegraph reads it back.
 */
import { certaintyOfQualifier, openBound } from '../dates.ts';
import type { DocumentRecord, PartyRef } from '../types.ts';
import { xmlAttr, xmlText } from './graphml.ts';
import type { ExportSelection } from './selection.ts';

export const TEI_NAMESPACE = 'http://www.tei-c.org/ns/1.0';
/** The CMIF v2 vocabulary, for mentions. */
export const CMIF_VOCABULARY = 'https://lod.academy/cmif/vocab/terms#';
/** Cablegraph's own ref types for the rest of the chain and the record's description. */
export const CABLEGRAPH_CMIF = 'https://cablegraph.org/cmif#';

export interface CmifOptions {
  /** Date of this file (ISO date or dateTime); today when null. */
  date: string | null;
  /** Contact person for the file (CMIF's titleStmt/editor); "Cablegraph" when empty. */
  editor: string;
  /** Originator of the metadata for the CC BY attribution; the corpus credit when empty. */
  publisher: string;
  publisherUrl: string | null;
  /**
   * Where this CMIF file will be published (publicationStmt/idno), which only the publisher
   * knows; left empty rather than guessed, since CMIF uses it to trace the file to its origin.
   */
  url: string;
  /** CMIF requires an open licence (CC BY 4.0 or CC0); the caller must be able to grant it. */
  licence: string;
  licenceUrl: string;
  /** The xml:id of the bibl every correspDesc points to; made from the corpus slug when null. */
  biblId: string | null;
}

export const DEFAULT_CMIF_OPTIONS: CmifOptions = {
  date: null,
  editor: '',
  publisher: '',
  publisherUrl: null,
  url: '',
  licence: 'This file is licensed under the terms of the Creative Commons License CC-BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  biblId: null,
};

/** An xml:id must be an NCName: a letter or underscore first, no colons or spaces. */
function ncName(value: string): string {
  const cleaned = value.replace(/[^A-Za-z0-9._-]+/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `bibl-${cleaned}`;
}

interface Party {
  name: string;
  kind: 'person' | 'organisation';
  authority: string | null;
}

/** The party as the corpus registry knows it: canonical name, kind and first authority URI. */
function partyOf(selection: ExportSelection, ref: PartyRef): Party {
  const { graph } = selection.corpus;
  if (!graph.hasNode(ref.person)) return { name: ref.person, kind: 'person', authority: null };
  const attrs = graph.getNodeAttributes(ref.person);
  // Not declared on PersonAttributes: the build copies it from people.csv when there is one.
  const authority = (attrs as { authority?: unknown }).authority;
  const first = Array.isArray(authority) ? authority[0] : authority;
  return {
    name: attrs.label,
    kind: attrs.kind,
    authority: typeof first === 'string' && first.trim() ? first.trim() : null,
  };
}

const refAttr = (uri: string | null, name = 'ref'): string =>
  uri ? ` ${name}="${xmlAttr(uri)}"` : '';

function nameElement(party: Party): string {
  const tag = party.kind === 'organisation' ? 'orgName' : 'persName';
  return `<${tag}${refAttr(party.authority)}>${xmlText(party.name)}</${tag}>`;
}

function action(type: 'sent' | 'received', parties: Party[], extra: string[]): string[] {
  // CMIF: "if the sender or addressee is unknown please indicate this by the string Unknown".
  const names = parties.length > 0 ? parties.map(nameElement) : ['<persName>Unknown</persName>'];
  return [
    `        <correspAction type="${type}">`,
    ...[...names, ...extra].map((line) => `          ${line}`),
    '        </correspAction>',
  ];
}

function noteRef(type: string, text: string, target: string | null = null, subtype = ''): string {
  const sub = subtype ? ` subtype="${subtype}"` : '';
  return `<ref type="${xmlAttr(type)}"${sub}${refAttr(target, 'target')}>${xmlText(text)}</ref>`;
}

function correspDesc(selection: ExportSelection, doc: DocumentRecord, source: string): string[] {
  const parties = (refs: PartyRef[]): Party[] => refs.map((ref) => partyOf(selection, ref));
  const sentExtra = doc.places.map((place) => `<placeName>${xmlText(place)}</placeName>`);
  const { iso, end, qualifier } = doc.date;
  const bound = openBound(doc.date);
  const certainty = certaintyOfQualifier(qualifier);
  const cert = certainty ? ` cert="${certainty}"` : '';
  // A range is "written some time between", which TEI says with notBefore/notAfter (from/to
  // would mean written over the whole span); an open one has only the bound it knows.
  if (iso && end)
    sentExtra.push(`<date notBefore="${xmlAttr(iso)}" notAfter="${xmlAttr(end)}"${cert}/>`);
  else if (iso && bound) sentExtra.push(`<date ${bound}="${xmlAttr(iso)}"/>`);
  else if (iso) sentExtra.push(`<date when="${xmlAttr(iso)}"${cert}/>`);
  const note: string[] = [];
  const chain = (role: 'via' | 'originators' | 'participants', term: string): void => {
    for (const party of parties(doc.roles[role])) {
      const subtype = party.kind === 'organisation' ? 'organisation' : '';
      note.push(noteRef(CABLEGRAPH_CMIF + term, party.name, party.authority, subtype));
    }
  };
  chain('via', 'via');
  chain('originators', 'originator');
  chain('participants', 'participant');
  for (const party of parties(doc.roles.mentions)) {
    const term = party.kind === 'organisation' ? 'mentionsOrganization' : 'mentionsPerson';
    note.push(noteRef(CMIF_VOCABULARY + term, party.name, party.authority));
  }
  note.push(noteRef(`${CABLEGRAPH_CMIF}title`, doc.title));
  if (doc.type) note.push(noteRef(`${CABLEGRAPH_CMIF}type`, doc.type));
  if (doc.number) note.push(noteRef(`${CABLEGRAPH_CMIF}number`, doc.number));
  return [
    `      <correspDesc key="${xmlAttr(doc.id)}" source="#${xmlAttr(source)}">`,
    ...action('sent', parties(doc.roles.senders), sentExtra),
    ...action('received', parties(doc.roles.recipients), []),
    '        <note>',
    ...note.map((line) => `          ${line}`),
    '        </note>',
    '      </correspDesc>',
  ];
}

/**
 * The selection's documents as a CMIF file. Names are the registry's canonical names with their
 * authority URI when the registry has one; dates keep their precision (1949-10-23, 1949-10, 1949),
 * ranges become notBefore/notAfter (an open one, "not after March 1795", only its bound), and
 * undated documents have no date element.
 */
export function toCmif(selection: ExportSelection, options: Partial<CmifOptions> = {}): string {
  const settings = { ...DEFAULT_CMIF_OPTIONS, ...options };
  const { meta } = selection.corpus;
  const credit = meta.credit || meta.name;
  const biblId = ncName(settings.biblId ?? `bibl-${meta.slug || 'corpus'}`);
  const publisher = settings.publisher || credit;
  const publisherUrl = settings.publisherUrl ?? meta.url;
  const date = settings.date ?? new Date().toISOString().slice(0, 10);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<TEI xmlns="${TEI_NAMESPACE}">`,
    '  <teiHeader>',
    '    <fileDesc>',
    '      <titleStmt>',
    `        <title>${xmlText(meta.name)}</title>`,
    `        <editor>${xmlText(settings.editor || 'Cablegraph')}</editor>`,
    '      </titleStmt>',
    '      <publicationStmt>',
    publisherUrl
      ? `        <publisher><ref target="${xmlAttr(publisherUrl)}">${xmlText(publisher)}</ref></publisher>`
      : `        <publisher>${xmlText(publisher)}</publisher>`,
    `        <idno type="url">${xmlText(settings.url)}</idno>`,
    `        <date when="${xmlAttr(date)}"/>`,
    '        <availability>',
    `          <licence target="${xmlAttr(settings.licenceUrl)}">${xmlText(settings.licence)}</licence>`,
    '        </availability>',
    '      </publicationStmt>',
    '      <sourceDesc>',
    `        <bibl type="online" xml:id="${xmlAttr(biblId)}">${xmlText(credit)}${
      meta.url ? `, <ref target="${xmlAttr(meta.url)}">${xmlText(meta.url)}</ref>` : ''
    }</bibl>`,
    '      </sourceDesc>',
    '    </fileDesc>',
    '    <profileDesc>',
    ...selection.documents.flatMap((doc) => correspDesc(selection, doc, biblId)),
    '    </profileDesc>',
    '  </teiHeader>',
    '  <text>',
    '    <body>',
    '      <p/>',
    '    </body>',
    '  </text>',
    '</TEI>',
    '',
  ];
  return lines.join('\n');
}
