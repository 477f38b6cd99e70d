/**
 * The people registry, offices and places of a corpus, read from their CSV tables (people.csv,
 * offices.csv, places.csv). Pure: the command line reads the files from a folder, the browser
 * takes them from the files the user opens with the corpus.
 */
import type { NodeKind } from '../../graph/types.ts';
import { readCsv } from '../io/csv.ts';
import { decodeText } from './decode-text.ts';
import { namedRows, splitCell } from '../io/tables.ts';
import type { TableRow } from '../io/tables.ts';
import type { IssueLog } from '../issues.ts';
import { parseDate } from '../parse/dates.ts';
import type { OfficeTerm, PersonEntry, PlaceEntry } from '../registry/registry.ts';

export interface RegistryTables {
  people: PersonEntry[];
  offices: OfficeTerm[];
  places: PlaceEntry[];
  files: string[];
  /**
   * Whose registry it is, for the report: the corpus folder's own, one the user gave, the one a
   * built corpus was made with, or none.
   */
  source: RegistrySource;
}

export type RegistrySource = 'own' | 'given' | 'built' | 'none';

/** No registry: every name is its own node, people with authority ids united by them. */
export const NO_REGISTRY: RegistryTables = {
  people: [],
  offices: [],
  places: [],
  files: [],
  source: 'none',
};

/** The tables of a registry, as files: their names (for messages) and bytes. */
export type RegistryFiles = Partial<
  Record<'people.csv' | 'offices.csv' | 'places.csv', { name: string; bytes: Uint8Array }>
>;

/** The three tables' file names: files of these names are a registry, not letters. */
export const REGISTRY_TABLES = ['people.csv', 'offices.csv', 'places.csv'] as const;

function readTable(
  file: { name: string; bytes: Uint8Array } | undefined,
  log: IssueLog,
  columns: { required: string[]; optional: string[] },
): TableRow[] {
  if (!file) return [];
  const table = readCsv(decodeText(file.bytes, file.name, log).text, file.name, log);
  return (table && namedRows(table, file.name, log, columns)) ?? [];
}

function isoOrNull(row: TableRow, column: string, log: IssueLog): string | null {
  const value = row.get(column);
  if (!value) return null;
  const date = parseDate(value);
  if (!date?.iso) {
    log.about(
      'error',
      row,
      `cannot read "${value}" as a date (use 1949-10-03, 1949-10 or 1949); the term is taken as open-ended`,
      column,
    );
    return null;
  }
  return date.iso;
}

/** Read people.csv, offices.csv and places.csv (each optional) into a registry. */
export function registryFromFiles(
  tables: RegistryFiles,
  log: IssueLog,
  source: RegistrySource,
): RegistryTables {
  const files = REGISTRY_TABLES.flatMap((name) => tables[name]?.name ?? []);
  const people: PersonEntry[] = [];
  const seen = new Map<string, number>();
  for (const row of readTable(tables['people.csv'], log, {
    required: ['id', 'name'],
    optional: ['kind', 'affiliation', 'role', 'aliases', 'authority', 'certainty', 'notes'],
  })) {
    const id = row.get('id');
    const name = row.get('name');
    if (!id || !name) {
      log.about(
        'error',
        row,
        'a person needs both an id and a name; row ignored',
        id ? 'name' : 'id',
      );
      continue;
    }
    if (seen.has(id)) {
      log.about(
        'error',
        row,
        `id "${id}" is already used on line ${seen.get(id)}; row ignored`,
        'id',
      );
      continue;
    }
    seen.set(id, row.line);
    const kindText = row.get('kind').toLowerCase() || 'person';
    const kind: NodeKind = kindText.startsWith('org') ? 'organisation' : 'person';
    if (kindText !== 'person' && kind === 'person') {
      log.about(
        'warning',
        row,
        `kind "${kindText}" is neither person nor organisation; read as person`,
        'kind',
      );
    }
    people.push({
      id,
      name,
      kind,
      affiliation: row.get('affiliation'),
      role: row.get('role'),
      aliases: splitCell(row.get('aliases')),
      authority: splitCell(row.get('authority')),
      uncertain: /uncertain|probabl|possibl|\?/i.test(row.get('certainty')),
      notes: row.get('notes'),
    });
  }
  const offices: OfficeTerm[] = [];
  for (const row of readTable(tables['offices.csv'], log, {
    required: ['office', 'holder'],
    optional: ['aliases', 'from', 'to', 'certainty', 'notes'],
  })) {
    offices.push({
      office: row.get('office'),
      aliases: splitCell(row.get('aliases')),
      holder: row.get('holder'),
      from: isoOrNull(row, 'from', log),
      to: isoOrNull(row, 'to', log),
      uncertain: /uncertain|probabl|possibl|\?/i.test(row.get('certainty')),
      notes: row.get('notes'),
    });
  }
  const places: PlaceEntry[] = readTable(tables['places.csv'], log, {
    required: ['name'],
    optional: ['aliases', 'country', 'latitude', 'longitude', 'geonames'],
  }).map((row) => ({
    name: row.get('name'),
    aliases: splitCell(row.get('aliases')),
    country: row.get('country'),
    ...placeCoordinates(row, log),
    ...(row.get('geonames') ? { geonames: geonamesId(row.get('geonames')) } : {}),
  }));
  return { people, offices, places, files, source };
}

/** "2950159", "http://www.geonames.org/2950159" or "https://sws.geonames.org/2950159/" → "2950159". */
export function geonamesId(text: string): string {
  return /(\d+)\/?$/.exec(text.trim())?.[1] ?? text.trim();
}

/**
 * A place's latitude and longitude, both or neither: one without the other, or a value out of
 * range, is reported at its cell and the place is left without coordinates (never half-placed).
 */
function placeCoordinates(
  row: TableRow,
  log: IssueLog,
): { latitude: number; longitude: number } | Record<string, never> {
  const lat = row.get('latitude');
  const lon = row.get('longitude');
  if (!lat && !lon) return {};
  const latitude = Number(lat.replace(',', '.'));
  const longitude = Number(lon.replace(',', '.'));
  const bad = !lat
    ? 'latitude'
    : !lon
      ? 'longitude'
      : !Number.isFinite(latitude) || Math.abs(latitude) > 90
        ? 'latitude'
        : !Number.isFinite(longitude) || Math.abs(longitude) > 180
          ? 'longitude'
          : null;
  if (bad) {
    log.about(
      'error',
      row,
      `cannot read "${row.get(bad)}" as a ${bad} (decimal degrees, WGS84: ${bad === 'latitude' ? '-90 to 90' : '-180 to 180'}); the place is not put on the map`,
      bad,
    );
    return {};
  }
  return { latitude, longitude };
}
