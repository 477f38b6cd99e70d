/**
 * The header of a CMIF file: its title, editor, publisher, licence, and the bibls its letters
 * come from (in sourceDesc, or in a listBibl there when each letter has its own source).
 */
import { childrenOf, descendantsOf, pathOf, textOf } from './cmif-xml.ts';
import type { XmlElement } from './cmif-xml.ts';

export interface CmifMeta {
  title: string | null;
  editor: string | null;
  publisher: string | null;
  licence: string | null;
  licenceUrl: string | null;
  /** The edition the letters are indexed from, when the file names one bibl (else null). */
  credit: string | null;
  /** publicationStmt/idno: where the file is published. */
  url: string | null;
  date: string | null;
  sources: { id: string | null; type: string | null; text: string }[];
}

export const EMPTY_META: CmifMeta = {
  title: null,
  editor: null,
  publisher: null,
  licence: null,
  licenceUrl: null,
  credit: null,
  url: null,
  date: null,
  sources: [],
};

/** The header of a CMIF file's root element. */
export function readMeta(root: XmlElement): CmifMeta {
  const fileDesc = pathOf(root, 'teiHeader', 'fileDesc');
  const titleStmt = pathOf(fileDesc, 'titleStmt');
  const publication = pathOf(fileDesc, 'publicationStmt');
  const licence = pathOf(publication, 'availability', 'licence');
  const joined = (elements: XmlElement[], skip: string[] = []): string | null =>
    elements.map((e) => textOf(e, skip)).join('; ') || null;
  // Editions with a source per letter list them in <listBibl> (Schnitzler: 38 of them).
  const sources = descendantsOf(pathOf(fileDesc, 'sourceDesc'), 'bibl').map((bibl) => ({
    id: bibl.attrs['xml:id'] ?? null,
    type: bibl.attrs.type ?? null,
    text: textOf(bibl),
  }));
  return {
    title: textOf(pathOf(titleStmt, 'title')) || null,
    editor: joined(childrenOf(titleStmt, 'editor'), ['email']),
    publisher: joined(childrenOf(publication, 'publisher')),
    licence: textOf(licence) || null,
    licenceUrl: licence?.attrs.target ?? null,
    // One bibl is the edition; of several, none stands for all (the publisher does).
    credit: (sources.length === 1 && sources[0]?.text) || null,
    url: textOf(pathOf(publication, 'idno')) || null,
    date: pathOf(publication, 'date')?.attrs.when ?? null,
    sources,
  };
}
