/** The result of a submitted assessment: total, level, dimensions, radar, scenario ladder, warnings. */
import { PrinterOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Progress,
  Row,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagnosisResultView } from '../../../../src/contracts/diagnosis.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useL } from '../policy/shared.tsx';
import type { AssessmentView, DiagnosisModel } from './api.ts';
import BenchmarkCard from './BenchmarkCard.tsx';
import ChangeCard from './ChangeCard.tsx';
import RadarChart from './RadarChart.tsx';
import PrintStyle from './PrintStyle.tsx';

type ScoreRow = { key: string; name: string; score: number; max: number; children?: ScoreRow[] };

export default function AssessmentReport({
  model,
  assessment,
  result,
}: {
  model: DiagnosisModel;
  assessment: AssessmentView;
  result: DiagnosisResultView;
}) {
  const { t } = useTranslation();
  const l = useL();
  const axes = useMemo(
    () => result.dimensions.map((d) => ({ name: l(d.name), score: d.score, max: d.max })),
    [result, l],
  );
  const rows: ScoreRow[] = result.dimensions.map((d) => ({
    key: d.id,
    name: l(d.name),
    score: d.score,
    max: d.max,
    children: d.indicators.map((i) => ({ key: i.id, name: l(i.name), score: i.score, max: i.max })),
  }));
  const top = Math.max(...model.scenarios.map((s) => s.levels.length), 4);
  return (
    <div className="diagnosis-report">
      <PrintStyle />
      <div className="no-print" style={{ textAlign: 'right', marginBottom: 8 }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('diagnosis.report.print')}
        </Button>
      </div>
      <Typography.Title level={3} style={{ textAlign: 'center' }}>
        {t('diagnosis.report.title')}
      </Typography.Title>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={null}>
          {t('diagnosis.report.enterprise', { name: assessment.organisation.name })}
        </Descriptions.Item>
        <Descriptions.Item label={null}>
          {t('diagnosis.report.source', {
            title: l(model.source.title),
            docNumber: model.source.docNumber ?? '',
          })}
        </Descriptions.Item>
        <Descriptions.Item label={null}>
          {t('diagnosis.report.submittedAt', { date: formatDateTime(assessment.submittedAt) })}
        </Descriptions.Item>
      </Descriptions>
      {result.uncertain && (
        <Alert
          type="info"
          showIcon
          style={{ margin: '12px 0' }}
          message={t('diagnosis.report.uncertain')}
          description={l(model.levels.note)}
        />
      )}
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('diagnosis.report.total')}
              value={result.score}
              suffix={`/ ${result.maxScore}`}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('diagnosis.report.level')}
              value={result.levelName ? l(result.levelName) : t('diagnosis.report.belowLevel1')}
              valueStyle={{ color: result.level > 0 ? '#1677ff' : undefined }}
            />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={t('diagnosis.report.radar')} className="avoid-break">
            <RadarChart axes={axes} />
          </Card>
        </Col>
      </Row>
      <BenchmarkCard assessmentId={assessment.id} />
      <ChangeCard assessmentId={assessment.id} model={model} />
      <Card
        size="small"
        title={t('diagnosis.report.dimensions')}
        style={{ marginTop: 12 }}
        className="avoid-break"
      >
        <Table<ScoreRow>
          size="small"
          pagination={false}
          dataSource={rows}
          expandable={{ defaultExpandAllRows: true }}
          columns={[
            { title: t('diagnosis.report.dimension'), dataIndex: 'name' },
            { title: t('diagnosis.report.score'), dataIndex: 'score', align: 'right' },
            { title: t('diagnosis.report.max'), dataIndex: 'max', align: 'right' },
          ]}
        />
      </Card>
      {result.scenarios.length > 0 && (
        <Card
          size="small"
          title={t('diagnosis.report.scenarios')}
          style={{ marginTop: 12 }}
          className="page-break-before"
        >
          {result.scenarios.map((s) => (
            <Row key={s.id} align="middle" gutter={8} style={{ marginBottom: 4 }}>
              <Col flex="96px">{l(s.name)}</Col>
              <Col flex="auto">
                <Progress steps={top} percent={((s.level ?? 0) / top) * 100} showInfo={false} size="small" />
              </Col>
              <Col flex="48px">
                <Tag>{t(`diagnosis.levels.${s.level ?? 0}`)}</Tag>
              </Col>
            </Row>
          ))}
        </Card>
      )}
      <Card size="small" title={t('diagnosis.report.warnings')} style={{ marginTop: 12 }}>
        {result.warnings.length === 0 ? (
          <Typography.Text type="secondary">{t('diagnosis.report.noWarnings')}</Typography.Text>
        ) : (
          result.warnings.map((w) => (
            <Alert key={w.id} type="warning" showIcon message={l(w.message)} style={{ marginBottom: 8 }} />
          ))
        )}
      </Card>
    </div>
  );
}
