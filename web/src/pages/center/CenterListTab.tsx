/**
 * The list shape the center back-office pages share: an optional toolbar (create, export .xlsx) above a
 * table of one of the center's API lists. `useCenterList` reads the list: with `pageSize` the server pages
 * it (the page is part of the query key), without it the first 100 rows are read and the table pages them.
 */
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Button, Space, Table, type TablePaginationConfig, type TableProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../api/contracts.ts';
import { useExport } from '../../lib/use-export.ts';

export interface CenterList<T> {
  query: UseQueryResult<Page<T>>;
  pagination?: TablePaginationConfig;
}

export function useCenterList<T>(
  key: readonly unknown[],
  fetch: (query: { page: number; pageSize: number }) => Promise<Page<T>>,
  pageSize?: number,
): CenterList<T> {
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: pageSize ? [...key, page] : key,
    queryFn: () => fetch(pageSize ? { page, pageSize } : { page: 1, pageSize: 100 }),
  });
  return {
    query,
    pagination: pageSize
      ? { current: page, pageSize, total: query.data?.total ?? 0, onChange: setPage }
      : undefined,
  };
}

function ExportButton({ path, fileName }: { path: string; fileName: string }) {
  const { t } = useTranslation();
  const exporter = useExport(path, fileName);
  return (
    <Button loading={exporter.exporting} onClick={() => void exporter.run({})}>
      {t('common.export')}
    </Button>
  );
}

export interface CenterListTabProps<T> {
  list: CenterList<T>;
  columns: ColumnsType<T>;
  create?: { label: string; onClick: () => void };
  /** An export of the same list (`/centers/:slug/…/export.xlsx`). */
  exportTo?: { path: string; fileName: string };
  expandable?: TableProps<T>['expandable'];
}

export default function CenterListTab<T extends { id: string }>({
  list,
  columns,
  create,
  exportTo,
  expandable,
}: CenterListTabProps<T>) {
  return (
    <>
      {(create || exportTo) && (
        <Space style={{ marginBottom: 12 }}>
          {create && (
            <Button type="primary" icon={<PlusOutlined />} onClick={create.onClick}>
              {create.label}
            </Button>
          )}
          {exportTo && <ExportButton {...exportTo} />}
        </Space>
      )}
      <Table<T>
        rowKey="id"
        loading={list.query.isFetching}
        dataSource={list.query.data?.items ?? []}
        pagination={list.pagination}
        expandable={expandable}
        columns={columns}
      />
    </>
  );
}
