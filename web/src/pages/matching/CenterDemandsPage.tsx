/** 需求对接 (center operator): the need pool of its center — moderate pending needs, open any need. */
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useOutletContext } from 'react-router-dom';
import { formatDate } from '../../lib/format.ts';
import { useExport } from '../../lib/use-export.ts';
import { reportError } from '../center/errors.ts';
import { matchingApi, type DemandView } from './api.ts';
import { DemandStatusTag } from './labels.tsx';
import PostDemandModal from './PostDemandModal.tsx';

export default function CenterDemandsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const center = useOutletContext<{ id: string; slug: string }>();
  const queryClient = useQueryClient();
  const [posting, setPosting] = useState(false);
  const demands = useQuery({
    queryKey: ['demands', center.id],
    queryFn: () => matchingApi.demands({ centerId: center.id }),
  });
  const mine = demands.data?.items ?? [];
  const exporter = useExport('/demands/export.xlsx', 'demands.xlsx');
  const moderate = async (d: DemandView, decision: 'publish' | 'reject') => {
    try {
      await matchingApi.moderate(d.id, { decision, note: '', version: d.version });
      void message.success(
        t(decision === 'publish' ? 'matching.moderate.published' : 'matching.moderate.rejected'),
      );
      await queryClient.invalidateQueries({ queryKey: ['demands'] });
    } catch (error) {
      reportError(error, message, t);
    }
  };
  return (
    <Card
      title={t('matching.centerDemands')}
      extra={
        <Space>
          <Button
            icon={<DownloadOutlined />}
            loading={exporter.exporting}
            onClick={() => void exporter.run({ centerId: center.id })}
          >
            {t('common.export')}
          </Button>
          <Button icon={<PlusOutlined />} onClick={() => setPosting(true)}>
            {t('matching.post')}
          </Button>
        </Space>
      }
    >
      <Table<DemandView>
        rowKey="id"
        loading={demands.isFetching}
        dataSource={mine}
        pagination={false}
        columns={[
          {
            title: t('matching.title'),
            dataIndex: 'title',
            render: (title: string, d) => <Link to={`/center/${center.slug}/demands/${d.id}`}>{title}</Link>,
          },
          { title: t('matching.enterprise'), dataIndex: 'enterpriseName' },
          { title: t('matching.industry'), dataIndex: 'industryName' },
          {
            title: t('matching.postedBy'),
            dataIndex: 'postedBy',
            render: (p: string) => t(`matching.posters.${p}`),
          },
          { title: t('matching.deadline'), dataIndex: 'deadline' },
          { title: t('matching.status'), render: (_: unknown, d) => <DemandStatusTag demand={d} /> },
          { title: t('matching.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDate(v) },
          {
            title: '',
            render: (_: unknown, d) =>
              d.abilities.moderate && (
                <Space>
                  <Button size="small" type="primary" onClick={() => void moderate(d, 'publish')}>
                    {t('matching.moderate.publish')}
                  </Button>
                  <Button size="small" danger onClick={() => void moderate(d, 'reject')}>
                    {t('matching.moderate.reject')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <PostDemandModal
        open={posting}
        centerSlug={center.slug}
        onClose={() => setPosting(false)}
        onPosted={() => queryClient.invalidateQueries({ queryKey: ['demands'] })}
      />
    </Card>
  );
}
