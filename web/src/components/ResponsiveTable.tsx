/**
 * An antd Table on tablets and desktops; below the md breakpoint (phones) the same rows as cards: one column
 * heads each card, every other titled column is a labelled line, and untitled columns (actions) close it.
 * Takes the Table's own props, so a page swaps `Table` for `ResponsiveTable` and keeps its columns.
 */
import { Card, Empty, Grid, Pagination, Spin, Table } from 'antd';
import type { TablePaginationConfig, TableProps } from 'antd';
import type { ColumnGroupType, ColumnType } from 'antd/es/table';
import { useState, type Key, type ReactNode } from 'react';

export interface ResponsiveTableProps<T> extends TableProps<T> {
  /** The column (its `key`, or its `dataIndex` joined by '.') that titles each card; the first by default. */
  cardTitle?: string;
  /** A titled column of buttons (操作) to close each card unlabelled, like the untitled ones. */
  cardActions?: string;
}

type Column<T> = ColumnType<T> | ColumnGroupType<T>;

/** The leaf columns, groups flattened. */
function leaves<T>(columns: readonly Column<T>[]): ColumnType<T>[] {
  return columns.flatMap((c) => ('children' in c && c.children ? leaves(c.children) : [c as ColumnType<T>]));
}

function columnId<T>(column: ColumnType<T>, index: number): string {
  if (column.key !== undefined) {
    return String(column.key);
  }
  const path = column.dataIndex;
  if (Array.isArray(path)) {
    return path.join('.');
  }
  return path === undefined ? `#${index}` : String(path as string | number);
}

/** A cell as the table renders it: the value at `dataIndex` (the record without one) through `render`. */
function cell<T>(column: ColumnType<T>, record: T, index: number): ReactNode {
  const path = column.dataIndex as string | number | readonly (string | number)[] | undefined;
  const steps: readonly (string | number)[] = path === undefined ? [] : Array.isArray(path) ? path : [path];
  let value: unknown = record;
  for (const step of steps) {
    value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[step];
  }
  if (column.render) {
    return column.render(value, record, index) as ReactNode;
  }
  return value as ReactNode;
}

function isEmpty(node: ReactNode): boolean {
  return node === null || node === undefined || node === false || node === '';
}

export default function ResponsiveTable<T extends object>(props: ResponsiveTableProps<T>) {
  const { cardTitle, cardActions, ...tableProps } = props;
  const screens = Grid.useBreakpoint();
  const [localPage, setLocalPage] = useState({ current: 1, pageSize: 10 });
  if (screens.md !== false) {
    return <Table<T> {...tableProps} />;
  }

  const { columns = [], dataSource = [], rowKey = 'key', loading, pagination } = tableProps;
  const all = leaves(columns as Column<T>[]).filter((c) => !c.hidden);
  const titleColumn = (cardTitle && all.find((c, i) => columnId(c, i) === cardTitle)) || all[0];
  const isAction = (c: ColumnType<T>, i: number) =>
    isEmpty(c.title as ReactNode) || (cardActions !== undefined && columnId(c, i) === cardActions);
  const lines = all.filter((c, i) => c !== titleColumn && !isAction(c, i));
  const actions = all.filter((c, i) => c !== titleColumn && isAction(c, i));
  const keyOf = (record: T, index: number): Key =>
    typeof rowKey === 'function'
      ? rowKey(record, index)
      : (((record as Record<string, unknown>)[rowKey as string] as Key | undefined) ?? index);

  // Paged by the server when the page gives a total; otherwise paged here as Table pages (10 a page).
  const config: TablePaginationConfig | false = pagination === false ? false : { ...pagination };
  const serverPaged = config !== false && config.total !== undefined;
  let rows = [...dataSource];
  if (config !== false && !serverPaged) {
    const current = config.current ?? localPage.current;
    const pageSize = config.pageSize ?? localPage.pageSize;
    rows = rows.slice((current - 1) * pageSize, current * pageSize);
  }
  const spinning = typeof loading === 'object' ? loading.spinning !== false : Boolean(loading);

  return (
    <Spin spinning={spinning}>
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <ul className="dtpc-cards">
          {rows.map((record, index) => {
            return (
              <li key={keyOf(record, index)}>
                <Card size="small">
                  {titleColumn && <div className="dtpc-card-title">{cell(titleColumn, record, index)}</div>}
                  <dl className="dtpc-card-lines">
                    {lines.map((c, i) => {
                      const value = cell(c, record, index);
                      const title =
                        typeof c.title === 'function' ? c.title({}) : (c.title as ReactNode | undefined);
                      return (
                        <div key={columnId(c, i)}>
                          <dt>{title}</dt>
                          <dd>{isEmpty(value) ? '—' : value}</dd>
                        </div>
                      );
                    })}
                  </dl>
                  {actions.map((c, i) => (
                    <div key={columnId(c, i)} className="dtpc-card-actions">
                      {cell(c, record, index)}
                    </div>
                  ))}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
      {config !== false && (serverPaged || dataSource.length > 0) && (
        <Pagination
          className="dtpc-cards-pagination"
          size="small"
          align="end"
          current={config.current ?? localPage.current}
          pageSize={config.pageSize ?? localPage.pageSize}
          total={serverPaged ? config.total : dataSource.length}
          showTotal={config.showTotal}
          showSizeChanger={config.showSizeChanger}
          onChange={(page, pageSize) => {
            setLocalPage({ current: page, pageSize });
            config.onChange?.(page, pageSize);
          }}
        />
      )}
    </Spin>
  );
}
