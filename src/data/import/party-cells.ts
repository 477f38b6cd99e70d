/**
 * Several parties in one cell of a letter table: "Charlotte von Stein & Friedrich Schiller",
 * "Darwin, Charles and Hooker, J. D.". ";" and "|" always separate (letters-csv.ts); "&", "and",
 * "und", "et" and "/" only when every side reads as a person's name (name-forms.ts, with the title
 * reader's words) or is named on its own elsewhere in the table: "Smith & Sons", "Charles Darwin
 * and Co." and "Ministry of War and Navy" stay one party. A comma never splits: "Darwin, Charles"
 * is one person.
 */
import { nameKey } from '../../graph/text.ts';
import type { IssueLog } from '../issues.ts';
import { orderKey, personName } from '../registry/name-forms.ts';

/** A conjunction between two parties: words with spaces around them, or a slash. */
const CONJUNCTION = /\s+(?:&|and|und|et)\s+|\s*\/\s*/i;

/** The key a name is known by, whichever order it is written in. */
function knownKey(name: string): string {
  const form = personName(name);
  return form ? orderKey(form) : nameKey(name);
}

/** The names a table gives alone in a cell (no conjunction), to recognise them beside another. */
export function knownNames(cells: Iterable<string>): Set<string> {
  const known = new Set<string>();
  for (const cell of cells) {
    const name = cell.trim();
    if (name && !CONJUNCTION.test(name)) known.add(knownKey(name));
  }
  return known;
}

/**
 * The parties one value of a cell names: itself, or its sides when it joins people with a
 * conjunction (each side a person's name, or a name the table knows).
 */
export function splitParties(value: string, known: ReadonlySet<string>): string[] {
  if (!CONJUNCTION.test(value)) return [value];
  const sides = value.split(new RegExp(CONJUNCTION.source, 'gi')).map((side) => side.trim());
  if (sides.length < 2 || sides.some((side) => side === '')) return [value];
  const named = (side: string): boolean => personName(side) !== null || known.has(knownKey(side));
  return sides.every(named) ? sides : [value];
}

interface SplitSeen {
  parts: string[];
  rows: number;
  line: number;
  column: number;
  field: string;
}

/** The splits of one table, each reported once per cell form with the first cell it was in. */
export class CellSplits {
  private readonly seen = new Map<string, SplitSeen>();

  constructor(private readonly known: ReadonlySet<string>) {}

  /** The parties of `value`, noting a split made at the cell `where`. */
  split(value: string, where: { line: number; column: number; field: string }): string[] {
    const parts = splitParties(value, this.known);
    if (parts.length < 2) return parts;
    const seen = this.seen.get(value);
    if (seen) seen.rows++;
    else this.seen.set(value, { parts, rows: 1, ...where });
    return parts;
  }

  /** One line per cell form: `"A & B" read as 2 parties: "A", "B" (3 rows)`. */
  report(log: IssueLog, file: string): void {
    for (const [value, seen] of this.seen) {
      const rows = seen.rows === 1 ? '1 row' : `${seen.rows} rows`;
      log.info(
        file,
        seen.line,
        `"${value}" read as ${seen.parts.length} parties: ${seen.parts.map((p) => `"${p}"`).join(', ')} (${rows})`,
        { column: seen.column, field: seen.field, kind: 'cell split' },
      );
    }
  }
}
