/** 全国名录: recognised and revoked centers per province (national admin: all; provincial: its own). */
import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { directoryApi, type DirectorySummary } from '../publicity/api.ts';

type Row = DirectorySummary['provinces'][number];

export default function ProvinceSummary() {
  const { t } = useTranslation();
  const { data, isFetching } = useQuery({
    queryKey: ['directory', 'summary'],
    queryFn: directoryApi.summary,
  });
  const rows = (data?.provinces ?? []).filter(
    (p) => p.recognised + p.revoked > 0 || data?.provinces.length === 1,
  );
  return (
    <Table<Row>
      rowKey="regionCode"
      size="small"
      loading={isFetching}
      dataSource={rows}
      pagination={false}
      data-testid="province-summary"
      columns={[
        { title: t('directory.province'), dataIndex: 'regionName' },
        { title: t('directory.recognisedCount'), dataIndex: 'recognised', width: 120 },
        {
          title: t('directory.byLevel'),
          key: 'levels',
          width: 220,
          render: (_, r) =>
            [r.byLevel.national ?? 0, r.byLevel.provincial ?? 0, r.byLevel.municipal ?? 0].join(' / '),
        },
        { title: t('directory.revokedCount'), dataIndex: 'revoked', width: 120 },
      ]}
    />
  );
}
