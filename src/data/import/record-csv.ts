/**
 * Rows of the corpus CSV whose parties a structured source gave (`parties_from`: cmif, table,
 * graph): their role and place cells are the parties and places as given — names as written,
 * authority ids slot by slot, organisations and evidence by position — and never the title's
 * reading, which for such records is a title Cablegraph composed.
 */
import { ID_COLUMNS, PLACE_COLUMNS, readListCell } from '../../formats/documents-csv.ts';
import type { PartiesSource, PlaceRef, PlaceRole } from '../../graph/types.ts';
import { ROLES } from '../../graph/types.ts';
import type { TableRow } from '../io/tables.ts';
import { VALUE_SEPARATOR } from '../io/tables.ts';
import type { IssueLog } from '../issues.ts';
import { idSlots } from '../build/curation.ts';
import { givenParty, givenPlace } from './given-party.ts';

const SOURCES = new Set<string>(['cmif', 'table', 'graph'] satisfies PartiesSource[]);

/** "recipients:2=conjecture; places:1=conjecture" → position → value ('' when none given). */
function flags(cell: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of cell.split(VALUE_SEPARATOR)) {
    const match = /^\s*([a-z_]+:\d+)(?:=(\S*))?\s*$/.exec(entry);
    if (match?.[1]) found.set(match[1], match[2] ?? '');
  }
  return found;
}

/** The places of a row by side, with their ids and evidence. */
function givenPlaces(row: TableRow, evidence: Map<string, string>): PlaceRef[] {
  return (Object.entries(PLACE_COLUMNS) as [PlaceRole, { names: string; ids: string }][]).flatMap(
    ([role, columns]) => {
      const ids = idSlots(row.get(columns.ids));
      return readListCell(row.get(columns.names)).map((name, i) =>
        givenPlace(
          name,
          role,
          ids[i]?.[0] ?? null,
          evidence.get(`${columns.names}:${i + 1}`) || null,
        ),
      );
    },
  );
}

/**
 * Give a row of the corpus CSV its parties and places as its source gave them, when its
 * `parties_from` cell names a structured source; a value it does not know is reported and the
 * row read from its title.
 */
export function readGivenParties(row: TableRow, log: IssueLog): TableRow {
  const from = row.get('parties_from');
  if (!from) return row;
  if (!SOURCES.has(from)) {
    log.about(
      'warning',
      row,
      `parties_from "${from}" is not cmif, table or graph; the parties are read from the title`,
      'parties_from',
    );
    return row;
  }
  const organisations = flags(row.get('organisations'));
  const evidence = flags(row.get('evidence'));
  const parties: NonNullable<TableRow['parties']> = {};
  for (const role of ROLES) {
    const ids = idSlots(row.get(ID_COLUMNS[role]));
    parties[role] = readListCell(row.get(role)).map((name, i) => {
      const at = `${role}:${i + 1}`;
      return givenParty(name, {
        authority: ids[i] ?? [],
        kind: organisations.has(at) ? 'organisation' : 'person',
        evidence: evidence.get(at) || null,
      });
    });
  }
  return {
    ...row,
    parties,
    partiesFrom: from as PartiesSource,
    placeRefs: givenPlaces(row, evidence),
  };
}
