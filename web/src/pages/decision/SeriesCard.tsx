/** One monitoring series at a time: the chart with anomalies marked and each anomaly explained. */
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { decisionApi, type SeriesView } from './api.ts';
import SeriesChart from './SeriesChart.tsx';

type Anomaly = SeriesView['anomalies'][number];

export default function SeriesCard() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const list = useQuery({ queryKey: ['decision', 'series'], queryFn: decisionApi.series });
  const [picked, setPicked] = useState<string | null>(null);
  const id = picked ?? list.data?.[0]?.id ?? null;
  const view = useQuery({
    queryKey: ['decision', 'series', id],
    queryFn: () => decisionApi.seriesView(id!),
    enabled: id !== null,
  });
  const names = useMemo(
    () => ({ value: t('decision.series.value'), anomalies: t('decision.series.anomalies') }),
    [t],
  );
  const num = (n: number | null) => (n === null ? '—' : formatNumber(Math.round(n * 100) / 100));
  const v = view.data;
  return (
    <Card
      title={t('decision.series.title')}
      data-testid="series-card"
      extra={
        <Select
          style={{ width: 320 }}
          placeholder={t('decision.series.pick')}
          value={id ?? undefined}
          onChange={setPicked}
          options={(list.data ?? []).map((s) => ({ value: s.id, label: `${s.name}（${s.unit}）` }))}
        />
      }
    >
      {!list.isLoading && (list.data ?? []).length === 0 && (
        <Empty description={t('decision.series.empty')} />
      )}
      {v && (
        <>
          {v.refusal && (
            <Alert
              type="info"
              showIcon
              message={en ? v.refusal.en : v.refusal.zh}
              style={{ marginBottom: 12 }}
            />
          )}
          <SeriesChart points={v.points} anomalies={v.anomalies} names={names} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('decision.series.method', {
              name: en ? v.method.name.en : v.method.name.zh,
              threshold: v.method.threshold,
            })}
          </Typography.Paragraph>
          <Table<Anomaly>
            rowKey="period"
            size="small"
            pagination={false}
            dataSource={v.anomalies}
            locale={{ emptyText: t('decision.series.noAnomaly') }}
            columns={[
              { title: t('decision.series.columns.period'), dataIndex: 'period' },
              { title: t('decision.series.columns.value'), render: (_, a) => num(a.value) },
              { title: t('decision.series.columns.baseline'), render: (_, a) => num(a.baseline) },
              { title: t('decision.series.columns.lastYear'), render: (_, a) => num(a.sameMonthLastYear) },
              { title: t('decision.series.columns.deviation'), render: (_, a) => num(a.deviation) },
              { title: t('decision.series.columns.z'), render: (_, a) => `${num(a.z)} > ${a.threshold}` },
            ]}
          />
        </>
      )}
    </Card>
  );
}
