/** Declared vs proven, one row per quantitative check: the difference highlighted, large gaps flagged, records one click away. */
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatNumber } from '../../lib/format.ts';
import type { EvidenceRowView } from './api.ts';
import { useLocalized } from './shared.tsx';
import { useDocumentTitle } from '../../lib/citation.ts';

const RESULT_COLORS: Record<string, string> = {
  met: 'green',
  not_met: 'red',
  needs_judgement: 'gold',
  missing_value: 'default',
};

export default function EvidenceTable({
  rows,
  recordsLink,
}: {
  rows: EvidenceRowView[];
  recordsLink: string;
}) {
  const { t } = useTranslation();
  const docTitle = useDocumentTitle();
  const loc = useLocalized();
  const columns: ColumnsType<EvidenceRowView> = [
    {
      title: t('evaluation.form.criterion'),
      key: 'criterion',
      render: (_, r) => (
        <Tooltip title={`${docTitle(r.source.file)} ${r.source.ref}：${r.source.text}`}>
          <span>{loc(r.name)}</span>
        </Tooltip>
      ),
    },
    {
      title: t('evaluation.form.metric'),
      key: 'metric',
      width: 170,
      render: (_, r) => (
        <>
          {loc(r.metricName)}
          <Typography.Text type="secondary"> （{loc(r.unit)}）</Typography.Text>
        </>
      ),
    },
    { title: t('evaluation.form.requirement'), dataIndex: 'requirement', width: 90 },
    {
      title: t('evaluation.form.proven'),
      key: 'proven',
      width: 110,
      align: 'right',
      render: (_, r) =>
        r.basis === 'records' ? (
          <strong data-testid={`proven-${r.metric}`}>{formatNumber(r.proven)}</strong>
        ) : (
          <Tooltip title={t('evaluation.form.declaredOnly')}>
            <Typography.Text type="secondary">—</Typography.Text>
          </Tooltip>
        ),
    },
    {
      title: t('evaluation.form.declared'),
      key: 'declared',
      width: 100,
      align: 'right',
      render: (_, r) => <span data-testid={`declared-${r.metric}`}>{formatNumber(r.declared)}</span>,
    },
    {
      title: t('evaluation.form.difference'),
      key: 'difference',
      width: 150,
      render: (_, r) =>
        r.difference === null ? (
          '—'
        ) : (
          <span data-testid={`difference-${r.metric}`}>
            <Typography.Text
              type={r.flagged ? 'danger' : r.difference > 0 ? 'warning' : undefined}
              strong={r.flagged}
            >
              {r.difference > 0 ? '+' : ''}
              {formatNumber(r.difference)}
              {r.excessRatio !== null &&
                ` (${r.excessRatio > 0 ? '+' : ''}${Math.round(r.excessRatio * 100)}%)`}
            </Typography.Text>
            {r.flagged && (
              <Tag color="red" style={{ marginLeft: 6 }} data-testid={`flag-${r.metric}`}>
                {t('evaluation.form.flagged')}
              </Tag>
            )}
          </span>
        ),
    },
    {
      title: `${t('evaluation.form.pending')} / ${t('evaluation.form.disputed')}`,
      key: 'pending',
      width: 110,
      render: (_, r) => (r.basis === 'records' ? `${r.pending} / ${r.disputed}` : '—'),
    },
    {
      title: t('evaluation.form.result'),
      key: 'status',
      width: 100,
      render: (_, r) => (
        <Tag color={RESULT_COLORS[r.status]}>{t(`evaluation.form.criteriaStatus.${r.status}`)}</Tag>
      ),
    },
    {
      title: '',
      key: 'records',
      width: 90,
      render: (_, r) =>
        r.basis === 'records' ? (
          <Link to={`${recordsLink}&metric=${r.metric}`}>{t('evaluation.form.records')}</Link>
        ) : null,
    },
  ];
  return (
    <Table<EvidenceRowView>
      rowKey={(r) => `${r.criterionId}-${r.metric}`}
      size="small"
      pagination={false}
      columns={columns}
      dataSource={rows}
      rowClassName={(r) => (r.flagged ? 'evaluation-flagged-row' : '')}
      onRow={(r) => (r.flagged ? { style: { background: '#fff1f0' } } : {})}
      scroll={{ x: 1000 }}
    />
  );
}
