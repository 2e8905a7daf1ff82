/** 运营看板: the record-proven metrics of a year, monthly trends (ECharts) and the records behind each number. */
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Drawer,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutletContext, useSearchParams } from 'react-router-dom';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { platformApi, type CenterMetricView, type CenterSummary, type EvidenceView } from './api.ts';
import TrendChart from './TrendChart.tsx';

type Part = 'value' | 'pending' | 'disputed';

function EvidenceDrawer({
  slug,
  year,
  metric,
  onClose,
}: {
  slug: string;
  year: number;
  metric: CenterMetricView | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [part, setPart] = useState<Part>('value');
  const [page, setPage] = useState(1);
  const { data, isFetching } = useQuery({
    queryKey: ['evidence', slug, year, metric?.key, part, page],
    queryFn: () => platformApi.evidence(slug, metric!.key, { year, part, page, pageSize: 10 }),
    enabled: metric !== null,
  });
  const name = metric ? (i18n.language === 'en' ? metric.en : metric.zh) : '';
  return (
    <Drawer
      open={metric !== null}
      onClose={onClose}
      width={720}
      title={t('centerPlatform.dashboard.records', { metric: name })}
    >
      <Segmented<Part>
        value={part}
        onChange={(v) => {
          setPart(v);
          setPage(1);
        }}
        options={(['value', 'pending', 'disputed'] as const).map((p) => ({
          value: p,
          label: t(`centerPlatform.dashboard.part.${p}`),
        }))}
        style={{ marginBottom: 12 }}
      />
      <Table<EvidenceView>
        rowKey={(r) => `${r.source}:${r.id}`}
        size="small"
        loading={isFetching}
        dataSource={data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 10,
          total: data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          {
            title: t('centerPlatform.ledger.date'),
            dataIndex: 'date',
            width: 130,
            render: (d: string) => formatDate(d),
          },
          { title: t('centerPlatform.ledger.title'), dataIndex: 'title', ellipsis: true },
          {
            title: t('centerPlatform.ledger.enterprise'),
            dataIndex: 'enterpriseName',
            ellipsis: true,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('centerPlatform.ledger.type'),
            key: 'source',
            width: 150,
            render: (_, r) => (
              <Space size={4} wrap>
                <Tag>{t(`centerPlatform.dashboard.sources.${r.source}`)}</Tag>
                {r.confirmation && r.confirmation !== 'confirmed' && (
                  <Tag color={r.confirmation === 'disputed' ? 'red' : 'orange'}>
                    {t(`centerPlatform.confirmation.${r.confirmation}`)}
                  </Tag>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Drawer>
  );
}

export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const center = useOutletContext<CenterSummary>();
  const thisYear = new Date().getFullYear();
  // ?year=&metric= open a year and its records directly (links from the evaluation form).
  const [params] = useSearchParams();
  const [year, setYear] = useState(Number(params.get('year')) || thisYear);
  const [drill, setDrill] = useState<CenterMetricView | null>(null);
  const [linkedMetric, setLinkedMetric] = useState(params.get('metric'));
  const { data, error, isFetching } = useQuery({
    queryKey: ['dashboard', center.slug, year],
    queryFn: () => platformApi.dashboard(center.slug, year),
  });
  useEffect(() => {
    if (linkedMetric && data) {
      setDrill(data.metrics.find((m) => m.key === linkedMetric) ?? null);
      setLinkedMetric(null);
    }
  }, [linkedMetric, data]);
  const name = (m: { zh: string; en: string }) => (i18n.language === 'en' ? m.en : m.zh);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{t('centerPlatform.dashboard.year')}</Typography.Text>
        <Select
          aria-label={t('centerPlatform.dashboard.year')}
          value={year}
          onChange={setYear}
          style={{ width: 110 }}
          options={[0, 1, 2, 3, 4].map((d) => ({ value: thisYear - d, label: String(thisYear - d) }))}
        />
        {data && (
          <Typography.Text type="secondary">
            {t('centerPlatform.dashboard.computedIn', { ms: data.computedInMs })}
          </Typography.Text>
        )}
      </Space>
      {error && <Alert type="error" title={error.message} />}
      <Row gutter={[16, 16]}>
        {(data?.metrics ?? []).map((m) => (
          <Col key={m.key} xs={24} sm={12} lg={8} xl={6}>
            <Card size="small" loading={isFetching && !data} data-metric={m.key}>
              <Statistic
                title={name(m)}
                value={m.value}
                suffix={name(m.unit)}
                formatter={(v) => formatNumber(Number(v))}
              />
              <Space size={4} wrap style={{ marginTop: 8 }}>
                {m.pending.value > 0 && (
                  <Tag color="orange">{t('centerPlatform.dashboard.pending', { n: m.pending.value })}</Tag>
                )}
                {m.disputed.value > 0 && (
                  <Tag color="red">{t('centerPlatform.dashboard.disputed', { n: m.disputed.value })}</Tag>
                )}
                <Button
                  size="small"
                  type="link"
                  onClick={() => setDrill(m)}
                  aria-label={`${t('centerPlatform.dashboard.drill')} ${name(m)}`}
                >
                  {t('centerPlatform.dashboard.drill')}
                </Button>
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      {data && (
        <Card title={t('centerPlatform.dashboard.trend')} size="small">
          <TrendChart
            trends={data.trends.map((tr) => ({
              ...tr,
              name: name(data.metrics.find((m) => m.key === tr.key)!),
            }))}
          />
        </Card>
      )}
      {data && (
        <Alert
          type="info"
          title={t('centerPlatform.dashboard.notProvable')}
          description={data.notProvable.map((n) => `${n.zh}：${n.reason}`).join('；')}
        />
      )}
      <EvidenceDrawer slug={center.slug} year={year} metric={drill} onClose={() => setDrill(null)} />
    </Space>
  );
}
