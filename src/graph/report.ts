/**
 * The build report as data: what the build step (or a browser import) says about every record,
 * name and problem. Types only, shared by the build step and the explorer.
 */
import type { UnlocatedPlace } from './places.ts';
import type { Placement } from './types.ts';

/** A problem found while reading a corpus, naming the file, line, column and field it concerns. */
export interface BuildIssue {
  /** Errors lose information; warnings may; info says how the input was read. */
  severity: 'error' | 'warning' | 'info';
  file: string;
  line?: number;
  column?: number;
  field?: string;
  message: string;
  /**
   * What sort of issue this is ("no id", "cell split"): the report sums issues up by kind, so a
   * clean table of six rows without ids says so once, not six times.
   */
  kind?: string;
}

/** A name that did not resolve, with where it was seen, for the build report. */
export interface UnresolvedName {
  id: string;
  name: string;
  /** The authority id that identifies this person across files, when the source gave one. */
  authority?: string;
  forms: string[];
  documents: string[];
  reason: string;
  suggestions: string[];
}

/** A record the reader was unsure of, and what to check. */
export interface UncertainReading {
  id: string;
  title: string;
  file: string;
  line: number;
  notes: string[];
}

/**
 * Why two written names were taken for one person: the same name ('name'), the same name in the
 * other order ("Darwin, Charles" = "Charles Darwin"), or initials that fit one fuller name only.
 */
export type NameJoinReason = 'name' | 'name order' | 'initials';

/**
 * A name without an authority id joined to the one person it names: the person with an id who
 * bears it, or the same name written another way.
 */
export interface NameJoin {
  name: string;
  /** The person (node) it was joined to, and that person's first authority id ('' for none). */
  person: string;
  authority: string;
  /** The documents that name it so. */
  documents: string[];
  /** The written name of the person it was joined to (the node may show another: see `how`). */
  into: string;
  how: NameJoinReason;
}

/**
 * People of one name kept apart: several with authority ids, and the name without an id (`person`,
 * null when every one has an id) that could be any of them. Possible duplicates, for a curator.
 */
export interface SameName {
  name: string;
  person: string | null;
  people: { person: string; authority: string | null }[];
  documents: string[];
  /** 'initials': the initials fit several fuller names of the corpus ("J. D. Hooker"). */
  how?: 'initials';
}

export interface RecordAccount {
  id: string | null;
  file: string;
  line: number;
  /** Column where the record starts: single-line XML holds every letter on one line. */
  column: number;
  status: Placement | 'rejected';
  reason: string;
}

/** Issues of one kind summed up: "6 rows without an id: ids made from date and parties". */
export interface IssueSummary {
  kind: string;
  /** The gravest severity among them. */
  severity: BuildIssue['severity'];
  count: number;
  text: string;
  /** Where the first of them is. */
  file: string;
  line?: number;
}

export interface BuildReport {
  corpus: {
    name: string;
    slug: string;
    files: string[];
    registryFiles: string[];
    /**
     * Whose registry resolved the names: the corpus folder's own, one the user gave, the one a
     * built corpus was made with, or none (the default corpus's applies to it alone).
     */
    registry: 'own' | 'given' | 'built' | 'none';
  };
  totals: {
    records: number;
    built: number;
    inGraph: number;
    attached: number;
    unplaced: number;
    rejected: number;
    nodes: number;
    edges: number;
    /** Names not in the registry, without an authority id to identify them. */
    unresolvedNames: number;
    /** People not in the registry but identified by an authority id (GND, VIAF, Wikidata). */
    identifiedByAuthority: number;
    errors: number;
    warnings: number;
    /** Records with a reading worth checking (a near spelling, an author no role word named …). */
    uncertain: number;
    /** Parties named but not identified ("unknown", "N.N.", "Others"), each on its own record. */
    unidentified: number;
    /** Table rows with no text in any cell: skipped, not records (absent in older reports). */
    blankRows?: number;
  };
  layout: {
    algorithm: string;
    seed: number;
    iterations: number;
    settings: Record<string, unknown>;
  } | null;
  /**
   * Every record and what became of it. report.json lists only those not drawn in the network:
   * the others are in documents.json, each with its file and line (see `serialiseBuild`).
   */
  records: RecordAccount[];
  unresolved: UnresolvedName[];
  /** The records whose reading is worth checking, with the notes to check. */
  uncertain: UncertainReading[];
  /** People one authority id unites under several written names (across records or files). */
  merged: { person: string; label: string; authority: string | null; forms: string[] }[];
  /** Names without an id joined to the one person with an id of that name. */
  joined: NameJoin[];
  /** Names borne by several people with ids, kept apart: possible duplicates. */
  sameName: SameName[];
  issues: BuildIssue[];
  /** The issues that repeat, summed up by kind (each is still in `issues` with its place). */
  issueKinds?: IssueSummary[];
  /** Where the letters went: places located for the map, and those that are not (with why). */
  places?: PlacesReport;
}

/** The map's account of a corpus's places. */
export interface PlacesReport {
  /** Points on the map (one per place, however many ways it is written). */
  located: number;
  /** Places written in letters that are not on the map, most named first. */
  unlocated: UnlocatedPlace[];
  /** Letters with a located place, with a place not located only, with no place at all. */
  letters: { total: number; shown: number; unlocatedOnly: number; withoutPlace: number };
}
