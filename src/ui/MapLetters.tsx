/**
 * The letters of a picked place or arc, by date: each opens its record, as a line of the network
 * does. Over the map, so the map stays in view.
 */
import { useAppState } from '../state/context.ts';
import type { MapScene } from '../formats/scene/map-scene.ts';
import type { DocumentRecord } from '../graph/types.ts';
import type { Picked } from './MapCanvas.tsx';
import { formatDate, plural, shortTitle } from './format.ts';

interface Props {
  scene: MapScene;
  picked: Picked;
  onClose(): void;
  onOpen(id: string): void;
}

const byDate = (a: DocumentRecord, b: DocumentRecord): number =>
  (a.date.iso ?? '9999').localeCompare(b.date.iso ?? '9999') || a.id.localeCompare(b.id);

export function MapLetters({ scene, picked, onClose, onOpen }: Props) {
  const state = useAppState();
  const names = new Map(scene.points.map((p) => [p.key, p.name]));
  const found =
    picked.kind === 'place'
      ? scene.points.find((p) => p.key === picked.key)
      : scene.arcs.find((a) => a.id === picked.key);
  if (!found) return null;
  const heading =
    'name' in found
      ? `Letters sent from or received at ${found.name}`
      : `Letters from ${names.get(found.from) ?? found.from} to ${names.get(found.to) ?? found.to}`;
  const letters = found.documents
    .flatMap((id) => state.corpus.documents.get(id) ?? [])
    .sort(byDate);
  return (
    <section class="map-letters" aria-labelledby="map-letters-heading">
      <header>
        <h2 id="map-letters-heading">{heading}</h2>
        <p>{plural(letters.length, 'letter')}</p>
        <button
          type="button"
          class="map-letters-close"
          aria-label="Close the list"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <ul>
        {letters.map((doc) => (
          <li key={doc.id}>
            <button type="button" class="map-letter" onClick={() => onOpen(doc.id)}>
              <span class="map-letter-date">{formatDate(doc.date)}</span>{' '}
              <span class="map-letter-title">{shortTitle(doc.title)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
