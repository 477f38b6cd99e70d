/**
 * Search people by any name or alias and documents by title words or number: an ARIA combobox
 * with keyboard navigation (↑ ↓ Enter Escape).
 */
import { useMemo, useState } from 'preact/hooks';
import type { DocumentHit, PersonHit } from '../graph/search.ts';
import { useAppState } from '../state/context.ts';

type Hit = PersonHit | DocumentHit;

export function SearchBox() {
  const state = useAppState();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = useMemo(() => state.search.search(query), [state, query]);
  const hits: Hit[] = [...results.people, ...results.documents];
  const activeHit = hits[Math.min(active, hits.length - 1)];
  const optionId = (hit: Hit): string => `search-${hit.kind}-${hit.id.replace(/[^\w-]/g, '_')}`;

  const choose = (hit: Hit | undefined): void => {
    if (!hit) return;
    if (hit.kind === 'person') state.selectPerson(hit.id);
    else state.selectDocument(hit.id);
    setQuery('');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        hits.length === 0 ? 0 : (current + step + hits.length) % hits.length,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(activeHit);
    } else if (event.key === 'Escape' && (open || query)) {
      event.preventDefault();
      setOpen(false);
      setQuery('');
    }
  };

  const showList = open && query.trim() !== '';
  const renderHit = (hit: Hit) => (
    <li
      key={optionId(hit)}
      id={optionId(hit)}
      role="option"
      aria-selected={hit === activeHit}
      class={hit === activeHit ? 'option active' : 'option'}
      onMouseDown={(event) => {
        event.preventDefault();
        choose(hit);
      }}
      onMouseEnter={() => setActive(hits.indexOf(hit))}
    >
      {hit.kind === 'person' ? (
        <>
          <span class="option-title">{hit.label}</span>
          {hit.matched && <span class="option-note">also “{hit.matched}”</span>}
        </>
      ) : (
        <span class="option-title">{hit.title}</span>
      )}
    </li>
  );

  return (
    <div class="search" role="search">
      <label for="search-input" class="visually-hidden">
        Search people and documents
      </label>
      <input
        id="search-input"
        type="search"
        role="combobox"
        list={undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder="Search people, aliases, titles, numbers…"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls="search-results"
        aria-activedescendant={showList && activeHit ? optionId(activeHit) : undefined}
        value={query}
        onInput={(event) => {
          setQuery((event.target as HTMLInputElement).value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id="search-results" role="listbox" aria-label="Search results" class="search-results">
          {hits.length === 0 && (
            <li role="presentation" class="empty">
              Nothing matches “{query}”.
            </li>
          )}
          {results.people.length > 0 && (
            <li role="presentation" class="group">
              People
            </li>
          )}
          {results.people.map(renderHit)}
          {results.documents.length > 0 && (
            <li role="presentation" class="group">
              Documents
            </li>
          )}
          {results.documents.map(renderHit)}
        </ul>
      )}
    </div>
  );
}
