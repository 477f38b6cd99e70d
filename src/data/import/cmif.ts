/**
 * Reading CMIF files (TEI lists of correspDesc, as correspSearch collects them): the letters with
 * their senders, recipients, places and dates, the CMIF v2 mentions, and the refs Cablegraph's own
 * CMIF export adds (intermediaries, originators, participants, and the record: its id, title,
 * type, number, summary, notes, see cmif-record.ts).
 *
 * Pure, for Node and the browser. Hostile input never throws and never reaches the file system:
 * saxes resolves no external entity, and a DOCTYPE is refused before anything is read, so no
 * entity is ever declared, let alone expanded.
 */
import { CABLEGRAPH_CMIF, TEI_NAMESPACE } from '../../formats/cmif.ts';
import type { BuildIssue } from '../issues.ts';
import {
  childrenOf,
  descendantsOf,
  isCmifDate,
  parseXmlTree,
  rawTextOf,
  textOf,
} from './cmif-xml.ts';
import type { XmlElement } from './cmif-xml.ts';
import { PLACEHOLDER, UNKNOWN_AUTHORITY } from '../parse/lexicon.ts';
import { EMPTY_META, readMeta } from './cmif-meta.ts';
import type { CmifMeta } from './cmif-meta.ts';
import { emptyRecordRefs, RECORD_REFS } from './cmif-record.ts';
import type { CablegraphRecordRefs } from './cmif-record.ts';

export type { CablegraphRecordRefs, CmifMeta };

export interface CmifParty {
  name: string;
  /** The name exactly as written, when it differs from `name` (white space kept). */
  raw?: string;
  /** Authority URI(s) as written in @ref, e.g. "http://d-nb.info/gnd/118616099". */
  ref: string | null;
  kind: 'person' | 'organisation';
  /** CMIF writes an unknown party as "Unknown"; an empty name without @ref says the same. */
  unknown: boolean;
  /** TEI @evidence, e.g. "conjecture" for a sender inferred by the editors. */
  evidence: string | null;
}

export interface CmifPlace {
  name: string;
  /** The name exactly as written, when it differs from `name` (white space kept). */
  raw?: string;
  /** GeoNames URI, usually. */
  ref: string | null;
  evidence: string | null;
}

export interface CmifDate {
  when?: string;
  from?: string;
  to?: string;
  notBefore?: string;
  notAfter?: string;
  /** TEI certainty: "high", "medium", "low", "unknown". */
  cert?: string;
  /** TEI @evidence: "conjecture" is a date the editors supplied ("[Jan 1844]"). */
  evidence?: string;
  /** The date as the edition writes it inside <date>, e.g. "[Frühjahr 1667]". */
  text: string | null;
}

export interface CmifLetter {
  /** Line and column of the correspDesc's start tag. */
  line: number;
  column: number;
  key: string | null;
  ref: string | null;
  /** The bibl the letter comes from (@source without its "#"). */
  source: string | null;
  senders: CmifParty[];
  recipients: CmifParty[];
  sentPlaces: CmifPlace[];
  receivedPlaces: CmifPlace[];
  /** The date of sending. */
  date: CmifDate | null;
  receivedDate: CmifDate | null;
  mentions: CmifParty[];
  mentionedPlaces: CmifPlace[];
  via: CmifParty[];
  originators: CmifParty[];
  participants: CmifParty[];
  title: string | null;
  type: string | null;
  number: string | null;
  /** Set only in Cablegraph's own export. */
  record: CablegraphRecordRefs | null;
}

export interface CmifReadResult {
  meta: CmifMeta;
  letters: CmifLetter[];
  issues: BuildIssue[];
}

export interface CmifReadOptions {
  /** Warnings beyond this many are counted in one last warning, so a bad file stays readable. */
  maxWarnings: number;
  /**
   * Takes each letter as it is read; the result's `letters` is then empty. A caller converting
   * letters as they come never holds all of them.
   */
  onLetter: ((letter: CmifLetter) => void) | null;
}

export const DEFAULT_CMIF_READ_OPTIONS: CmifReadOptions = { maxWarnings: 200, onLetter: null };

const DATE_ATTRIBUTES = ['when', 'from', 'to', 'notBefore', 'notAfter'] as const;
/** correspAction types of a letter passing through hands on its way. */
const VIA_TYPES = new Set(['transmitted', 'forwarded', 'redirected']);
/** The CMIF v2 vocabulary in its spellings: prefixed, or the full URI with "#" or "/". */
const CMIF_TERM = /^(?:cmif:|https?:\/\/lod\.academy\/cmif\/vocab\/terms[#/])(\w+)$/;

type Warn = (at: XmlElement, message: string) => void;

function readParty(el: XmlElement, warn: Warn, kind?: CmifParty['kind']): CmifParty {
  const raw = rawTextOf(el);
  const name = raw.replace(/\s+/g, ' ').trim();
  const ref = (el.attrs.ref ?? el.attrs.target)?.trim() || null;
  if (!name && !ref) warn(el, `<${el.name}> with no name and no @ref: read as unknown`);
  return {
    name,
    ...(raw !== name ? { raw } : {}),
    ref,
    kind: kind ?? (el.name === 'orgName' ? 'organisation' : 'person'),
    // "Unbekannt", "unbekannt (1)", "N.N.", correspSearch's …/unknown: no one in particular.
    unknown:
      (!!ref && UNKNOWN_AUTHORITY.test(ref)) ||
      (!ref && (name === '' || PLACEHOLDER.test(name.replace(/^\[|\]$/g, '')))),
    evidence: el.attrs.evidence ?? null,
  };
}

function readPlace(el: XmlElement): CmifPlace {
  const raw = rawTextOf(el);
  const name = raw.replace(/\s+/g, ' ').trim();
  return {
    name,
    ...(raw !== name ? { raw } : {}),
    ref: (el.attrs.ref ?? el.attrs.target)?.trim() || null,
    evidence: el.attrs.evidence ?? null,
  };
}

/** A date's CMIF attributes and text; an attribute that is not a CMIF date is reported, not kept. */
function readDate(el: XmlElement, warn: Warn): CmifDate | null {
  const date: CmifDate = { text: textOf(el) || null };
  let any = date.text !== null;
  for (const name of DATE_ATTRIBUTES) {
    const value = el.attrs[name]?.trim();
    if (value === undefined) continue;
    if (isCmifDate(value)) {
      date[name] = value;
      any = true;
    } else
      warn(el, `@${name}="${value}" is not a CMIF date (YYYY, YYYY-MM or YYYY-MM-DD); ignored`);
  }
  if (el.attrs.cert) date.cert = el.attrs.cert;
  if (el.attrs.evidence) date.evidence = el.attrs.evidence;
  return any ? date : null;
}

function readLetter(desc: XmlElement, warn: Warn): CmifLetter {
  const letter: CmifLetter = {
    line: desc.line,
    column: desc.column,
    key: desc.attrs.key ?? null,
    ref: desc.attrs.ref ?? null,
    source: desc.attrs.source?.replace(/^#/, '') ?? null,
    senders: [],
    recipients: [],
    sentPlaces: [],
    receivedPlaces: [],
    date: null,
    receivedDate: null,
    mentions: [],
    mentionedPlaces: [],
    via: [],
    originators: [],
    participants: [],
    title: null,
    type: null,
    number: null,
    record: null,
  };
  const actions = childrenOf(desc, 'correspAction');
  if (actions.length === 0) warn(desc, 'correspDesc without correspAction: no sender or recipient');
  for (const action of actions) {
    const type = action.attrs.type ?? '';
    const side =
      type === 'sent'
        ? { parties: letter.senders, places: letter.sentPlaces }
        : type === 'received'
          ? { parties: letter.recipients, places: letter.receivedPlaces }
          : VIA_TYPES.has(type)
            ? { parties: letter.via, places: null }
            : null;
    if (!side) {
      warn(action, `correspAction type "${type}" is neither "sent" nor "received"; ignored`);
      continue;
    }
    for (const el of childrenOf(action)) {
      if (el.name === 'persName' || el.name === 'orgName') side.parties.push(readParty(el, warn));
      else if (el.name === 'placeName') side.places?.push(readPlace(el));
      else if (el.name === 'date' && (type === 'sent' || type === 'received')) {
        const key = type === 'sent' ? 'date' : 'receivedDate';
        const date = readDate(el, warn);
        if (letter[key] && date)
          warn(el, `a second <date> where ${type} already has one: the first is used`);
        else letter[key] = date;
      }
    }
  }
  for (const ref of childrenOf(desc, 'note').flatMap((note) => descendantsOf(note, 'ref'))) {
    const type = ref.attrs.type ?? '';
    const term = CMIF_TERM.exec(type)?.[1];
    const own = type.startsWith(CABLEGRAPH_CMIF) ? type.slice(CABLEGRAPH_CMIF.length) : null;
    const kind = ref.attrs.subtype === 'organisation' ? 'organisation' : 'person';
    if (own && own in RECORD_REFS) {
      letter.record ??= emptyRecordRefs();
      RECORD_REFS[own]?.(letter.record, rawTextOf(ref));
    } else if (term === 'mentionsPerson') letter.mentions.push(readParty(ref, warn, 'person'));
    else if (term === 'mentionsOrganization' || term === 'mentionsOrganisation')
      letter.mentions.push(readParty(ref, warn, 'organisation'));
    else if (term === 'mentionsPlace') letter.mentionedPlaces.push(readPlace(ref));
    else if (own === 'via') letter.via.push(readParty(ref, warn, kind));
    else if (own === 'originator') letter.originators.push(readParty(ref, warn, kind));
    else if (own === 'participant') letter.participants.push(readParty(ref, warn, kind));
    // Cablegraph wrote these verbatim: a title may hold a line break.
    else if (own === 'title' || own === 'type' || own === 'number') letter[own] ??= rawTextOf(ref);
  }
  return letter;
}

/**
 * Read a CMIF file: its metadata and every correspDesc as a letter. Never throws: a broken,
 * hostile or foreign file gives an error issue with its line and column, and the letters read
 * before the problem.
 */
export function readCmif(
  text: string,
  file: string,
  options: Partial<CmifReadOptions> = {},
): CmifReadResult {
  const { maxWarnings, onLetter } = { ...DEFAULT_CMIF_READ_OPTIONS, ...options };
  const issues: BuildIssue[] = [];
  let warnings = 0;
  const warn: Warn = (at, message) => {
    if (++warnings <= maxWarnings)
      issues.push({ severity: 'warning', file, line: at.line, column: at.column, message });
  };
  // Letters are read as each correspDesc closes and dropped from the tree: memory follows one
  // letter, not the file (a 32 MB file held as a tree took half a gigabyte). A letter cut off by a
  // fatal error never closes, so it is not returned half-read; the error says where.
  const streamed: CmifLetter[] = [];
  let letters = 0;
  const { root, error } = parseXmlTree(text, file, {
    consume: (element, top) => {
      if (element.name !== 'correspDesc' || top.name !== 'TEI') return false;
      const letter = readLetter(element, warn);
      letters++;
      if (onLetter) onLetter(letter);
      else streamed.push(letter);
      return true;
    },
  });
  if (error) issues.unshift(error);
  const done = (meta: CmifMeta, letters: CmifLetter[]): CmifReadResult => {
    if (warnings > maxWarnings) {
      const more = warnings - maxWarnings;
      issues.push({ severity: 'warning', file, message: `${more} more warnings not shown` });
    }
    return { meta, letters, issues };
  };
  if (!root) return done({ ...EMPTY_META }, []);
  if (root.name !== 'TEI') {
    const message = `not a CMIF file: the root element is <${root.name}>, not <TEI xmlns="${TEI_NAMESPACE}">`;
    issues.push({ severity: 'error', file, line: root.line, column: root.column, message });
    return done({ ...EMPTY_META }, []);
  }
  if (root.uri !== TEI_NAMESPACE)
    warn(root, `<TEI> is not in the TEI namespace (${TEI_NAMESPACE}); read anyway`);
  if (letters === 0 && !error) warn(root, 'no correspDesc: the file lists no letters');
  return done(readMeta(root), streamed);
}
