/**
 * Checking a file against the CMIF structure (TEI-Correspondence-SIG/CMIF, v1 with the v2 note
 * refs): what correspSearch needs to take a file. Plain problems, one per line, so an exporter's
 * tests and a curator read the same thing.
 */
import { TEI_NAMESPACE } from '../../formats/cmif.ts';
import { childrenOf, descendantsOf, isCmifDate, parseXmlTree, pathOf, textOf } from './cmif-xml.ts';
import type { XmlElement } from './cmif-xml.ts';

/** xsd:date or xsd:dateTime, as publicationStmt/date/@when takes. */
const XSD_DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The problems that keep `text` from being a CMIF file; empty when it is one. Checks the header
 * (title, editor, publisher, idno, date, licence, bibl with xml:id) and every correspDesc (its
 * @source points at a bibl, it has a sent or received correspAction naming someone, its dates are
 * YYYY, YYYY-MM or YYYY-MM-DD).
 */
export function validateCmif(text: string): string[] {
  const { root, error } = parseXmlTree(text, 'cmif');
  if (error) return [`line ${error.line ?? 1}: ${error.message}`];
  if (!root) return ['no root element'];
  const problems: string[] = [];
  const at = (el: XmlElement | undefined, message: string): void => {
    problems.push(el ? `line ${el.line}: ${message}` : message);
  };
  if (root.name !== 'TEI' || root.uri !== TEI_NAMESPACE) {
    at(root, `the root element must be <TEI xmlns="${TEI_NAMESPACE}">`);
    return problems;
  }
  const header = pathOf(root, 'teiHeader');
  const fileDesc = pathOf(header, 'fileDesc');
  const titleStmt = pathOf(fileDesc, 'titleStmt');
  const publication = pathOf(fileDesc, 'publicationStmt');
  const required = (el: XmlElement | undefined, path: string, needsText = true): void => {
    if (!el) at(undefined, `missing ${path}`);
    else if (needsText && !textOf(el)) at(el, `${path} is empty`);
  };
  required(header, 'teiHeader', false);
  required(fileDesc, 'teiHeader/fileDesc', false);
  required(pathOf(titleStmt, 'title'), 'fileDesc/titleStmt/title');
  required(pathOf(titleStmt, 'editor'), 'fileDesc/titleStmt/editor');
  required(pathOf(publication, 'publisher'), 'publicationStmt/publisher');
  const idno = pathOf(publication, 'idno');
  required(idno, 'publicationStmt/idno', false);
  if (idno && idno.attrs.type?.toLowerCase() !== 'url')
    at(idno, 'publicationStmt/idno needs type="url"');
  const date = pathOf(publication, 'date');
  required(date, 'publicationStmt/date', false);
  if (date && !XSD_DATE_TIME.test(date.attrs.when ?? ''))
    at(
      date,
      `publicationStmt/date/@when must be an ISO date or dateTime, not "${date.attrs.when ?? ''}"`,
    );
  const licence = pathOf(publication, 'availability', 'licence');
  required(licence, 'publicationStmt/availability/licence');
  if (licence && !licence.attrs.target) at(licence, 'licence needs @target (the licence URL)');
  const bibls = childrenOf(pathOf(fileDesc, 'sourceDesc'), 'bibl');
  if (bibls.length === 0) at(undefined, 'missing sourceDesc/bibl');
  const biblIds = new Set<string>();
  for (const bibl of bibls) {
    const id = bibl.attrs['xml:id'];
    if (id) biblIds.add(id);
    else at(bibl, 'sourceDesc/bibl needs an xml:id for correspDesc/@source to point at');
  }
  const profile = pathOf(header, 'profileDesc');
  if (!profile) at(undefined, 'missing teiHeader/profileDesc');
  const descs = descendantsOf(profile, 'correspDesc');
  if (profile && descs.length === 0) at(profile, 'profileDesc has no correspDesc');
  for (const desc of descs) checkCorrespDesc(desc, biblIds, at);
  return problems;
}

function checkCorrespDesc(
  desc: XmlElement,
  biblIds: ReadonlySet<string>,
  at: (el: XmlElement, message: string) => void,
): void {
  const source = desc.attrs.source ?? '';
  if (!source.startsWith('#') || !biblIds.has(source.slice(1)))
    at(desc, `correspDesc/@source "${source}" does not point at a sourceDesc/bibl (#id)`);
  const actions = childrenOf(desc, 'correspAction');
  if (!actions.some((a) => a.attrs.type === 'sent' || a.attrs.type === 'received'))
    at(desc, 'correspDesc needs a correspAction of type "sent" or "received"');
  for (const action of actions) {
    const type = action.attrs.type ?? '';
    if (type !== 'sent' && type !== 'received')
      at(action, `correspAction/@type must be "sent" or "received", not "${type}"`);
    const names = childrenOf(action).filter((c) => c.name === 'persName' || c.name === 'orgName');
    if (names.length === 0) at(action, 'correspAction names no one (CMIF writes "Unknown")');
    for (const date of childrenOf(action, 'date')) {
      for (const name of ['when', 'from', 'to', 'notBefore', 'notAfter']) {
        const value = date.attrs[name];
        if (value !== undefined && !isCmifDate(value))
          at(date, `date/@${name} "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
      }
    }
  }
}
