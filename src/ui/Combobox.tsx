/**
 * An ARIA combobox with a listbox popup: type to search, ↑ ↓ to move, Enter to choose, Escape to
 * close. Used by the main search and the person pickers of channel tracing.
 */
import { useMemo, useState } from 'preact/hooks';

export interface ComboItem {
  key: string;
  primary: string;
  secondary?: string | null;
}

export interface ComboGroup {
  label: string;
  items: ComboItem[];
}

export interface ComboboxProps {
  id: string;
  label: string;
  /** Show the label on screen (pickers) or only to assistive technology (main search). */
  visibleLabel?: boolean;
  placeholder: string;
  search(query: string): ComboGroup[];
  onChoose(item: ComboItem): void;
  /** Text shown in the input when it is not being edited (the chosen person's name). */
  value?: string;
  /** Clear the input after a choice (search) or keep the chosen text (pickers). */
  clearOnChoose?: boolean;
  /** Accessible name of the popup list. */
  resultsLabel?: string;
}

export function Combobox({
  id,
  label,
  visibleLabel = false,
  placeholder,
  search,
  onChoose,
  value = '',
  clearOnChoose = true,
  resultsLabel,
}: ComboboxProps) {
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const text = query ?? value;
  const groups = useMemo(
    () => (query === null || query.trim() === '' ? [] : search(query)),
    [search, query],
  );
  const items = groups.flatMap((group) => group.items);
  const activeItem = items[Math.min(active, items.length - 1)];
  const listId = `${id}-results`;
  const optionId = (item: ComboItem): string => `${id}-option-${item.key.replace(/[^\w-]/g, '_')}`;

  const showList = open && query !== null && query.trim() !== '';

  const choose = (item: ComboItem | undefined): void => {
    if (!item) return;
    onChoose(item);
    setQuery(clearOnChoose ? '' : null);
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        items.length === 0 ? 0 : (current + step + items.length) % items.length,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(activeItem);
    } else if (event.key === 'Escape' && (showList || query)) {
      event.preventDefault();
      setOpen(false);
      setQuery(clearOnChoose ? '' : null);
    }
  };

  return (
    <div class="combobox">
      <label for={id} class={visibleLabel ? 'combo-label' : 'visually-hidden'}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        list={undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder={placeholder}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && activeItem ? optionId(activeItem) : undefined}
        value={text}
        onInput={(event) => {
          setQuery((event.target as HTMLInputElement).value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          if (!clearOnChoose) setQuery(null);
        }}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul
          id={listId}
          role="listbox"
          aria-label={resultsLabel ?? `${label}: results`}
          class="combo-results"
        >
          {items.length === 0 && (
            <li role="presentation" class="empty">
              Nothing matches “{query}”.
            </li>
          )}
          {groups
            .filter((group) => group.items.length > 0)
            .map((group) => [
              <li key={`group-${group.label}`} role="presentation" class="group">
                {group.label}
              </li>,
              ...group.items.map((item) => (
                <li
                  key={item.key}
                  id={optionId(item)}
                  role="option"
                  aria-selected={item === activeItem}
                  class={item === activeItem ? 'option active' : 'option'}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(item);
                  }}
                  onMouseEnter={() => setActive(items.indexOf(item))}
                >
                  <span class="option-title">{item.primary}</span>
                  {item.secondary && (
                    <>
                      {' '}
                      <span class="option-note">{item.secondary}</span>
                    </>
                  )}
                </li>
              )),
            ])}
        </ul>
      )}
    </div>
  );
}
