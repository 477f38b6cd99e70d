/**
 * CMIF export (Correspondence Metadata Interchange Format, TEI): one correspDesc per document, for
 * correspSearch and other letter indexes. What CMIF has no place for — intermediaries, originators,
 * participants, title, type and number — goes into the correspDesc's note as typed refs, the way
 * CMIF v2 extends the format, so CMIF readers may ignore it safely and Cablegraph reads it back.
 */
import type { DocumentRecord } from '../graph/types.ts';
import { correspDesc } from './cmif-letter.ts';
import { xmlAttr, xmlText } from './graphml.ts';
import type { ExportSelection } from './selection.ts';

export const TEI_NAMESPACE = 'http://www.tei-c.org/ns/1.0';
export { CABLEGRAPH_CMIF, CMIF_VOCABULARY } from './cmif-letter.ts';

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
  /** The xml:id of the first bibl (the others number on from it); from the corpus slug when null. */
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

/**
 * The bibls of the file: one per source the documents give (an edition's volumes, 13 for
 * Spener), so every letter keeps its own; a document without one points at the corpus credit.
 */
function sourcesOf(
  documents: readonly DocumentRecord[],
  credit: string,
  firstId: string,
): Map<string, string> {
  const ids = new Map<string, string>();
  for (const doc of documents) {
    const text = doc.source || credit;
    if (!ids.has(text)) ids.set(text, ids.size === 0 ? firstId : `${firstId}-${ids.size + 1}`);
  }
  if (ids.size === 0) ids.set(credit, firstId);
  return ids;
}

/**
 * The selection's documents as a CMIF file. Names are written as each document gives them, with
 * every authority URI their node has; dates keep their precision (1949-10-23, 1949-10, 1949),
 * ranges become notBefore/notAfter (an open one, "not after March 1795", only its bound), and
 * undated documents have no date element. Each letter points at the bibl of its own source.
 */
export function toCmif(selection: ExportSelection, options: Partial<CmifOptions> = {}): string {
  const settings = { ...DEFAULT_CMIF_OPTIONS, ...options };
  const { meta } = selection.corpus;
  const credit = meta.credit || meta.name;
  const biblId = ncName(settings.biblId ?? `bibl-${meta.slug || 'corpus'}`);
  const publisher = settings.publisher || credit;
  const publisherUrl = settings.publisherUrl ?? meta.url;
  const date = settings.date ?? new Date().toISOString().slice(0, 10);
  const sources = sourcesOf(selection.documents, credit, biblId);
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
    ...[...sources].map(
      ([text, id]) => `        <bibl type="online" xml:id="${xmlAttr(id)}">${xmlText(text)}</bibl>`,
    ),
    '      </sourceDesc>',
    '    </fileDesc>',
    '    <profileDesc>',
    ...selection.documents.flatMap((doc) =>
      correspDesc(selection, doc, sources.get(doc.source || credit) ?? biblId),
    ),
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
