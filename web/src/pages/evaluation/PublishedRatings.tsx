/** The published annual evaluation results of a center, with their years (public; shown on the directory page). */
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../lib/format.ts';
import { evaluationApi, type PublishedRatingView } from './api.ts';
import { useLocalized } from './shared.tsx';
import { useDocumentTitle } from '../../lib/citation.ts';

export default function PublishedRatings({ centerId }: { centerId: string }) {
  const { t } = useTranslation();
  const docTitle = useDocumentTitle();
  const loc = useLocalized();
  const { data } = useQuery({
    queryKey: ['ratings', centerId],
    queryFn: () => evaluationApi.ratings(centerId),
  });
  const items = data?.items ?? [];
  return (
    <Card title={t('evaluation.ratings.title')} data-testid="published-ratings">
      {items.length === 0 ? (
        <Empty description={t('evaluation.ratings.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table<PublishedRatingView>
          rowKey="year"
          size="small"
          pagination={false}
          dataSource={items}
          columns={[
            {
              title: t('evaluation.year'),
              key: 'year',
              render: (_, r) => t('evaluation.ratings.yearRating', { year: r.year }),
            },
            {
              title: t('evaluation.rating'),
              key: 'rating',
              render: (_, r) => (
                <Tag color={r.rating === 'fail' || r.rating === '1' ? 'red' : 'green'}>{loc(r.label)}</Tag>
              ),
            },
            {
              title: t('evaluation.ratings.publishedOn'),
              key: 'on',
              render: (_, r) => formatDate(r.publishedOn),
            },
            {
              title: '',
              key: 'verify',
              render: (_, r) => (
                <Link to={`/verify/${r.id}?kind=rating`}>{t('transparency.verifyLink')}</Link>
              ),
            },
            {
              title: t('evaluation.ratings.source'),
              key: 'src',
              render: (_, r) =>
                r.source ? (
                  <Tooltip title={`${docTitle(r.source.file)} ${r.source.ref}：${r.source.text}`}>
                    <Typography.Text type="secondary">{r.source.ref}</Typography.Text>
                  </Tooltip>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      )}
    </Card>
  );
}
