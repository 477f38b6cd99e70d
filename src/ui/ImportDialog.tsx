/**
 * "Open corpus…": choose or drop letter files (CSV/TSV letter tables, Excel and OpenDocument
 * workbooks, CMIF XML, graphology JSON, the project's corpus CSV); each table's first rows are
 * shown with what each column will be read as, changeable; then they are read and laid out in a
 * worker on this machine, with progress, and the new corpus replaces the one shown. Nothing is
 * uploaded anywhere.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../state/context.ts';
import { checkSizes, importFiles } from '../state/import.ts';
import type { ImportProgress, ImportResult } from '../state/import.ts';
import { ColumnMapping } from './ColumnMapping.tsx';
import { plural } from './format.ts';
import { useTableMappings } from './use-table-mappings.ts';

const STAGES: Record<ImportProgress['stage'], string> = {
  reading: 'Reading',
  documents: 'Reading the documents',
  graph: 'Building the network',
  measures: 'Measuring brokers and communities',
  layout: 'Laying out the network',
  places: 'Placing the letters on the map (loading the gazetteer)',
  opening: 'Opening the network',
};

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods,.xml,.tei,.json';

export function ImportDialog() {
  const state = useAppState();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [sender, setSender] = useState('');
  const [recipient, setRecipient] = useState('');
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Read, but with no line to draw: held back while the reader is pointed at the fields below.
  const [lineless, setLineless] = useState<ImportResult | null>(null);
  const senderField = useRef<HTMLInputElement>(null);
  const tables = useTableMappings();

  const choose = (chosen: File[]): void => {
    setFiles(chosen);
    setLineless(null);
    setError(checkSizes(chosen));
    setProgress(null);
    if (!dialog.current?.open) dialog.current?.showModal();
    tables.preview(chosen);
  };

  // Dropping files anywhere on the page opens them here.
  useEffect(() => {
    const over = (event: DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files')) {
        event.preventDefault();
        document.body.classList.add('dragging');
      }
    };
    const leave = (event: DragEvent): void => {
      if (event.relatedTarget === null) document.body.classList.remove('dragging');
    };
    const drop = (event: DragEvent): void => {
      document.body.classList.remove('dragging');
      const dropped = [...(event.dataTransfer?.files ?? [])];
      if (dropped.length === 0) return;
      event.preventDefault();
      choose(dropped);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const open = async (): Promise<void> => {
    if (!state.replaceCorpus || files.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const result = await importFiles(
        files,
        {
          defaultSender: sender.trim() || null,
          defaultRecipient: recipient.trim() || null,
          map: {},
          choices: tables.choices(),
        },
        setProgress,
      );
      if (result.report.totals.built === 0) {
        // Nothing readable: keep the current corpus and say why.
        const errors = result.report.issues
          .filter((issue) => issue.severity === 'error')
          .slice(0, 5);
        setError(
          `No document could be read. ${errors.map((issue) => `${[issue.file, issue.line, issue.column].filter((part) => part !== undefined).join(':')}: ${issue.message}`).join(' ')}`,
        );
        return;
      }
      // Letters with only one side known (a table of one writer's letters without a sender column)
      // draw no line: say which field would draw them before opening a network of lone dots.
      if (result.corpus.graph.size === 0 && !sender.trim() && !recipient.trim()) {
        setLineless(result);
        senderField.current?.focus();
        return;
      }
      dialog.current?.close();
      state.replaceCorpus(result);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" class="export-button" onClick={() => input.current?.click()}>
        Open corpus…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        class="visually-hidden"
        aria-label="Choose corpus files"
        tabIndex={-1}
        onChange={(event) => {
          const target = event.target as HTMLInputElement;
          choose([...(target.files ?? [])]);
          target.value = '';
        }}
      />
      <dialog
        ref={dialog}
        class={`export-dialog${tables.mappings.length > 0 ? ' wide' : ''}`}
        aria-labelledby="import-heading"
      >
        <div class="panel-header">
          <h2 id="import-heading">Open a corpus</h2>
          <button
            type="button"
            class="close"
            aria-label="Close"
            disabled={busy}
            onClick={() => dialog.current?.close()}
          >
            ×
          </button>
        </div>
        <p class="muted">
          Files are read on this computer; nothing is uploaded. Several files open as one corpus,
          people matched by authority id, then by name. Names are resolved with the registry you
          open with them (people.csv, offices.csv, places.csv), or none; a built corpus (graph.json
          with documents.json, or an exported graph JSON) opens as it was built.
        </p>
        <ul class="file-list" aria-label="Files to open">
          {files.map((file) => (
            <li key={`${file.name}-${file.size}`}>
              {file.name}{' '}
              <span class="muted">({Math.max(1, Math.round(file.size / 1024))} kB)</span>
            </li>
          ))}
        </ul>
        {tables.previewing && (
          <p class="muted" role="status">
            Reading the first rows…
          </p>
        )}
        {tables.mappings.map((mapping, i) => (
          <ColumnMapping
            key={`${mapping.preview.file}-${mapping.preview.sheet ?? ''}`}
            preview={mapping.preview}
            roles={mapping.roles}
            dateOrder={mapping.dateOrder}
            remembered={mapping.remembered}
            idPrefix={`import-table-${i}`}
            onRole={(index, field) => tables.setRole(mapping.preview.file, index, field)}
            onDateOrder={(order) => tables.setDateOrder(mapping.preview.file, order)}
            onSheet={(sheet) => tables.setSheet(files, mapping.preview.file, sheet)}
          />
        ))}
        <fieldset>
          <legend>Letter tables that leave one side implicit</legend>
          <label>
            Sender of every letter{' '}
            <input
              ref={senderField}
              type="text"
              value={sender}
              placeholder="e.g. J. R. R. Tolkien"
              onInput={(e) => setSender((e.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            Recipient of every letter{' '}
            <input
              type="text"
              value={recipient}
              onInput={(e) => setRecipient((e.target as HTMLInputElement).value)}
            />
          </label>
        </fieldset>
        {progress && (
          <div class="import-progress">
            <label for="import-progress">
              {STAGES[progress.stage]} {progress.detail}
            </label>
            <progress
              id="import-progress"
              max={Math.max(1, progress.total)}
              value={progress.done}
            />
          </div>
        )}
        {error && (
          <p class="import-error" role="alert">
            {error}
          </p>
        )}
        {lineless && (
          <div class="import-hint" role="alert">
            <p>
              {plural(lineless.report.totals.built, 'letter')} read, but no line could be drawn:
              they name only one side. If they were all written by one person (an edition of
              someone’s letters), give that name as “Sender of every letter” above (or the recipient
              of every letter) and open again.
            </p>
            <button
              type="button"
              onClick={() => {
                dialog.current?.close();
                state.replaceCorpus?.(lineless);
              }}
            >
              Open without lines
            </button>
          </div>
        )}
        <button
          type="button"
          class="primary"
          disabled={busy || files.length === 0 || checkSizes(files) !== null}
          onClick={() => void open()}
        >
          {busy
            ? 'Opening…'
            : `Open ${files.length === 1 ? 'this file' : `these ${files.length} files`}`}
        </button>
      </dialog>
    </>
  );
}
