/**
 * The correspondence model shared by the build step, the graph algorithms and the explorer.
 * Isomorphic: plain data only, so the same records can be written by Node and read in the browser.
 */

/** How much of a date is known: "23 October 1949" is a day, "March 1949" a month. */
export type DatePrecision = 'day' | 'month' | 'year' | 'none';

export interface DocDate {
  /** ISO 8601 at the stated precision: "1949-10-23", "1949-03", "1949"; null when undated. */
  iso: string | null;
  precision: DatePrecision;
  /** The date as the source wrote it, when it came from the title or the date column. */
  asWritten: string | null;
  /**
   * For a range ("between March 1680 and May 1681", CMIF from/to or notBefore/notAfter): the
   * latest date, ISO of any precision; `iso` is then the earliest. Absent for a single date.
   */
  end?: string | null;
  /**
   * How the source qualifies the date, when it does: "circa", "early", "late", "before", "not
   * after" (an open range such as CMIF's lone notAfter) … The date is then approximate or a bound,
   * and is shown with its qualifier rather than as if it were exact.
   */
  qualifier?: string;
}

/** Roles a party plays in a document. `mentions` are people named only in the summary. */
export const ROLES = [
  'originators',
  'senders',
  'via',
  'recipients',
  'participants',
  'mentions',
] as const;
export type Role = (typeof ROLES)[number];

/** The chain a document travels, in order: originators → senders → via → recipients. */
export const CHAIN_ROLES = ['originators', 'senders', 'via', 'recipients'] as const;

/** How a name on a record was tied to a node. */
export type Resolution =
  | 'registry' // canonical name or alias in the people registry
  | 'office' // an office ("Soviet Ambassador, Pyongyang") resolved to its holder by date
  | 'bracket' // a pseudonym with the real name in brackets: "Filippov [Stalin]"
  | 'variant' // a spelling or transliteration variant of a registered name: "Molotoff"
  | 'authority' // an authority id (GND, VIAF, Wikidata) shared with the registry or another record
  | 'name' // a name without an id, joined to the one person of that name who has one
  | 'unresolved'; // not in the registry: kept as a node of its own, listed in the build report

/** One party of a document, as written and as resolved. */
export interface PartyRef {
  /** Node key in the graph. */
  person: string;
  /** The name exactly as the record gives it, e.g. "Filippov [Stalin]" or "Cde. Stalin". */
  asWritten: string;
  resolvedBy: Resolution;
  /** The office as written on the record, when the party was named by office. */
  office?: string;
  /** A place qualifying the party ("Ministry of Foreign Affairs, Moscow"). */
  place?: string;
  /** Set when the resolution rests on an uncertain registry fact. */
  uncertain?: boolean;
  /**
   * How the source knows this party, when it says (TEI @evidence): "conjecture" for a person the
   * editors inferred, "internal" or "external" for one the letter or another source names.
   */
  evidence?: string;
}

/** Which side of a letter a place is on: where it was written, received, or only mentioned. */
export type PlaceRole = 'sent' | 'received' | 'mentioned';

/** A place as a structured source gives it: its name, authority id (GeoNames) and side. */
export interface PlaceRef {
  name: string;
  role: PlaceRole;
  /** Authority URI, usually GeoNames ("http://www.geonames.org/2925533"). */
  authority?: string;
  /** TEI @evidence, as for parties ("conjecture"). */
  evidence?: string;
}

/**
 * Where a document's parties were read from: the title (absent), a CMIF letter, a letter-table
 * row, or a graph's edges. Reports word their reasons by it, and exports tell a reader whether
 * the parties are the source's own or the title's reading.
 */
export type PartiesSource = 'cmif' | 'table' | 'graph';

export type DocumentRoles = Record<Role, PartyRef[]>;

/**
 * A party the source names without identifying it ("unknown", "Unbekannt (1)", "N.N.",
 * "Others", correspSearch's unknown URI): kept on its own record, never a node that would join
 * unrelated letters.
 */
export interface UnidentifiedParty {
  role: Exclude<Role, 'mentions'>;
  asWritten: string;
}

/**
 * How part of a record was read, for a historian to check: "'Molotoff' read as Vyacheslav
 * Molotov (spelling)", "trailing clause 'on the armistice' read as the subject".
 */
export interface ReadingNote {
  text: string;
  /** A guess worth reviewing (a near spelling, an author named by no role word, a cover name …). */
  check: boolean;
}

/** Where a document sits in the graph: on edges, on a single node, or nowhere. */
export type Placement = 'graph' | 'attached' | 'unplaced';

/** A document as the explorer shows it: everything parsed, resolved and curated. */
export interface DocumentRecord {
  /** Stable id from the corpus; URLs and exports use it. */
  id: string;
  /** The title exactly as published. */
  title: string;
  /** Normalised document type: cable, telegram, letter, memorandum, minutes, … */
  type: string;
  /** Document number(s) as written, e.g. "826-827". */
  number: string | null;
  date: DocDate;
  summary: string;
  collection: string;
  source: string;
  roles: DocumentRoles;
  /** Places of writing or sending named in the title ("Lake Success", "Moscow"). */
  places: string[];
  /**
   * Places as a structured source gives them (CMIF, letter tables): with ids and sides, mentioned
   * places included. `places` then holds the names of those sent from or received at.
   */
  placeRefs?: PlaceRef[];
  /** Where the parties were read from when not from the title. */
  partiesFrom?: PartiesSource;
  /** Transmission medium that is not a person, e.g. "VCh" (government high-frequency line). */
  medium: string | null;
  /** Trailing topic of the title ("on the Korean Question"). */
  topic: string | null;
  /** Editorial notes: "[Soviet Translation]", "Draft", sequence markers, curator notes. */
  notes: string[];
  /** Fields a curator set in the corpus rather than the parser reading them from the title. */
  curated: string[];
  /** Parties named but not identified; absent when there are none. */
  unidentified?: UnidentifiedParty[];
  /** How the title and names were read; absent when there is nothing to say. */
  readings?: ReadingNote[];
  /** Where the document can be read online, when the source says. */
  url?: string;
  placement: Placement;
  /** File, line and column the record came from, for reports and error messages. */
  origin: { file: string; line: number; column?: number };
}

export type NodeKind = 'person' | 'organisation';

/** A person's document counts, in the order exports write them. */
export const PERSON_COUNTS = [
  'sent',
  'received',
  'relayed',
  'originated',
  'participated',
  'mentioned',
  'documents',
] as const satisfies readonly (keyof PersonAttributes)[];

/** Node attributes of the correspondence graph. */
export interface PersonAttributes {
  label: string;
  kind: NodeKind;
  affiliation: string;
  role: string;
  aliases: string[];
  /** False when the name did not resolve to the registry. */
  registered: boolean;
  /** Documents sent, received, relayed (via), originated, took part in, or mentioned in. */
  sent: number;
  received: number;
  relayed: number;
  originated: number;
  participated: number;
  mentioned: number;
  /** Distinct documents in which the person has any role but `mentions`. */
  documents: number;
  x: number;
  y: number;
  /** Authority URIs (GND, VIAF, Wikidata) from the registry or the source. */
  authority?: string[];
  /** Registry notes, e.g. why an identification is uncertain. */
  notes?: string;
  uncertain?: boolean;
  /** People joined to this one by any line (measures/index.ts); absent on graphs built without. */
  correspondents?: number;
  /** Normalised betweenness on the person graph: how much this person brokers (0–1). */
  betweenness?: number;
  /** Louvain community, numbered 1… by size. */
  community?: number;
}

/** Edge kinds: a hop of a document's chain, or a link between participants of a conversation. */
export type EdgeKind = 'chain' | 'participation';

/** Edge attributes: one edge per hop of a document, carrying the document id (not its text). */
export interface DocumentEdgeAttributes {
  doc: string;
  kind: EdgeKind;
  /** Zero-based position of this hop in the document's chain. */
  hop: number;
  /** Roles at either end of the hop, e.g. originators → senders. */
  fromRole: Role;
  toRole: Role;
  /** Copied from the document so filters and exports need no lookup. */
  date: string | null;
  /** The last date of a document dated by a range ("between … and …"); absent otherwise. */
  dateEnd?: string;
  type: string;
}

/** Metadata about the corpus carried with the built graph. */
export interface CorpusMeta {
  name: string;
  slug: string;
  credit: string;
  description: string;
  url: string | null;
  /** How the people's measures were computed; absent when they were not. */
  measures?: MeasuresNote;
}

/** How the people's measures were computed, so the explorer can say what an estimate is. */
export interface MeasuresNote {
  /** Sources of the betweenness: every person (exact) or a seeded sample (an estimate). */
  betweennessSources: number;
  people: number;
  communities: number;
  seed: number;
}

/** Nodes and edges to emphasise (a selection, a traced channel); the rest is dimmed. */
export interface Emphasis {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}
