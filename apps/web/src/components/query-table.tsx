import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/vi';
import { Empty, ErrorMessage, Loading } from './status';

type Props<T> = {
  query: UseQueryResult<T[]>;
  /** Said when the list has nothing in it. */
  empty: ReactNode;
  /** The table's accessible name. */
  label: string;
  /** Header cells, in order. */
  columns: MessageKey[];
  /** Shown above the table once there are rows (a summary of them). */
  before?: (data: T[]) => ReactNode;
  /** One row (a `<tr>` with its key) per item. */
  children: (item: T) => ReactNode;
};

/** A list query as the app's table (read as cards on a narrow screen), or the state it is in: loading, failed, empty. */
export function QueryTable<T>({ query, empty, label, columns, before, children }: Props<T>) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} />;
  if (query.data.length === 0) return <Empty>{empty}</Empty>;
  return (
    <>
      {before?.(query.data)}
      <div className="table-wrap">
        <table role="table" className="table table-cards" aria-label={label}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{query.data.map(children)}</tbody>
        </table>
      </div>
    </>
  );
}
