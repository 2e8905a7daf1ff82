/** Small shared pieces of the matching screens: status tags, budget text, the explanation table. */
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DemandView, MatchView } from './api.ts';

const STATUS_COLORS: Record<DemandView['status'], string> = {
  pending_review: 'gold',
  published: 'green',
  rejected: 'red',
  closed: 'default',
  expired: 'default',
};

export function DemandStatusTag({ demand }: { demand: DemandView }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[demand.status]}>
      {t(`matching.statuses.${demand.status}`)}
      {demand.outcome ? ` · ${t(`matching.outcomes.${demand.outcome}`)}` : ''}
    </Tag>
  );
}

const yuanText = (fen: number) => (fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 });

export function budgetText(d: Pick<DemandView, 'budgetMinFen' | 'budgetMaxFen'>, none: string): string {
  if (d.budgetMinFen === null && d.budgetMaxFen === null) {
    return none;
  }
  return `${d.budgetMinFen === null ? '—' : yuanText(d.budgetMinFen)} ~ ${d.budgetMaxFen === null ? '—' : yuanText(d.budgetMaxFen)} 元`;
}

/** Every component of a score: its fit, its points, why, and why not higher. */
export function ExplanationTable({ explanation }: { explanation: MatchView['explanation'] }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="name"
      pagination={false}
      dataSource={explanation}
      columns={[
        {
          title: t('matching.matches.component'),
          dataIndex: 'name',
          render: (n: string) => t(`matching.components.${n}`),
        },
        {
          title: t('matching.matches.value'),
          dataIndex: 'value',
          align: 'right',
          render: (v: number) => `${Math.round(v * 100)}%`,
        },
        {
          title: t('matching.matches.contribution'),
          dataIndex: 'contribution',
          align: 'right',
          render: (v: number, row) => `${(v * 100).toFixed(1)} / ${(row.weight * 100).toFixed(0)}`,
        },
        { title: t('matching.matches.why'), dataIndex: 'why' },
        {
          title: t('matching.matches.whyNotHigher'),
          dataIndex: 'whyNotHigher',
          render: (v: string | null) => v ?? '—',
        },
      ]}
    />
  );
}
