/**
 * Reading back a letter of Cablegraph's own CMIF export as the record it was written from. CMIF
 * says who wrote to whom and when; Cablegraph's note refs add what the record needs beyond that
 * (id, summary, collection, notes, which fields were curated, whether the title gave the parties).
 * A field the title gave is left for the title to give again, so the record is rebuilt exactly.
 */
import type { DocDate, PartiesSource } from '../../graph/types.ts';
import { readDateCell } from '../parse/date-cells.ts';
import { ROLES } from '../../graph/types.ts';
import type { TableRow } from '../io/tables.ts';
import type { CmifLetter } from './cmif.ts';
import { cmifDateText, knownParties, letterPlaces } from './cmif-letter.ts';

/**
 * What a letter of Cablegraph's own CMIF export says of its record beyond CMIF (its note refs):
 * enough to read the record back as it was. Absent in any other file.
 */
export interface CablegraphRecordRefs {
  id: string;
  summary: string;
  collection: string;
  /** The record's notes beyond those its title gives, one per ref. */
  notes: string[];
  /** Where the parties were read from: "title" or the structured source ("cmif", "table", …). */
  parties: string;
  /** The fields a curator or a structured source set rather than the title (space-separated). */
  curated: string[];
  /** The date as the record wrote it, when CMIF's attributes cannot say it. */
  date: string | null;
}

export const emptyRecordRefs = (): CablegraphRecordRefs => ({
  id: '',
  summary: '',
  collection: '',
  notes: [],
  parties: 'title',
  curated: [],
  date: null,
});

/** Cablegraph's record refs, each read into its field. */
export const RECORD_REFS: Record<string, (record: CablegraphRecordRefs, text: string) => void> = {
  id: (r, text) => void (r.id = text),
  summary: (r, text) => void (r.summary = text),
  collection: (r, text) => void (r.collection = text),
  note: (r, text) => void r.notes.push(text),
  parties: (r, text) => void (r.parties = text),
  curated: (r, text) => void (r.curated = text.split(/\s+/).filter(Boolean)),
  date: (r, text) => void (r.date = text),
};

const SOURCES: readonly string[] = ['cmif', 'table', 'graph'] satisfies PartiesSource[];

/** The parties of a letter by role, as CMIF gives them. */
function letterParties(letter: CmifLetter): NonNullable<TableRow['parties']> {
  return {
    senders: knownParties(letter.senders, true),
    recipients: knownParties(letter.recipients, true),
    via: knownParties(letter.via, true),
    originators: knownParties(letter.originators, true),
    participants: knownParties(letter.participants, true),
    mentions: knownParties(letter.mentions, true),
  };
}

/**
 * The fields of a record letter, and its structured parties and places when a source gave them
 * (its parties ref names one); for a record read from its title, its curated roles as cells.
 */
export function recordRowFields(letter: CmifLetter): {
  fields: Record<string, string>;
  given: Pick<TableRow, 'parties' | 'partiesFrom' | 'placeRefs' | 'date'>;
} {
  const record = letter.record;
  if (!record) throw new Error('data/import: recordRowFields needs a letter with record refs');
  const curated = new Set(record.curated);
  const parties = letterParties(letter);
  const fields: Record<string, string> = {
    id: record.id,
    title: letter.title ?? '',
    date: curated.has('date') ? (record.date ?? cmifDateText(letter.date)) : '',
    type: curated.has('type') ? (letter.type ?? '') : '',
    number: letter.number ?? '',
    summary: record.summary,
    collection: record.collection,
    source: '',
    url: letter.ref ?? '',
    notes: record.notes.join(' '),
  };
  if (SOURCES.includes(record.parties)) {
    const given = {
      parties,
      partiesFrom: record.parties as PartiesSource,
      placeRefs: letterPlaces(letter, true),
      ...columnDate(fields.date ?? '', letter),
    };
    return { fields, given };
  }
  // Read from the title: only what a curator changed is written as a cell ("-" for none).
  for (const role of ROLES) {
    if (!curated.has(role)) continue;
    fields[role] = (parties[role] ?? []).map((party) => party.asWritten).join('; ') || '-';
  }
  if (curated.has('places'))
    fields.places =
      letterPlaces(letter)
        .filter((place) => place.role !== 'mentioned')
        .map((place) => place.name)
        .join('; ') || '-';
  return { fields, given: columnDate(fields.date ?? '', letter) };
}

/**
 * A date as its table wrote it that says nothing alone ("3/4/1795" from a day-first column) is
 * the date CMIF's attributes give, under the words the table used.
 */
function columnDate(written: string, letter: CmifLetter): { date?: DocDate } {
  if (!written || readDateCell(written)) return {};
  const date = readDateCell(cmifDateText(letter.date));
  return date?.iso ? { date: { ...date, asWritten: written } } : {};
}
