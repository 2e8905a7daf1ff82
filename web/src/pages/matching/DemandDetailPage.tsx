/**
 * One need: its details, the ranked matches with the explanation of every score (expand a row), inviting
 * suppliers, the invitations with their answers, and — for the center — recording the agreement.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import PageLoading from '../../components/PageLoading.tsx';
import { reportError } from '../center/errors.ts';
import FormModal from '../center/FormModal.tsx';
import { matchingApi, type InvitationView, type MatchView } from './api.ts';
import { budgetText, DemandStatusTag, ExplanationTable } from './labels.tsx';

export default function DemandDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<string[]>([]);
  const [agreeing, setAgreeing] = useState(false);
  const [closing, setClosing] = useState(false);
  const demand = useQuery({ queryKey: ['demand', id], queryFn: () => matchingApi.demand(id) });
  const matches = useQuery({ queryKey: ['demand', id, 'matches'], queryFn: () => matchingApi.matches(id) });
  const invitations = useQuery({
    queryKey: ['demand', id, 'invitations'],
    queryFn: () => matchingApi.invitations(id),
  });
  if (!demand.data) {
    return <PageLoading />;
  }
  const d = demand.data;
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['demand', id] });
  const invite = async () => {
    try {
      const { ids } = await matchingApi.invite(id, selected);
      void message.success(t('matching.matches.inviteDone', { count: ids.length }));
      setSelected([]);
      await refresh();
    } catch (error) {
      reportError(error, message, t);
    }
  };
  const accepted = (invitations.data?.items ?? []).filter((i) => i.abilities.recordAgreement);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={d.title}
        extra={
          <Space>
            <DemandStatusTag demand={d} />
            {d.abilities.close && (
              <Button onClick={() => setClosing(true)}>{t('matching.close.action')}</Button>
            )}
          </Space>
        }
      >
        <Descriptions column={2} size="small">
          <Descriptions.Item label={t('matching.enterprise')}>{d.enterpriseName}</Descriptions.Item>
          <Descriptions.Item label={t('matching.center')}>{d.center.name}</Descriptions.Item>
          <Descriptions.Item label={t('matching.industry')}>{d.industryName}</Descriptions.Item>
          <Descriptions.Item label={t('matching.scenarios')}>
            {d.scenarios.map((s) => t(`resources.scenarios.${s}`)).join('、') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('matching.region')}>{d.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('matching.budget')}>
            {budgetText(d, t('matching.noBudget'))}
          </Descriptions.Item>
          <Descriptions.Item label={t('matching.deadline')}>{d.deadline}</Descriptions.Item>
          <Descriptions.Item label={t('matching.contact')}>
            {d.contact ? `${d.contact.name} ${d.contact.phone}` : t('matching.contactHidden')}
          </Descriptions.Item>
          <Descriptions.Item label={t('matching.description')} span={2}>
            {d.description}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('matching.matches.title')}
        extra={
          <Button
            type="primary"
            disabled={!d.abilities.invite || selected.length === 0}
            onClick={() => void invite()}
          >
            {t('matching.matches.invite')}
          </Button>
        }
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            d.abilities.invite || d.status !== 'pending_review'
              ? t('matching.matches.hint')
              : t('matching.matches.notPublished')
          }
          description={
            matches.data && matches.data.excludedCount > 0
              ? t('matching.matches.excluded', { count: matches.data.excludedCount })
              : undefined
          }
        />
        <Table<MatchView>
          rowKey={(m) => m.resource.id}
          loading={matches.isFetching}
          dataSource={matches.data?.items ?? []}
          pagination={false}
          rowSelection={
            d.abilities.invite
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys as string[]),
                  getCheckboxProps: (m) => ({
                    disabled: m.invitationId !== null,
                    'aria-label': m.resource.title,
                  }),
                }
              : undefined
          }
          expandable={{ expandedRowRender: (m) => <ExplanationTable explanation={m.explanation} /> }}
          columns={[
            { title: t('matching.matches.rank'), render: (_: unknown, __, i) => i + 1, width: 64 },
            { title: t('matching.matches.resource'), render: (_: unknown, m) => m.resource.title },
            { title: t('matching.matches.provider'), render: (_: unknown, m) => m.resource.providerName },
            {
              title: t('matching.matches.score'),
              dataIndex: 'score',
              align: 'right',
              render: (v: number) => (v * 100).toFixed(1),
            },
            {
              title: '',
              render: (_: unknown, m) =>
                m.invitationId && <Tag color="blue">{t('matching.matches.invited')}</Tag>,
            },
          ]}
        />
      </Card>
      <Card
        title={t('matching.invitations.title')}
        extra={
          accepted.length > 0 && (
            <Button type="primary" onClick={() => setAgreeing(true)}>
              {t('matching.agreement.record')}
            </Button>
          )
        }
      >
        <Table<InvitationView>
          rowKey="id"
          dataSource={invitations.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('matching.invitations.none') }}
          expandable={{ expandedRowRender: (i) => <ExplanationTable explanation={i.explanation} /> }}
          columns={[
            { title: t('matching.invitations.provider'), dataIndex: 'providerName' },
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
              title: t('matching.invitations.amount'),
              dataIndex: 'agreementAmountFen',
              align: 'right',
              render: (v: number | null) => (v === null ? '—' : (v / 100).toLocaleString('zh-CN')),
            },
            {
              title: t('matching.invitations.agreedOn'),
              dataIndex: 'agreedOn',
              render: (v: string | null) => v ?? '—',
            },
          ]}
        />
      </Card>
      <FormModal<{ invitationId: string; amountFen: number; agreedOn: Dayjs; note: string }>
        open={agreeing}
        title={t('matching.agreement.record')}
        name="record-agreement"
        fields={['invitationId', 'amountFen', 'agreedOn', 'note']}
        onClose={() => setAgreeing(false)}
        onSubmit={async (v) => {
          await matchingApi.agreement(id, {
            invitationId: v.invitationId,
            amountFen: Math.round(v.amountFen * 100),
            agreedOn: v.agreedOn.format('YYYY-MM-DD'),
            note: v.note ?? '',
          });
          void message.info(t('matching.agreement.done'));
          await refresh();
        }}
      >
        {() => (
          <>
            <Form.Item
              name="invitationId"
              label={t('matching.agreement.invitation')}
              rules={[{ required: true }]}
            >
              <Select options={accepted.map((i) => ({ value: i.id, label: i.providerName }))} />
            </Form.Item>
            <Form.Item name="amountFen" label={t('matching.agreement.amount')} rules={[{ required: true }]}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="agreedOn" label={t('matching.agreement.agreedOn')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="note" label={t('matching.agreement.note')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ outcome: 'no_match' | 'withdrawn'; note?: string }>
        open={closing}
        title={t('matching.close.action')}
        name="close-demand"
        fields={['outcome', 'note']}
        onClose={() => setClosing(false)}
        onSubmit={async (v) => {
          await matchingApi.close(id, { outcome: v.outcome, note: v.note ?? '', version: d.version });
          void message.info(t('matching.close.done'));
          await refresh();
        }}
      >
        {() => (
          <>
            <Form.Item name="outcome" label={t('matching.close.outcome')} rules={[{ required: true }]}>
              <Radio.Group
                options={(['no_match', 'withdrawn'] as const).map((o) => ({
                  value: o,
                  label: t(`matching.outcomes.${o}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="note" label={t('matching.close.note')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Space>
  );
}
