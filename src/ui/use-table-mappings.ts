/**
 * The import dialog's tables: their previews (read in the import worker as the import will read
 * them), the field chosen for each column, the sheet of each workbook, and what to hand the
 * import — the columns the reader changed, remembered for the next table with the same header.
 */
import { useRef, useState } from 'preact/hooks';
import type { TablePreview } from '../formats/import-protocol.ts';
import type { FileChoice, LetterField } from '../formats/letter-fields.ts';
import { columnsOf, rememberedRoles, rememberRoles, withRole } from '../state/column-choices.ts';
import { previewFiles } from '../state/import.ts';

type Roles = (LetterField | null)[];

/** A table's preview with the fields chosen for its columns so far. */
export interface Mapping {
  preview: TablePreview;
  roles: Roles;
  /** The roles are the ones chosen last time for this header. */
  remembered: boolean;
}

const sameRoles = (a: Roles, b: Roles): boolean =>
  a.length === b.length && a.every((role, i) => role === b[i]);

/** A preview with the fields remembered for its header, if any. */
function mappingOf(preview: TablePreview): Mapping {
  const remembered = preview.kind === 'corpus' ? null : rememberedRoles(preview.header);
  return { preview, roles: remembered ?? preview.roles, remembered: remembered !== null };
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
    /** Another sheet of a workbook: its preview, with its own columns. */
    setSheet(files: File[], file: string, sheet: string): void {
      void load(files, { ...sheets(), [file]: { sheet } }, [file]);
    },
    /** What to hand the import; the columns changed are remembered for their header. */
    choices(): Record<string, FileChoice> {
      const chosen: Record<string, FileChoice> = {};
      for (const { preview: table, roles } of mappings) {
        const choice: FileChoice = {};
        if (table.sheet !== null) choice.sheet = table.sheet;
        if (table.kind !== 'corpus') {
          const changed = !sameRoles(roles, table.roles);
          rememberRoles(table.header, changed ? roles : null);
          if (changed) choice.columns = columnsOf(roles);
        }
        chosen[table.file] = choice;
      }
      return chosen;
    },
  };
}
