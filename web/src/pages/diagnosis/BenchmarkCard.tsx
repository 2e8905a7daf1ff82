/** 同行对标: the percentile among peers, always with the sample size and the cell actually used. */
import { useQuery } from '@tanstack/react-query';
import { Card, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { diagnosisApi } from './api.ts';

export default function BenchmarkCard({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: ['assessment-benchmark', assessmentId],
    queryFn: () => diagnosisApi.benchmark(assessmentId),
  });
  const b = data?.benchmark;
  return (
    <Card
      size="small"
      title={t('diagnosis.report.benchmark')}
      style={{ marginTop: 12 }}
      className="avoid-break"
    >
      {!data ? null : !b ? (
        <Typography.Text type="secondary">{t('diagnosis.report.benchmarkNone')}</Typography.Text>
      ) : (
        <>
          <Statistic value={t('diagnosis.report.benchmarkText', { percentile: b.percentile })} />
          <Typography.Paragraph data-testid="benchmark-scope" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('diagnosis.report.benchmarkScope', {
              cell: t(`diagnosis.report.cells.${b.cell}`),
              n: b.sampleSize,
            })}
          </Typography.Paragraph>
          {b.skipped.map((s) => (
            <Typography.Paragraph key={s.cell} type="secondary" style={{ marginBottom: 0 }}>
              {t('diagnosis.report.benchmarkSkipped', {
                cell: t(`diagnosis.report.cells.${s.cell}`),
                n: s.sampleSize,
                min: data.minSample,
              })}
            </Typography.Paragraph>
          ))}
          {b.thin && (
            <Typography.Paragraph type="warning" style={{ marginBottom: 0 }}>
              {t('diagnosis.report.benchmarkThin', { min: data.minSample })}
            </Typography.Paragraph>
          )}
        </>
      )}
    </Card>
  );
}
