/** Sortable table columns: a header button that says its direction, and the sort it drives. */
import { useState } from 'preact/hooks';

export type Direction = 'ascending' | 'descending';

export interface Sort<K extends string> {
  key: K;
  dir: Direction;
}

export function SortButton<K extends string>({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: K;
  sort: Sort<K>;
  onSort(key: K): void;
}) {
  return (
    <button type="button" class="sort" onClick={() => onSort(column)}>
      {label}
      <span aria-hidden="true">
        {sort.key === column ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}
      </span>
    </button>
  );
}

/** Sorting by a column; `firstDirection` says which way a column sorts on its first click. */
export function useSort<K extends string>(
  initial: K,
  firstDirection: (key: K) => Direction = () => 'ascending',
): [Sort<K>, (key: K) => void] {
  const [sort, setSort] = useState<Sort<K>>({ key: initial, dir: 'ascending' });
  const onSort = (key: K): void =>
    setSort((s) => ({
      key,
      dir: s.key !== key ? firstDirection(key) : s.dir === 'ascending' ? 'descending' : 'ascending',
    }));
  return [sort, onSort];
}
