/**
 * The coordinates the map puts a document's places at, as cells of the documents CSV: latitude and
 * longitude lists slot by slot beside the place names of each side (as `place_ids` is), so a
 * spreadsheet or a GIS gets the points the map drew. Derived facts: the build computes them from
 * the registry's places.csv and the gazetteer, and an import computes them again the same way; the
 * corpus format knows the columns, so reading them back adds nothing and warns of nothing.
 */
import { placeIndex } from '../graph/places.ts';
import type { PlaceTable } from '../graph/places.ts';
import type { PlaceRef, PlaceRole } from '../graph/types.ts';

type LocatedSide = Exclude<PlaceRole, 'mentioned'>;

/**
 * The coordinate columns of the sides the map draws (mentioned places are not where a letter
 * went, so they have none).
 */
export const COORDINATE_COLUMNS: Readonly<Record<LocatedSide, { lat: string; lon: string }>> = {
  sent: { lat: 'place_lat', lon: 'place_lon' },
  received: { lat: 'recipient_place_lat', lon: 'recipient_place_lon' },
};

/**
 * One side's latitudes or longitudes: a lone point as a number, so that a spreadsheet reads it as
 * one and the CSV writer (which defuses text starting with "-" as a formula) leaves it bare.
 */
function degreesCell(values: readonly (number | null)[]): string | number {
  if (values.length === 1 && values[0] !== null && values[0] !== undefined) return values[0];
  return values.some((value) => value !== null)
    ? values.map((value) => (value === null ? '' : String(value))).join('; ')
    : '';
}

/** Cells for a corpus's place table: `cells(refs)` gives a document's coordinate cells. */
export function coordinateCells(
  table: PlaceTable,
): (refs: readonly PlaceRef[]) => Record<string, string | number> {
  const { locate } = placeIndex(table);
  return (refs) => {
    const cells: Record<string, string | number> = {};
    for (const [role, columns] of Object.entries(COORDINATE_COLUMNS) as [
      LocatedSide,
      (typeof COORDINATE_COLUMNS)[LocatedSide],
    ][]) {
      // A place not on the map keeps its slot empty, so the lists stay aligned with the names.
      const points = refs.filter((ref) => ref.role === role).map((ref) => locate(ref) ?? null);
      cells[columns.lat] = degreesCell(points.map((point) => point?.lat ?? null));
      cells[columns.lon] = degreesCell(points.map((point) => point?.lon ?? null));
    }
    return cells;
  };
}
