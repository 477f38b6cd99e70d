/**
 * Export: publication-ready images of the current view (PNG at a chosen scale, or SVG vectors) with
 * legend, caption and credit, and the data in the formats other tools read. The data writers load
 * on demand, so they cost nothing until used.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { captionFor, exportFileName } from '../graph/export/describe.ts';
import { placeSceneLabels, sceneFromGraph } from '../graph/export/scene.ts';
import type { Scene } from '../graph/export/scene.ts';
import { DEFAULT_IMAGE_OPTIONS, sceneToSvg } from '../graph/export/svg.ts';
import { isFilterActive } from '../graph/filter.ts';
import { svgToPng, textMeasure } from '../render/raster.ts';
import { useAppState } from '../state/context.ts';
import { describeCurrentView } from '../state/describe.ts';
import type { AppState } from '../state/app-state.ts';
import { downloadBlob } from './download.ts';
import { plural } from './format.ts';
import { writeData, DATA_FORMATS } from './export-data.ts';
import type { DataFormat } from './export-data.ts';
import { ExportLabelChoice, labelLimit } from './ExportLabelChoice.tsx';
import type { LabelChoice } from './ExportLabelChoice.tsx';

type Scale = '1' | '2' | '4' | 'width';

/**
 * The scene to export: what the network view draws now, or (in the list view) the same from the
 * graph; its labels placed for the image's own font, every one in full.
 */
function currentScene(state: AppState, labels: LabelChoice): Scene {
  const source = state.imageSource.current;
  const view = state.viewState.value;
  const scene = source
    ? source({ labels: labels.which !== 'none' })
    : sceneFromGraph(state.corpus.graph, {
        visibleNodes: view.visibleNodes,
        visibleEdges: view.visibleEdges,
        focus: view.focus,
      });
  const font = `500 ${scene.labelSize}px ${DEFAULT_IMAGE_OPTIONS.fontFamily}`;
  return placeSceneLabels(scene, { limit: labelLimit(labels), measure: textMeasure(font) });
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
  const view = describeCurrentView(state);
  const filtered = isFilterActive(state.filter.value);
  const counts = state.visibility.value.counts;

  const exportImage = async (): Promise<void> => {
    const scene = currentScene(state, labels);
    const svg = sceneToSvg(scene, {
      background: transparent ? 'transparent' : 'white',
      legend: include.legend
        ? [...state.palette].map(([label, color]) => ({ label, color }))
        : null,
      caption: include.caption ? captionFor(view) : null,
      credit:
        include.credit && state.corpus.meta.credit
          ? `Source: ${state.corpus.meta.credit}. Made with Cablegraph.`
          : null,
    });
    const name = exportFileName(view, imageFormat);
    if (imageFormat === 'svg') {
      downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), name);
    } else {
      const svgWidth = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1] ?? scene.width);
      const factor = scale === 'width' ? Math.max(100, pixelWidth) / svgWidth : Number(scale);
      downloadBlob(await svgToPng(svg, { scale: factor }), name);
    }
    setStatus(`Saved ${name}.`);
  };

  const exportData = async (): Promise<void> => {
    const { text, type, extension, suffix } = await writeData(
      state,
      dataFormat,
      scope === 'all' || !filtered,
    );
    const name = exportFileName(
      {
        ...view,
        filter: scope === 'all' ? { ...view.filter, start: null, end: null } : view.filter,
        channel: null,
        selection: null,
      },
      extension,
      suffix,
    );
    downloadBlob(new Blob([text], { type }), name);
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
          <h3 id="export-image-heading">Image of the current view</h3>
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
