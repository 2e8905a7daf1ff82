/** 需求对接 (center operator): the need pool of its center — moderate pending needs, open any need. */
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useOutletContext } from 'react-router-dom';
import { formatDate } from '../../lib/format.ts';
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
  const demands = useQuery({ queryKey: ['demands'], queryFn: () => matchingApi.demands() });
  const mine = (demands.data?.items ?? []).filter((d) => d.center.id === center.id);
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
        <Button icon={<PlusOutlined />} onClick={() => setPosting(true)}>
          {t('matching.post')}
        </Button>
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
