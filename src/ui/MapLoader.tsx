/**
 * The map view, loaded the first time it is opened: its code, d3-geo, topojson-client and the
 * base map stay out of the page's first JavaScript (the initial budget is 120 kB gzip).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';

let loaded: ComponentType | null = null;

export function MapLoader() {
  const [View, setView] = useState<ComponentType | null>(() => loaded);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (View) return;
    import('./MapView.tsx')
      .then((module) => {
        loaded = module.default;
        setView(() => module.default);
      })
      .catch((error: unknown) => setFailed(String(error)));
  }, [View]);
  if (View) return <View />;
  return (
    <p class="map-loading" role="status">
      {failed ? `The map could not be loaded: ${failed}` : 'Loading the map…'}
    </p>
  );
}
