/** 申报条件预审: the engine's live verdicts on the working copy, each with its citation. */
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, List, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { recognitionApi, type ApplicationDetail, type EvaluationView } from './api.ts';
import { Citation, loc } from './shared.tsx';

type CriterionRow = EvaluationView['criteria'][number];

const statusColor: Record<string, string> = {
  met: 'green',
  not_met: 'red',
  needs_judgement: 'blue',
  missing_value: 'default',
};

export default function EvaluationPanel({ app }: { app: ApplicationDetail }) {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: ['application-evaluation', app.id, app.version],
    queryFn: () => recognitionApi.evaluation(app.id),
  });
  if (!data) {
    return null;
  }
  return (
    <Card title={t('recognition.app.evaluation')} data-testid="evaluation">
      <Alert
        type={data.eligible ? 'success' : 'warning'}
        showIcon
        message={data.eligible ? t('recognition.app.eligible') : t('recognition.app.notEligible')}
        style={{ marginBottom: 12 }}
      />
      <List
        size="small"
        dataSource={data.rules}
        renderItem={(r) => (
          <List.Item>
            <Space wrap>
              <Tag color={r.passed ? 'green' : r.inPrinciple ? 'orange' : 'red'}>
                {r.passed ? '✓' : r.inPrinciple ? t('recognition.app.inPrinciple') : '✗'}
              </Tag>
              <span>{loc(r.reason)}</span>
              <Citation source={r.source} />
            </Space>
          </List.Item>
        )}
      />
      {data.criteria.length > 0 && (
        <Table<CriterionRow>
          style={{ marginTop: 16 }}
          size="small"
          rowKey="id"
          pagination={false}
          title={() => t('recognition.app.criteria')}
          dataSource={data.criteria}
          columns={[
            { title: t('recognition.app.criteria'), render: (_, c) => loc(c.name) },
            { title: t('recognition.app.required_'), width: 100, render: (_, c) => formatNumber(c.required) },
            { title: t('recognition.app.actual'), width: 100, render: (_, c) => formatNumber(c.actual) },
            {
              title: t('recognition.app.state'),
              width: 110,
              render: (_, c) => (
                <Tag color={statusColor[c.status]}>{t(`recognition.app.statuses.${c.status}`)}</Tag>
              ),
            },
            {
              title: t('recognition.app.source'),
              width: 150,
              render: (_, c) => <Citation source={c.source} />,
            },
          ]}
        />
      )}
    </Card>
  );
}
