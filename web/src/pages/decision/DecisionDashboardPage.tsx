/**
 * 决策支持看板 for the ministry, a province or a city: centers by region and level, the 2025 targets (when
 * the jurisdiction may read them), open risk warnings and monitoring series. Everything is scoped by the API.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { App, Button, Card, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionApi, type Dashboard } from './api.ts';
import SeriesCard from './SeriesCard.tsx';
import TargetsCard from './TargetsCard.tsx';
import WarningsCard from './WarningsCard.tsx';

type RegionRow = Dashboard['centersByRegion'][number];

export default function DecisionDashboardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  // Drill-down: a click on a province or city opens its own view; the API refuses regions out of reach.
  const [region, setRegion] = useState<string | undefined>(undefined);
  const { data, isLoading } = useQuery({
    queryKey: ['decision', 'dashboard', region],
    queryFn: () => decisionApi.dashboard(region),
  });
  const refresh = async () => {
    try {
      const r = await decisionApi.refresh();
      message.success(t('decision.refreshed', { series: r.seriesRefreshed, warnings: r.warningsRaised }));
      await queryClient.invalidateQueries({ queryKey: ['decision'] });
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  const rows = (data?.centersByRegion ?? []).filter(
    (r) => r.national + r.provincial + r.municipal > 0 || (data?.centersByRegion.length ?? 0) <= 20,
  );
  const totals = (data?.centersByRegion ?? []).reduce(
    (acc, r) => ({
      national: acc.national + r.national,
      provincial: acc.provincial + r.provincial,
      municipal: acc.municipal + r.municipal,
    }),
    { national: 0, provincial: 0, municipal: 0 },
  );
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Row justify="space-between" align="middle">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('decision.title')}
          {data && (
            <Typography.Text type="secondary" style={{ fontSize: 16, marginLeft: 12 }}>
              {data.region.name}
            </Typography.Text>
          )}
        </Typography.Title>
        <Space>
          {region && <Button onClick={() => setRegion(undefined)}>{t('decision.back')}</Button>}
          <Button onClick={() => void refresh()}>{t('decision.refresh')}</Button>
          <Link to="/decision/demand-graph">
            <Button>{t('matching.graph.title')}</Button>
          </Link>
        </Space>
      </Row>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('decision.centers.national')} value={totals.national} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('decision.centers.provincial')} value={totals.provincial} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('decision.centers.municipal')} value={totals.municipal} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('decision.warnings.title')} value={data?.openWarnings ?? 0} />
          </Card>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card title={t('decision.centers.title')} data-testid="centers-card">
            <Table<RegionRow>
              rowKey="regionCode"
              size="small"
              loading={isLoading}
              dataSource={rows}
              pagination={{ pageSize: 17, showSizeChanger: false, hideOnSinglePage: true }}
              columns={[
                {
                  title: t('decision.centers.region'),
                  render: (_, r) =>
                    r.regionCode === data?.region.code ? (
                      r.regionName
                    ) : (
                      <Button
                        type="link"
                        size="small"
                        style={{ padding: 0 }}
                        onClick={() => setRegion(r.regionCode)}
                      >
                        {r.regionName}
                      </Button>
                    ),
                },
                { title: t('decision.centers.national'), dataIndex: 'national', align: 'right' },
                { title: t('decision.centers.provincial'), dataIndex: 'provincial', align: 'right' },
                { title: t('decision.centers.municipal'), dataIndex: 'municipal', align: 'right' },
                {
                  title: t('decision.centers.total'),
                  align: 'right',
                  render: (_, r) => r.national + r.provincial + r.municipal,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <WarningsCard />
        </Col>
      </Row>
      {data?.showTargets && <TargetsCard />}
      <SeriesCard />
    </Space>
  );
}
