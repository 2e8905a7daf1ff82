/** 无结果检索词: what visitors searched in the catalog and did not find (anonymised, most frequent first). */
import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { SearchMissList } from '../../../../src/contracts/search.ts';

export default function SearchMissesPanel() {
  const { t } = useTranslation();
  const { data, isLoading } = useQuery({
    queryKey: ['search-misses'],
    queryFn: () => api<SearchMissList>('/search/misses'),
  });
  return (
    <>
      <Typography.Paragraph type="secondary">{t('resources.admin.misses.hint')}</Typography.Paragraph>
      <Table
        rowKey="query"
        size="small"
        loading={isLoading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20 }}
        data-testid="search-misses"
        columns={[
          { title: t('resources.admin.misses.query'), dataIndex: 'query' },
          { title: t('resources.admin.misses.count'), dataIndex: 'count', width: 100 },
          { title: t('resources.admin.misses.firstSeen'), dataIndex: 'firstSeenOn', width: 140 },
          { title: t('resources.admin.misses.lastSeen'), dataIndex: 'lastSeenOn', width: 140 },
        ]}
      />
    </>
  );
}
