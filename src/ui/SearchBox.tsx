/**
 * The main search: people by any name or alias ("Filippov" finds Stalin), documents by title words
 * or number ("59363").
 */
import { useCallback } from 'preact/hooks';
import { useAppState } from '../state/context.ts';
import { Combobox } from './Combobox.tsx';
import type { ComboGroup } from './Combobox.tsx';

export function SearchBox() {
  const state = useAppState();
  const search = useCallback(
    (query: string): ComboGroup[] => {
      const results = state.search.search(query);
      return [
        {
          label: 'People',
          items: results.people.map((hit) => ({
            key: `person:${hit.id}`,
            primary: hit.label,
            secondary: hit.matched ? `also “${hit.matched}”` : null,
          })),
        },
        {
          label: 'Documents',
          items: results.documents.map((hit) => ({
            key: `document:${hit.id}`,
            primary: hit.title,
          })),
        },
      ];
    },
    [state],
  );
  return (
    <div class="search" role="search">
      <Combobox
        id="search-input"
        label="Search people and documents"
        resultsLabel="Search results"
        placeholder="Search people, aliases, titles, numbers…"
        search={search}
        onChoose={(item) => {
          const [kind, ...rest] = item.key.split(':');
          const id = rest.join(':');
          if (kind === 'person') state.selectPerson(id);
          else state.selectDocument(id);
        }}
      />
    </div>
  );
}
