/**
 * Loading the people registry, offices and places from CSV files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NodeKind } from '../../graph/types.ts';
import type { IssueLog } from '../issues.ts';
import { parseDate } from '../parse/dates.ts';
import type { OfficeTerm, PersonEntry, PlaceEntry } from '../registry/registry.ts';
import { decodeUtf8, readCsv } from './csv.ts';
import { namedRows, splitCell } from './tables.ts';
import type { TableRow } from './tables.ts';

export interface RegistryTables {
  people: PersonEntry[];
  offices: OfficeTerm[];
  places: PlaceEntry[];
  files: string[];
}

function readTable(
  path: string,
  label: string,
  log: IssueLog,
  columns: { required: string[]; optional: string[] },
): TableRow[] {
  if (!existsSync(path)) return [];
  const table = readCsv(decodeUtf8(readFileSync(path), label, log), label, log);
  return (table && namedRows(table, label, log, columns)) ?? [];
}

function isoOrNull(row: TableRow, column: string, log: IssueLog): string | null {
  const value = row.get(column);
  if (!value) return null;
  const date = parseDate(value);
  if (!date?.iso) {
    log.error(
      row.file,
      row.line,
      `cannot read "${value}" as a date (use 1949-10-03, 1949-10 or 1949); the term is taken as open-ended`,
      { field: column },
    );
    return null;
  }
  return date.iso;
}

/** Read people.csv, offices.csv and places.csv from a folder (each optional). */
export function readRegistryTables(dir: string, log: IssueLog, displayDir = dir): RegistryTables {
  const files: string[] = [];
  const path = (name: string): string => {
    const full = join(dir, name);
    if (existsSync(full)) files.push(join(displayDir, name));
    return full;
  };
  const people: PersonEntry[] = [];
  const seen = new Map<string, number>();
  for (const row of readTable(path('people.csv'), join(displayDir, 'people.csv'), log, {
    required: ['id', 'name'],
    optional: ['kind', 'affiliation', 'role', 'aliases', 'authority', 'certainty', 'notes'],
  })) {
    const id = row.get('id');
    const name = row.get('name');
    if (!id || !name) {
      log.error(row.file, row.line, 'a person needs both an id and a name; row ignored', {
        field: id ? 'name' : 'id',
      });
      continue;
    }
    if (seen.has(id)) {
      log.error(
        row.file,
        row.line,
        `id "${id}" is already used on line ${seen.get(id)}; row ignored`,
        { field: 'id' },
      );
      continue;
    }
    seen.set(id, row.line);
    const kindText = row.get('kind').toLowerCase() || 'person';
    const kind: NodeKind = kindText.startsWith('org') ? 'organisation' : 'person';
    if (kindText !== 'person' && kind === 'person') {
      log.warn(
        row.file,
        row.line,
        `kind "${kindText}" is neither person nor organisation; read as person`,
        { field: 'kind' },
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
  for (const row of readTable(path('offices.csv'), join(displayDir, 'offices.csv'), log, {
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
  const places: PlaceEntry[] = readTable(path('places.csv'), join(displayDir, 'places.csv'), log, {
    required: ['name'],
    optional: ['aliases', 'country'],
  }).map((row) => ({
    name: row.get('name'),
    aliases: splitCell(row.get('aliases')),
    country: row.get('country'),
  }));
  return { people, offices, places, files };
}
