/** The events a center has held, as its public page lists them: kind, date, place and who took part. */
import { useQuery } from '@tanstack/react-query';
import { Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { trainingApi } from './api.ts';

export default function CenterEvents({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data, isPending } = useQuery({
    queryKey: ['center-events-public', slug],
    queryFn: () => trainingApi.events(slug, { pageSize: 10 }),
  });
  return (
    <List
      data-testid="center-events"
      loading={isPending}
      dataSource={data?.items ?? []}
      locale={{ emptyText: <Empty description={t('training.events.empty')} /> }}
      renderItem={(e) => (
        <List.Item>
          <List.Item.Meta
            title={e.title}
            description={
              <Space wrap size={8}>
                <Tag>{t(`training.events.kinds.${e.kind}`)}</Tag>
                <span>{formatDate(e.heldOn)}</span>
                {e.location && <span>{e.location}</span>}
                {e.participants !== null && (
                  <span>{t('training.events.participants', { n: formatNumber(e.participants) })}</span>
                )}
                {e.teams > 0 && <span>{t('training.events.teams', { n: e.teams })}</span>}
                {e.agreements > 0 && <span>{t('training.events.agreements', { n: e.agreements })}</span>}
              </Space>
            }
          />
          {e.summary && (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {e.summary}
            </Typography.Paragraph>
          )}
        </List.Item>
      )}
    />
  );
}
