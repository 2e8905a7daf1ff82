/** 我的申报 (the lead unit's own) and 审核 (the worklist of a city or province): one list, two modes. */
import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Segmented, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { download } from '../../api/client.ts';
import { useMe } from '../../auth/session.ts';
import ListFilters from '../../components/ListFilters.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { applicationStateLabels, applicationStates } from '../../../../src/domain/workflow/application.ts';
import { recognitionApi, type ApplicationView } from './api.ts';
import { loc, StateTag } from './shared.tsx';

/** What each reviewer has to act on. */
function pendingStates(roles: string[]): string {
  if (roles.includes('city_officer')) {
    return 'submitted,city_review';
  }
  return 'recommended,formal_review,expert_review';
}

interface Filters {
  q?: string;
  state?: string;
}

export default function ApplicationsPage({ mode }: { mode: 'mine' | 'review' }) {
  const { t } = useTranslation();
  const me = useMe();
  const [filterForm] = Form.useForm<Filters>();
  const [q, setQ] = useState<string | undefined>();
  const [stateFilter, setStateFilter] = useState<string | undefined>();
  const [scope, setScope] = useState<'pending' | 'all'>(mode === 'review' ? 'pending' : 'all');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  // A chosen 状态 is the filter; otherwise 待办 narrows the worklist to what this reviewer acts on.
  const state = stateFilter ?? (scope === 'pending' ? pendingStates(me.roles.map((r) => r.role)) : undefined);
  // A draft is its lead unit's own: reviewers never see one, so they are not offered the choice.
  const stateOptions = applicationStates
    .filter((s) => mode === 'mine' || s !== 'draft')
    .map((s) => ({ value: s, label: loc(applicationStateLabels[s]) }));
  const query = { q, state, mine: mode === 'mine' ? true : undefined, ...page };
  const { data, isFetching, error } = useQuery({
    queryKey: ['applications', query],
    queryFn: () => recognitionApi.applications(query),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<ApplicationView> = [
    {
      title: t('recognition.mine.centerName'),
      width: 260,
      render: (_, a) => <Link to={`/applications/${a.id}`}>{a.centerName}</Link>,
    },
    { title: t('recognition.app.call'), width: 240, ellipsis: true, render: (_, a) => a.call.title },
    ...(mode === 'review'
      ? [
          {
            title: t('recognition.app.lead'),
            width: 220,
            ellipsis: true,
            render: (_: unknown, a: ApplicationView) => a.leadOrganisation.name,
          },
          {
            title: t('recognition.app.region'),
            width: 150,
            render: (_: unknown, a: ApplicationView) => a.regionName,
          },
        ]
      : []),
    {
      title: t('recognition.mine.type'),
      width: 130,
      render: (_, a) =>
        a.directionName ? loc(a.directionName) : a.type ? t(`recognition.types.${a.type}`) : '—',
    },
    {
      title: t('recognition.app.state'),
      width: 170,
      render: (_, a) => <StateTag state={a.state} label={a.stateLabel} />,
    },
    { title: t('recognition.app.version'), width: 70, render: (_, a) => a.currentVersionNo || '—' },
    { title: t('recognition.app.updatedAt'), width: 170, render: (_, a) => formatDateTime(a.updatedAt) },
  ];

  return (
    <Card title={mode === 'mine' ? t('recognition.mine.title') : t('recognition.review.worklist')}>
      <ListFilters<Filters>
        form={filterForm}
        onSearch={(v) => {
          setQ(v.q?.trim() || undefined);
          setStateFilter(v.state);
          if (v.state) {
            setScope('all');
          }
          setPage((p) => ({ ...p, page: 1 }));
        }}
        extra={
          <>
            {mode === 'review' && (
              <Segmented
                value={scope}
                onChange={(v) => {
                  setScope(v as 'pending' | 'all');
                  if (v === 'pending') {
                    // 待办 is a worklist of its own: a chosen 状态 would hide it.
                    setStateFilter(undefined);
                    filterForm.setFieldValue('state', undefined);
                  }
                }}
                options={[
                  { value: 'pending', label: t('recognition.review.pending') },
                  { value: 'all', label: t('recognition.review.all') },
                ]}
              />
            )}
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                void download(
                  '/applications/export.xlsx',
                  { q, state, mine: query.mine },
                  'applications.xlsx',
                )
              }
            >
              {t('common.export')}
            </Button>
            {mode === 'mine' && (
              <Link to="/calls">
                <Button type="primary">{t('recognition.mine.create')}</Button>
              </Link>
            )}
          </>
        }
      >
        <Form.Item name="q">
          <Input
            placeholder={`${t('common.keyword')}：${t('recognition.mine.centerName')}`}
            allowClear
            style={{ width: 240 }}
          />
        </Form.Item>
        <Form.Item name="state">
          <Select
            aria-label={t('recognition.app.state')}
            placeholder={t('recognition.app.state')}
            options={stateOptions}
            allowClear
            style={{ width: 200 }}
          />
        </Form.Item>
      </ListFilters>
      {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
      <Table<ApplicationView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: mode === 'review' ? 1400 : 1100 }}
        locale={mode === 'mine' ? { emptyText: t('recognition.mine.empty') } : undefined}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, size) => setPage({ page: p, pageSize: size }),
        }}
      />
    </Card>
  );
}
