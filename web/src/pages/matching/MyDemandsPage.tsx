/** 需求对接 (enterprise): the needs it posted, posting a new one, and invitations received as a supplier. */
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../lib/format.ts';
import { reportError } from '../center/errors.ts';
import { matchingApi, type DemandView, type InvitationView } from './api.ts';
import { DemandStatusTag } from './labels.tsx';
import PostDemandModal from './PostDemandModal.tsx';

export default function MyDemandsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [posting, setPosting] = useState(false);
  const demands = useQuery({ queryKey: ['my-demands'], queryFn: matchingApi.myDemands });
  const received = useQuery({ queryKey: ['my-invitations'], queryFn: matchingApi.myInvitations });
  const answer = async (inv: InvitationView, value: 'accepted' | 'declined') => {
    try {
      await matchingApi.answer(inv.id, { answer: value, note: '', version: inv.version });
      void message.success(t('matching.invitations.answered'));
      await queryClient.invalidateQueries({ queryKey: ['my-invitations'] });
    } catch (error) {
      reportError(error, message, t);
    }
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('matching.myDemands')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPosting(true)}>
            {t('matching.post')}
          </Button>
        }
      >
        <Table<DemandView>
          rowKey="id"
          loading={demands.isFetching}
          dataSource={demands.data?.items ?? []}
          pagination={false}
          columns={[
            {
              title: t('matching.title'),
              dataIndex: 'title',
              render: (title: string, d) => <Link to={`/enterprise/demands/${d.id}`}>{title}</Link>,
            },
            { title: t('matching.industry'), dataIndex: 'industryName' },
            { title: t('matching.center'), dataIndex: ['center', 'name'], ellipsis: true },
            { title: t('matching.deadline'), dataIndex: 'deadline' },
            { title: t('matching.status'), render: (_: unknown, d) => <DemandStatusTag demand={d} /> },
            { title: t('matching.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDate(v) },
          ]}
        />
      </Card>
      {(received.data?.items.length ?? 0) > 0 && (
        <Card title={t('matching.invitations.received')}>
          <Table<InvitationView>
            rowKey="id"
            dataSource={received.data?.items ?? []}
            pagination={false}
            columns={[
              { title: t('matching.invitations.demand'), dataIndex: 'demandTitle' },
              { title: t('matching.invitations.resource'), dataIndex: 'resourceTitle' },
              {
                title: t('matching.invitations.score'),
                dataIndex: 'score',
                align: 'right',
                render: (v: number) => (v * 100).toFixed(1),
              },
              {
                title: t('matching.invitations.status'),
                dataIndex: 'status',
                render: (s: string) => <Tag>{t(`matching.invitations.statuses.${s}`)}</Tag>,
              },
              {
                title: '',
                render: (_: unknown, inv) =>
                  inv.abilities.answer && (
                    <Space>
                      <Button size="small" type="primary" onClick={() => void answer(inv, 'accepted')}>
                        {t('matching.invitations.accept')}
                      </Button>
                      <Button size="small" onClick={() => void answer(inv, 'declined')}>
                        {t('matching.invitations.decline')}
                      </Button>
                    </Space>
                  ),
              },
            ]}
          />
        </Card>
      )}
      <PostDemandModal
        open={posting}
        onClose={() => setPosting(false)}
        onPosted={async () => {
          void message.info(t('matching.posted'));
          await queryClient.invalidateQueries({ queryKey: ['my-demands'] });
        }}
      />
    </Space>
  );
}
