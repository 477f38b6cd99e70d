/**
 * The data formats the explorer can save. Their writers load on demand: they are not needed to
 * draw the network, so they stay out of the initial bundle.
 */
import type { DataFormat, WrittenData } from '../graph/export/formats.ts';
import type { AppState } from '../state/app-state.ts';

export { DATA_FORMATS } from '../graph/export/formats.ts';
export type { DataFormat, WrittenData };

/** Write the chosen format for the filtered view or the whole corpus. */
export async function writeData(
  state: AppState,
  format: DataFormat,
  wholeCorpus: boolean,
): Promise<WrittenData> {
  const [{ selectForExport }, { writeDataFormat }] = await Promise.all([
    import('../graph/export/selection.ts'),
    import('../graph/export/write.ts'),
  ]);
  const selection = selectForExport(state.corpus, wholeCorpus ? null : state.visibility.value);
  return writeDataFormat(selection, format);
}
