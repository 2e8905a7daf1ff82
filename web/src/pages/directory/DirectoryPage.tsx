/**
 * 促进中心名录 (public): filters (level, type, functional kind, region, status, year), pages, .xlsx export.
 * National and provincial admins also see the per-province overview (全国名录). 地图 shows the recognised
 * centers per province on a map of China (DirectoryMap, lazy-loaded); a province chosen there is listed.
 */
import {
  DownloadOutlined,
  EnvironmentOutlined,
  PrinterOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Segmented, Select, Spin, Tabs, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  centerKindValues,
  centerLevelValues,
  centerTypeValues,
  directoryStatusValues,
} from '../../../../src/contracts/directory.ts';
import { useSession } from '../../auth/session.ts';
import IsoDatePicker from '../../components/IsoDatePicker.tsx';
import ListFilters from '../../components/ListFilters.tsx';
import ResponsiveTable from '../../components/ResponsiveTable.tsx';
import RegionCascader from '../../components/RegionCascader.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useExport } from '../../lib/use-export.ts';
import { directoryApi, type DirectoryEntry } from '../publicity/api.ts';
import { typeLabel } from '../publicity/shared.tsx';
import ProvinceSummary from './ProvinceSummary.tsx';

/** The 地图 view, with ECharts' map and China's boundaries: loaded when the view first opens. */
const DirectoryMap = lazy(() => import('./DirectoryMap.tsx'));

interface Filters {
  q?: string;
  level?: (typeof centerLevelValues)[number];
  type?: (typeof centerTypeValues)[number];
  kind?: (typeof centerKindValues)[number];
  regionCode?: string;
  status?: (typeof directoryStatusValues)[number];
  year?: number;
  /** Read the directory as it stood on this date (YYYY-MM-DD). */
  asOf?: string;
}

/** The list's filters as the print page's query string. */
function printQuery(filters: Filters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  return params.toString();
}

function DirectoryList({
  regionCode,
  asOf,
  onAsOf,
}: {
  regionCode?: string | undefined;
  /** The 截至日期 the list opens with (the one the map shows). */
  asOf?: string | undefined;
  /** Told the 截至日期 each search applies, so the map reads the directory of the same day. */
  onAsOf: (asOf: string | undefined) => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({ status: 'recognised', regionCode, asOf });
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const exporter = useExport('/directory/export.xlsx', 'directory.xlsx');
  const query = { ...filters, ...page };
  const { data, isFetching, error } = useQuery({
    queryKey: ['directory', query],
    queryFn: () => directoryApi.list(query),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<DirectoryEntry> = [
    {
      title: t('directory.name'),
      dataIndex: 'name',
      render: (name: string, c) => <Link to={`/directory/${c.id}`}>{name}</Link>,
    },
    {
      title: t('directory.level'),
      dataIndex: 'level',
      width: 90,
      render: (l: string) => t(`directory.levels.${l}`, { defaultValue: l }),
    },
    { title: t('directory.type'), key: 'type', width: 170, render: (_, c) => typeLabel(c, t) },
    { title: t('directory.region'), dataIndex: 'regionName', width: 190, ellipsis: true },
    { title: t('directory.leadOrganisation'), dataIndex: ['leadOrganisation', 'name'], ellipsis: true },
    {
      title: t('directory.recognisedOn'),
      dataIndex: 'recognisedOn',
      width: 140,
      render: (d: string | null) => formatDate(d),
    },
    {
      title: t('management.directoryRating'),
      dataIndex: 'rating',
      width: 120,
      render: (r: DirectoryEntry['rating']) =>
        r ? `${r.year} ${i18n.language === 'en' ? r.label.en : r.label.zh}` : '',
    },
    {
      title: t('directory.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: string) => (
        <Tag color={s === 'recognised' ? 'green' : 'default'}>{t(`directory.statuses.${s}`)}</Tag>
      ),
    },
  ];

  return (
    <>
      <ListFilters<Filters>
        form={form}
        onSearch={(v) => {
          setFilters({
            q: v.q?.trim() || undefined,
            level: v.level,
            type: v.type,
            kind: v.kind,
            regionCode: v.regionCode,
            status: v.status,
            year: v.year ?? undefined,
            asOf: v.asOf || undefined,
          });
          onAsOf(v.asOf || undefined);
          setPage((p) => ({ ...p, page: 1 }));
        }}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              loading={exporter.exporting}
              onClick={() => void exporter.run({ ...filters })}
              data-testid="directory-export"
            >
              {t('common.export')}
            </Button>
            <Link to={`/directory/print?${printQuery(filters)}`} data-testid="directory-print-link">
              <Button icon={<PrinterOutlined />}>{t('directoryPrint.open')}</Button>
            </Link>
          </>
        }
      >
        <Form.Item name="q">
          <Input
            placeholder={t('common.keyword')}
            aria-label={t('common.keyword')}
            allowClear
            style={{ width: 180 }}
          />
        </Form.Item>
        <Form.Item name="level">
          <Select
            placeholder={t('directory.level')}
            aria-label={t('directory.level')}
            allowClear
            style={{ width: 110 }}
            options={centerLevelValues.map((v) => ({ value: v, label: t(`directory.levels.${v}`) }))}
          />
        </Form.Item>
        <Form.Item name="type">
          <Select
            placeholder={t('directory.type')}
            aria-label={t('directory.type')}
            allowClear
            style={{ width: 110 }}
            options={centerTypeValues.map((v) => ({ value: v, label: t(`directory.types.${v}`) }))}
          />
        </Form.Item>
        <Form.Item name="kind">
          <Select
            placeholder={t('directory.kind')}
            aria-label={t('directory.kind')}
            allowClear
            style={{ width: 140 }}
            options={centerKindValues.map((v) => ({ value: v, label: t(`directory.kinds.${v}`) }))}
          />
        </Form.Item>
        <Form.Item name="regionCode" initialValue={regionCode}>
          <RegionCascader style={{ width: 200 }} ariaLabel={t('common.region')} />
        </Form.Item>
        <Form.Item name="status" initialValue="recognised">
          <Select
            placeholder={t('directory.status')}
            aria-label={t('directory.status')}
            allowClear
            style={{ width: 110 }}
            options={directoryStatusValues.map((v) => ({ value: v, label: t(`directory.statuses.${v}`) }))}
          />
        </Form.Item>
        <Form.Item name="year">
          <InputNumber
            placeholder={t('directory.year')}
            aria-label={t('directory.year')}
            min={2000}
            max={2100}
            style={{ width: 110 }}
          />
        </Form.Item>
        <Form.Item name="asOf" tooltip={t('management.asOfHint')} initialValue={asOf}>
          <IsoDatePicker
            aria-label={t('management.asOf')}
            placeholder={t('management.asOf')}
            style={{ width: 160 }}
            data-testid="directory-as-of"
          />
        </Form.Item>
      </ListFilters>
      {error && <Tag color="red">{error.message}</Tag>}
      <ResponsiveTable<DirectoryEntry>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 1000 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size }),
        }}
      />
    </>
  );
}

/**
 * 列表 / 地图: the list, or the map of recognised centers per province; choosing a province on the map lists
 * its centers (the list opens anew with that 属地). The list stays mounted behind the map, filters kept, and
 * the map reads the directory as of the list's 截至日期.
 */
function DirectoryViews() {
  const { t } = useTranslation();
  const [view, setView] = useState<'list' | 'map'>('list');
  const [chosen, setChosen] = useState<{ regionCode?: string; n: number }>({ n: 0 });
  // The list's 截至日期: the map counts the centers recognised on that day too (today when none is set).
  const [asOf, setAsOf] = useState<string | undefined>();
  return (
    <>
      <Segmented<'list' | 'map'>
        value={view}
        onChange={setView}
        aria-label={t('directory.view')}
        style={{ marginBottom: 16 }}
        data-testid="directory-view"
        options={[
          { value: 'list', label: t('directory.viewList'), icon: <UnorderedListOutlined /> },
          { value: 'map', label: t('directory.viewMap'), icon: <EnvironmentOutlined /> },
        ]}
      />
      <div hidden={view !== 'list'}>
        <DirectoryList key={chosen.n} regionCode={chosen.regionCode} asOf={asOf} onAsOf={setAsOf} />
      </div>
      {view === 'map' && (
        <Suspense fallback={<Spin />}>
          <DirectoryMap
            asOf={asOf}
            onChoose={(regionCode) => {
              setChosen((c) => ({ regionCode, n: c.n + 1 }));
              setView('list');
            }}
          />
        </Suspense>
      )}
    </>
  );
}

export default function DirectoryPage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const overview = session?.user.roles.some(
    (r) => r.role === 'national_admin' || r.role === 'provincial_admin',
  );
  return (
    <Card title={t('directory.title')}>
      {overview ? (
        <Tabs
          items={[
            { key: 'list', label: t('directory.title'), children: <DirectoryViews /> },
            { key: 'provinces', label: t('directory.national'), children: <ProvinceSummary /> },
          ]}
        />
      ) : (
        <DirectoryViews />
      )}
    </Card>
  );
}
