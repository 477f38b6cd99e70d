/**
 * CMIF letters as rows for the build: every correspDesc becomes one document, with its parties
 * (authority ids kept, so people unite across files), its date or date range, places with their
 * ids and sides, and a title composed from them when the file has none (CMIF records no titles).
 * Letters of Cablegraph's own export carry their record in note refs and are read back as it was.
 */
import { qualifierOfCertainty } from '../../graph/dates.ts';
import type { CorpusMeta } from '../../graph/types.ts';
import type { TableRow } from '../io/tables.ts';
import type { IssueLog } from '../issues.ts';
import { slugify } from '../registry/resolve.ts';
import type { CmifLetter, CmifMeta } from './cmif.ts';
import { cmifDateText, knownParties, letterPlaces } from './cmif-letter.ts';
import { recordRowFields } from './cmif-record.ts';
import { composeTitle } from './given-party.ts';

export { cmifDateText };

export interface CmifRowOptions {
  /** Prefix of record ids, so letter keys from different files stay distinct. */
  idPrefix: string;
}

/** Corpus metadata from a CMIF header: its title and credit (edition, licence). */
export function cmifCorpusMeta(meta: CmifMeta, fallbackName: string): Partial<CorpusMeta> {
  const credit = [meta.credit ?? meta.publisher, meta.licence].filter(Boolean).join('; ');
  const result: Partial<CorpusMeta> = { name: meta.title ?? fallbackName };
  if (credit) result.credit = credit;
  if (meta.url) result.url = meta.url;
  return result;
}

/** What a letter's id is made of; `standIn` takes the place of a missing key. */
type LetterPlace = Pick<CmifLetter, 'key' | 'source' | 'line'> & { standIn: string };

const keyless = (letter: CmifLetter, standIn: string): LetterPlace => ({
  key: letter.key,
  source: letter.source,
  line: letter.line,
  standIn,
});

/** A letter of Cablegraph's export: its record as it was, source settled at the file's end. */
function recordRow(
  file: string,
  letter: CmifLetter,
): { row: TableRow; fields: Record<string, string> } {
  const { fields, given } = recordRowFields(letter);
  const row: TableRow = {
    file,
    line: letter.line,
    column: letter.column,
    get: (column) => fields[column] ?? '',
    has: (column) => column in fields,
    ...given,
  };
  return { row, fields };
}

/**
 * What names a letter without a key: its address in the edition (@ref, "…/A044980" → "a044980"),
 * or else its date, first sender and first recipient ("1667-03-philipp-jakob-spener-to-…").
 * Unlike its line, either stays the same when letters are added or removed around it, so links
 * to the letter keep working after the edition updates its file.
 */
function standInKey(ref: string | null, date: string, from: string, to: string): string {
  const address = ref ? slugify(ref.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')) : 'unnamed';
  if (address !== 'unnamed') return address;
  const when = date ? slugify(date) : 'undated';
  const words = (name: string): string => slugify(name).split('-').slice(0, 4).join('-');
  return `${when}-${words(from || 'unknown')}-to-${words(to || 'unknown')}`;
}

/** A key unique within the file: the letter's own, qualified by its source when keys repeat. */
function letterKey(
  letter: LetterPlace,
  counts: Map<string, number>,
  sources: Map<string | null, number>,
  occurrence: number,
): string {
  if (!letter.key) {
    const repeated = (counts.get(`stand-in|${letter.standIn}`) ?? 0) > 1;
    return repeated ? `${letter.standIn}-${occurrence}` : letter.standIn;
  }
  if ((counts.get(letter.key) ?? 0) === 1) return letter.key;
  const source = sources.get(letter.source);
  // The same key twice in one source (a duplicated entry): its line keeps both records apart.
  if (source === undefined || (counts.get(`${letter.source ?? ''}|${letter.key}`) ?? 0) > 1) {
    return `${source === undefined ? '' : `s${source}-`}${letter.key}-line-${letter.line}`;
  }
  return `s${source}-${letter.key}`;
}

/** Rows made from a CMIF file's letters one at a time, as the reader closes each. */
export interface CmifRowBuilder {
  add(letter: CmifLetter): void;
  /**
   * The rows, once every letter is in: ids depend on how often each key occurs in the file, and
   * ids and sources on the file's header, read with the whole file.
   */
  finish(meta: CmifMeta): TableRow[];
}

/**
 * A row builder for one CMIF file. A row keeps what it needs of its letter, not the letter, so a
 * reader that hands letters over as it goes never holds them all (10^5 letters: ~120 MB).
 */
export function cmifRowBuilder(
  file: string,
  log: IssueLog,
  options: Partial<CmifRowOptions> = {},
): CmifRowBuilder {
  const prefix = options.idPrefix ?? '';
  const keyCounts = new Map<string, number>();
  const count = (key: string): void => void keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
  /** Rows with their ids and sources still to settle; a record row has its own id. */
  const made: {
    row: TableRow;
    fields: Record<string, string>;
    record: boolean;
    letter: LetterPlace;
  }[] = [];
  // Said at the end, after the reader's own issues, as when the letters were converted at once.
  const undatable: { line: number; column: number; text: string }[] = [];
  return {
    add(letter) {
      if (letter.key) {
        count(letter.key);
        count(`${letter.source ?? ''}|${letter.key}`);
      }
      if (letter.record) {
        made.push({ ...recordRow(file, letter), record: true, letter: keyless(letter, '') });
        return;
      }
      const senders = knownParties(letter.senders);
      const recipients = knownParties(letter.recipients);
      const notes: string[] = [];
      if (letter.senders.some((p) => p.unknown)) notes.push('sender unknown');
      if (letter.recipients.some((p) => p.unknown)) notes.push('recipient unknown');
      // A medium or low certainty is in the date itself ("probably 1667"); others stay a note.
      const cert = letter.date?.cert;
      if (cert && !qualifierOfCertainty(cert)) notes.push(`date certainty: ${cert}`);
      const date = cmifDateText(letter.date);
      if (letter.date?.text && !date)
        undatable.push({ line: letter.line, column: letter.column, text: letter.date.text });
      const fields: Record<string, string> = {
        id: '',
        title: letter.title ?? composeTitle(letter.type ?? 'Letter', senders, recipients, date),
        date,
        type: letter.type ?? 'letter',
        number: letter.number ?? '',
        source: '',
        url: letter.ref ?? '',
        notes: notes.join('; '),
      };
      const row: TableRow = {
        file,
        line: letter.line,
        column: letter.column,
        get: (column) => fields[column] ?? '',
        has: (column) => column in fields,
        parties: {
          senders,
          recipients,
          via: knownParties(letter.via),
          originators: knownParties(letter.originators),
          participants: knownParties(letter.participants),
          mentions: knownParties(letter.mentions),
        },
        partiesFrom: 'cmif',
        placeRefs: letterPlaces(letter),
      };
      const standIn = letter.key
        ? ''
        : standInKey(letter.ref, date, senders[0]?.name ?? '', recipients[0]?.name ?? '');
      if (standIn) count(`stand-in|${standIn}`);
      made.push({ row, fields, record: false, letter: keyless(letter, standIn) });
    },
    finish(meta) {
      for (const { line, column, text } of undatable)
        log.warn(
          file,
          line,
          `the date "${text}" has no machine-readable form; the letter is undated`,
          {
            field: 'date',
            column,
          },
        );
      const sources = new Map(meta.sources.map((s) => [s.id, s.text]));
      // Keys are often numbered per volume (several bibl sources): the source then joins the id.
      const sourceIndex = new Map(meta.sources.map((s, i) => [s.id, i + 1]));
      // Keyless letters alike (same day, same two people) are numbered in the file's order.
      const occurrences = new Map<string, number>();
      return made.map(({ row, fields, record, letter }) => {
        if (!record) {
          const occurrence = (occurrences.get(letter.standIn) ?? 0) + 1;
          occurrences.set(letter.standIn, occurrence);
          fields.id = `${prefix}${letterKey(letter, keyCounts, sourceIndex, occurrence)}`;
        }
        fields.source = (letter.source ? sources.get(letter.source) : null) ?? meta.credit ?? '';
        return row;
      });
    },
  };
}
