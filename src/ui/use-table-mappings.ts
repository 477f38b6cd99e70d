/**
 * The import dialog's tables: their previews (read in the import worker as the import will read
 * them), the field chosen for each column, the sheet of each workbook, the order of day and month
 * for dates that do not show it, and what to hand the import — what the reader changed,
 * remembered for the next table with the same header.
 */
import { useRef, useState } from 'preact/hooks';
import type { TablePreview } from '../formats/import-protocol.ts';
import type { DateOrder, FileChoice, LetterField } from '../formats/letter-fields.ts';
import { columnsOf, rememberChoice, rememberedChoice, withRole } from '../state/column-choices.ts';
import { previewFiles } from '../state/import.ts';

type Roles = (LetterField | null)[];

/** A table's preview with the fields chosen for its columns so far. */
export interface Mapping {
  preview: TablePreview;
  roles: Roles;
  /** The order of day and month chosen for dates that do not show it; null: the default. */
  dateOrder: DateOrder | null;
  /** The roles or date order are the ones chosen last time for this header. */
  remembered: boolean;
}

const sameRoles = (a: Roles, b: Roles): boolean =>
  a.length === b.length && a.every((role, i) => role === b[i]);

/** A preview with the fields and date order remembered for its header, if any. */
function mappingOf(preview: TablePreview): Mapping {
  const remembered = preview.kind === 'corpus' ? null : rememberedChoice(preview.header);
  return {
    preview,
    roles: remembered?.roles ?? preview.roles,
    dateOrder: remembered?.dateOrder ?? null,
    remembered: remembered !== null,
  };
}

export function useTableMappings() {
  const [mappings, setMappings] = useState<Mapping[]>([]);
  const [previewing, setPreviewing] = useState(false);
  // Files chosen later supersede a preview still being read.
  const run = useRef(0);

  /** Read the previews of `files`; `changed` names the files whose choice is new. */
  const load = async (files: File[], choices: Record<string, FileChoice>, changed: string[]) => {
    const mine = ++run.current;
    setPreviewing(true);
    try {
      const tables = await previewFiles(files, choices);
      if (mine !== run.current) return;
      setMappings((before) =>
        tables.map((table) => {
          const kept = before.find((m) => m.preview.file === table.file);
          return kept && !changed.includes(table.file) ? kept : mappingOf(table);
        }),
      );
    } catch {
      // No preview: the import still reads the files, and says what it could not.
      if (mine === run.current) setMappings([]);
    } finally {
      if (mine === run.current) setPreviewing(false);
    }
  };

  const sheets = (): Record<string, FileChoice> =>
    Object.fromEntries(
      mappings.flatMap((m) =>
        m.preview.sheet !== null ? [[m.preview.file, { sheet: m.preview.sheet }]] : [],
      ),
    );

  return {
    mappings,
    previewing,
    /** New files: their previews replace any shown. */
    preview(files: File[]): void {
      setMappings([]);
      void load(
        files,
        {},
        files.map((file) => file.name),
      );
    },
    setRole(file: string, index: number, field: LetterField | null): void {
      setMappings((all) =>
        all.map((m) =>
          m.preview.file === file ? { ...m, roles: withRole(m.roles, index, field) } : m,
        ),
      );
    },
    setDateOrder(file: string, dateOrder: DateOrder): void {
      setMappings((all) => all.map((m) => (m.preview.file === file ? { ...m, dateOrder } : m)));
    },
    /** Another sheet of a workbook: its preview, with its own columns. */
    setSheet(files: File[], file: string, sheet: string): void {
      void load(files, { ...sheets(), [file]: { sheet } }, [file]);
    },
    /** What to hand the import; the columns changed are remembered for their header. */
    choices(): Record<string, FileChoice> {
      const chosen: Record<string, FileChoice> = {};
      for (const { preview: table, roles, dateOrder } of mappings) {
        const choice: FileChoice = {};
        if (table.sheet !== null) choice.sheet = table.sheet;
        if (dateOrder) choice.dateOrder = dateOrder;
        if (table.kind !== 'corpus') {
          const changed = !sameRoles(roles, table.roles);
          rememberChoice(table.header, { roles: changed ? roles : null, dateOrder });
          if (changed) choice.columns = columnsOf(roles);
        }
        chosen[table.file] = choice;
      }
      return chosen;
    },
  };
}
