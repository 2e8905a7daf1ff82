/** 复评对比 (T0 → T1): the change since the previous submitted assessment; nothing before a second one. */
import { useQuery } from '@tanstack/react-query';
import { Card, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { useL } from '../policy/shared.tsx';
import { diagnosisApi, type DiagnosisModel } from './api.ts';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export default function ChangeCard({ assessmentId, model }: { assessmentId: string; model: DiagnosisModel }) {
  const { t } = useTranslation();
  const l = useL();
  const { data } = useQuery({
    queryKey: ['assessment-change', assessmentId],
    queryFn: () => diagnosisApi.change(assessmentId),
  });
  if (!data?.previous || !data.change) {
    return null;
  }
  const levelName = (level: number) => t(`diagnosis.levels.${level}`);
  const nameOf = (id: string) => l(model.dimensions.find((d) => d.id === id)?.name);
  return (
    <Card size="small" title={t('diagnosis.report.change')} style={{ marginTop: 12 }} className="avoid-break">
      <Typography.Paragraph type="secondary">
        {t('diagnosis.report.changeSince', {
          date: formatDate(data.previous.submittedAt),
          score: data.previous.score,
          level: levelName(data.previous.level),
        })}
      </Typography.Paragraph>
      <Statistic
        title={t('diagnosis.report.changeTotal')}
        value={signed(data.change.scoreDelta)}
        valueStyle={{ color: data.change.scoreDelta >= 0 ? '#389e0d' : '#cf1322' }}
      />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        style={{ marginTop: 8 }}
        dataSource={data.change.dimensions}
        columns={[
          { title: t('diagnosis.report.dimension'), dataIndex: 'id', render: (id: string) => nameOf(id) },
          { title: 'T0', dataIndex: 'before', align: 'right' },
          { title: 'T1', dataIndex: 'after', align: 'right' },
          { title: '±', dataIndex: 'delta', align: 'right', render: (n: number) => signed(n) },
        ]}
      />
    </Card>
  );
}
