/** 数字化诊断: the enterprise's assessments (exportable), and a button to start a self-assessment with a model. */
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../lib/format.ts';
import { useExport } from '../../lib/use-export.ts';
import { reportError } from '../center/errors.ts';
import { useL } from '../policy/shared.tsx';
import { diagnosisApi, type AssessmentSummary } from './api.ts';

export default function DiagnosisListPage() {
  const { t } = useTranslation();
  const l = useL();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const models = useQuery({ queryKey: ['diagnosis-models'], queryFn: diagnosisApi.models });
  const mine = useQuery({
    queryKey: ['my-assessments'],
    queryFn: () => diagnosisApi.list({ page: 1, pageSize: 50 }),
  });
  const start = useMutation({
    mutationFn: diagnosisApi.create,
    onSuccess: (a) => navigate(`/enterprise/diagnosis/${a.id}`),
    onError: (e) => reportError(e, message, t),
  });
  const exporter = useExport('/assessments/export.xlsx', 'assessments.xlsx');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {(models.data ?? []).map((m) => (
        <Card key={m.id} title={l(m.title)} size="small">
          <Typography.Paragraph>{t('diagnosis.intro')}</Typography.Paragraph>
          {m.summary && <Typography.Paragraph type="secondary">{l(m.summary)}</Typography.Paragraph>}
          <Button type="primary" loading={start.isPending} onClick={() => start.mutate(m.id)}>
            {t('diagnosis.start')}
          </Button>
        </Card>
      ))}
      <Card
        title={t('diagnosis.myAssessments')}
        size="small"
        extra={
          <Button
            size="small"
            icon={<DownloadOutlined />}
            loading={exporter.exporting}
            onClick={() => void exporter.run({})}
          >
            {t('common.export')}
          </Button>
        }
      >
        <Table<AssessmentSummary>
          rowKey="id"
          size="small"
          scroll={{ x: true }}
          loading={mine.isFetching}
          dataSource={mine.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t('diagnosis.empty')} /> }}
          columns={[
            { title: t('diagnosis.columns.model'), render: (_, a) => l(a.modelTitle) },
            {
              title: t('diagnosis.columns.status'),
              render: (_, a) => (
                <Tag color={a.status === 'submitted' ? 'green' : 'default'}>
                  {t(`diagnosis.status.${a.status}`)}
                </Tag>
              ),
            },
            {
              title: t('diagnosis.columns.score'),
              dataIndex: 'score',
              render: (s: number | null) => s ?? '—',
            },
            {
              title: t('diagnosis.columns.level'),
              render: (_, a) =>
                a.level === null
                  ? '—'
                  : a.level === 0
                    ? t('diagnosis.report.belowLevel1')
                    : t(`diagnosis.levels.${a.level}`),
            },
            {
              title: t('diagnosis.columns.updatedAt'),
              dataIndex: 'updatedAt',
              render: (d: string) => formatDateTime(d),
            },
            {
              key: 'open',
              render: (_, a) => (
                <Link to={`/enterprise/diagnosis/${a.id}`}>
                  {a.status === 'draft' ? t('diagnosis.continue') : t('diagnosis.view')}
                </Link>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
