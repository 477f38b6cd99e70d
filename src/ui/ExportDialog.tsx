/**
 * Export: publication-ready images of the current view (PNG at a chosen scale, or SVG vectors) with
 * legend, caption and credit, and the data in the formats other tools read. The data writers load
 * on demand, so they cost nothing until used.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DATA_FORMATS } from '../formats/data-formats.ts';
import type { DataFormat } from '../formats/data-formats.ts';
import { describeView, exportFileName } from '../formats/describe.ts';
import type { ExportView } from '../formats/describe.ts';
import type { ExportOptions } from '../formats/export-file.ts';
import { isFilterActive } from '../graph/filter.ts';
import { svgToPng, textMeasure } from '../render/raster.ts';
import { useAppState } from '../state/context.ts';
import type { AppState } from '../state/app-state.ts';
import { downloadBlob } from './download.ts';
import { plural } from './format.ts';
import { ExportLabelChoice, labelLimit } from './ExportLabelChoice.tsx';
import type { LabelChoice } from './ExportLabelChoice.tsx';

type Scale = '1' | '2' | '4' | 'width';

/** What the explorer shows now, as the export takes it: the same as `npm run export` gives. */
function currentView(state: AppState): ExportView {
  const trace = state.trace.value;
  const selection = state.selection.value;
  const source = state.imageSource.current;
  return {
    filter: state.filter.value,
    visibility: isFilterActive(state.filter.value) ? state.visibility.value : null,
    focus: state.viewState.value.focus,
    channel: trace?.from && trace.to ? { from: trace.from, to: trace.to, mode: trace.mode } : null,
    selection:
      selection?.kind === 'person' || selection?.kind === 'document'
        ? { kind: selection.kind, id: selection.id }
        : null,
    documentsOf: null,
    look: state.look.value,
    // In the list view there is no picture drawn: the export draws the graph as laid out.
    scene: source ? (labels) => source({ labels }) : null,
  };
}

/**
 * Export the view: the one export path (formats/export-file.ts), loaded when first used, so its
 * writers cost the page nothing until then.
 */
async function saveExport(state: AppState, options: Partial<ExportOptions>): Promise<string> {
  const { exportFile } = await import('../formats/export-file.ts');
  const view = currentView(state);
  // The map view exports the map (its base map loaded as the view loads it); images only.
  const image = options.format === 'svg' || options.format === 'png';
  if (state.view.peek() === 'map' && image) {
    const { loadWorld } = await import('../formats/scene/base-map.ts');
    view.map = { world: await loadWorld() };
  }
  const file = await exportFile(state.corpus, view, {
    ...options,
    rasterize: (svg, scale) => svgToPng(svg, { scale }),
    measure: textMeasure,
  });
  downloadBlob(
    file.content instanceof Blob ? file.content : new Blob([file.content], { type: file.type }),
    file.name,
  );
  return file.name;
}

export function ExportDialog() {
  const state = useAppState();
  const dialog = useRef<HTMLDialogElement>(null);
  const [imageFormat, setImageFormat] = useState<'png' | 'svg'>('png');
  const [scale, setScale] = useState<Scale>('2');
  const [pixelWidth, setPixelWidth] = useState(2400);
  const [transparent, setTransparent] = useState(false);
  const [labels, setLabels] = useState<LabelChoice>({ which: 'all' });
  const [include, setInclude] = useState({
    legend: true,
    caption: true,
    credit: true,
  });
  const [dataFormat, setDataFormat] = useState<DataFormat>('gexf');
  const [scope, setScope] = useState<'filtered' | 'all'>('filtered');
  const [status, setStatus] = useState('');
  // The form is rendered only while open: closed, it must not re-render on every filter step.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  const opener = (
    <button type="button" class="export-button" onClick={() => setOpen(true)}>
      Export…
    </button>
  );
  if (!open) {
    return (
      <>
        {opener}
        <dialog ref={dialog} class="export-dialog" aria-labelledby="export-heading" />
      </>
    );
  }
  const view = describeView(state.corpus, currentView(state));
  const filtered = isFilterActive(state.filter.value);
  const counts = state.visibility.value.counts;

  const exportImage = async (): Promise<void> => {
    const name = await saveExport(state, {
      format: imageFormat,
      background: transparent ? 'transparent' : 'white',
      labelLimit: labelLimit(labels),
      ...include,
      png: scale === 'width' ? { width: pixelWidth } : { scale: Number(scale) },
    });
    setStatus(`Saved ${name}.`);
  };

  const exportData = async (): Promise<void> => {
    const name = await saveExport(state, {
      format: dataFormat,
      scope: scope === 'all' || !filtered ? 'all' : 'view',
    });
    setStatus(`Saved ${name}.`);
  };

  const run = (task: () => Promise<void>) => () => {
    setStatus('Preparing…');
    task().catch((error: unknown) => setStatus(`Export failed: ${(error as Error).message}`));
  };

  return (
    <>
      {opener}
      <dialog
        ref={dialog}
        class="export-dialog"
        aria-labelledby="export-heading"
        onClose={() => setOpen(false)}
      >
        <div class="panel-header">
          <h2 id="export-heading">Export</h2>
          <button
            type="button"
            class="close"
            aria-label="Close export"
            onClick={() => dialog.current?.close()}
          >
            ×
          </button>
        </div>
        <section aria-labelledby="export-image-heading">
          <h3 id="export-image-heading">
            {state.view.value === 'map' ? 'Image of the map' : 'Image of the current view'}
          </h3>
          <fieldset>
            <legend>Format</legend>
            <label>
              <input
                type="radio"
                name="image-format"
                checked={imageFormat === 'png'}
                onChange={() => setImageFormat('png')}
              />{' '}
              PNG
            </label>
            <label>
              <input
                type="radio"
                name="image-format"
                checked={imageFormat === 'svg'}
                onChange={() => setImageFormat('svg')}
              />{' '}
              SVG (vectors)
            </label>
          </fieldset>
          {imageFormat === 'png' && (
            <fieldset>
              <legend>Resolution</legend>
              <select
                aria-label="Resolution"
                value={scale}
                onChange={(e) => setScale((e.target as HTMLSelectElement).value as Scale)}
              >
                <option value="1">1× (screen size)</option>
                <option value="2">2×</option>
                <option value="4">4×</option>
                <option value="width">Width in pixels</option>
              </select>
              {scale === 'width' && (
                <input
                  type="number"
                  min="100"
                  max="20000"
                  aria-label="Width in pixels"
                  value={String(pixelWidth)}
                  onChange={(e) => setPixelWidth(Number((e.target as HTMLInputElement).value))}
                />
              )}
            </fieldset>
          )}
          <fieldset>
            <legend>Background</legend>
            <label>
              <input
                type="radio"
                name="background"
                checked={!transparent}
                onChange={() => setTransparent(false)}
              />{' '}
              White
            </label>
            <label>
              <input
                type="radio"
                name="background"
                checked={transparent}
                onChange={() => setTransparent(true)}
              />{' '}
              Transparent
            </label>
          </fieldset>
          <ExportLabelChoice choice={labels} onChange={setLabels} />
          <fieldset>
            <legend>Include</legend>
            {(['legend', 'caption', 'credit'] as const).map((key) => (
              <label key={key}>
                <input
                  type="checkbox"
                  checked={include[key]}
                  onChange={(e) =>
                    setInclude({ ...include, [key]: (e.target as HTMLInputElement).checked })
                  }
                />{' '}
                {
                  {
                    legend: 'Legend',
                    caption: 'Caption (corpus, dates, filters, channel)',
                    credit: 'Source credit',
                  }[key]
                }
              </label>
            ))}
          </fieldset>
          <p class="muted">File: {exportFileName(view, imageFormat)}</p>
          <button type="button" class="primary" onClick={run(exportImage)}>
            Download image
          </button>
        </section>
        <section aria-labelledby="export-data-heading">
          <h3 id="export-data-heading">Data</h3>
          <label>
            Format{' '}
            <select
              value={dataFormat}
              onChange={(e) => setDataFormat((e.target as HTMLSelectElement).value as DataFormat)}
            >
              {DATA_FORMATS.map((format) => (
                <option key={format.id} value={format.id}>
                  {format.label}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>Documents</legend>
            <label>
              <input
                type="radio"
                name="scope"
                checked={scope === 'filtered'}
                onChange={() => setScope('filtered')}
              />{' '}
              What the filters show ({plural(counts.documents, 'document')})
            </label>
            <label>
              <input
                type="radio"
                name="scope"
                checked={scope === 'all'}
                onChange={() => setScope('all')}
              />{' '}
              The whole corpus ({plural(counts.totalDocuments, 'document')})
            </label>
          </fieldset>
          <button type="button" class="primary" onClick={run(exportData)}>
            Download data
          </button>
        </section>
        <p class="export-status" role="status" aria-live="polite">
          {status}
        </p>
      </dialog>
    </>
  );
}
