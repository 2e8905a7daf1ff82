/** 活动与合作 (operator): contests with teams, forums, matchmaking events with agreements; 产教合作. */
import { useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, InputNumber, Select, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router-dom';
import { afterToday } from '../../lib/dates.ts';
import { formatDate } from '../../lib/format.ts';
import { eventKindValues } from '../../../../src/domain/center-platform/vocabulary.ts';
import { platformApi, toFen, yuan, type CenterSummary, type EventView, type IeAgreementView } from './api.ts';
import CenterListTab, { useCenterList } from './CenterListTab.tsx';
import FormModal from './FormModal.tsx';

type Fmt = { format: (f: string) => string };
const split = (s: string) =>
  s
    .split(/[、,，]+/)
    .map((x) => x.trim())
    .filter(Boolean);

export default function EventsPage() {
  const { t } = useTranslation();
  const center = useOutletContext<CenterSummary>();
  const slug = center.slug;
  const queryClient = useQueryClient();
  const [modal, setModal] = useState<{
    kind: 'event' | 'team' | 'agreement' | 'ie';
    event?: EventView;
  } | null>(null);
  const events = useCenterList(['events', slug], (q) => platformApi.events(slug, q), 10);
  const ie = useCenterList(['ie', slug], (q) => platformApi.ieAgreements(slug, q));
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['events', slug] });
    await queryClient.invalidateQueries({ queryKey: ['ie', slug] });
  };
  const close = () => setModal(null);
  const eventsTab = (
    <CenterListTab<EventView>
      list={events}
      create={{ label: t('centerPlatform.events.create'), onClick: () => setModal({ kind: 'event' }) }}
      exportTo={{ path: `/centers/${slug}/events/export.xlsx`, fileName: 'events.xlsx' }}
      expandable={{
        rowExpandable: (e) => e.teams.length + e.agreements.length > 0,
        expandedRowRender: (e) =>
          e.kind === 'contest' ? (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={e.teams}
              columns={[
                { title: t('centerPlatform.events.teamName'), dataIndex: 'name' },
                { title: t('centerPlatform.events.affiliation'), dataIndex: 'affiliation' },
                { title: t('centerPlatform.events.members'), dataIndex: 'members' },
              ]}
            />
          ) : (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={e.agreements}
              columns={[
                {
                  title: t('centerPlatform.events.parties'),
                  dataIndex: 'parties',
                  render: (p: string[]) => p.join('、'),
                },
                { title: t('centerPlatform.events.scenario'), dataIndex: 'scenario' },
                {
                  title: t('centerPlatform.events.amount'),
                  dataIndex: 'amountFen',
                  render: (v: number | null) => yuan(v),
                },
                {
                  title: t('centerPlatform.events.signedOn'),
                  dataIndex: 'signedOn',
                  render: (d: string) => formatDate(d),
                },
              ]}
            />
          ),
      }}
      columns={[
        {
          title: t('centerPlatform.events.heldOn'),
          dataIndex: 'heldOn',
          width: 130,
          render: (d: string) => formatDate(d),
        },
        {
          title: t('centerPlatform.events.kind'),
          dataIndex: 'kind',
          width: 130,
          render: (k: string) => <Tag>{t(`centerPlatform.events.kinds.${k}`)}</Tag>,
        },
        { title: t('centerPlatform.events.title'), dataIndex: 'title' },
        {
          title: t('common.actions'),
          key: 'act',
          width: 140,
          render: (_, e) =>
            e.kind === 'contest' ? (
              <Button size="small" onClick={() => setModal({ kind: 'team', event: e })}>
                {t('centerPlatform.events.addTeam')}
              </Button>
            ) : e.kind === 'matchmaking' ? (
              <Button size="small" onClick={() => setModal({ kind: 'agreement', event: e })}>
                {t('centerPlatform.events.addAgreement')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
  const ieTab = (
    <CenterListTab<IeAgreementView>
      list={ie}
      create={{ label: t('centerPlatform.events.addIe'), onClick: () => setModal({ kind: 'ie' }) }}
      columns={[
        {
          title: t('centerPlatform.events.signedOn'),
          dataIndex: 'signedOn',
          width: 130,
          render: (d: string) => formatDate(d),
        },
        { title: t('centerPlatform.events.title'), dataIndex: 'title' },
        { title: t('centerPlatform.events.enterpriseName'), dataIndex: 'enterpriseName' },
        { title: t('centerPlatform.events.institutionName'), dataIndex: 'institutionName' },
      ]}
    />
  );
  return (
    <>
      <Tabs
        items={[
          { key: 'events', label: t('centerPlatform.tabs.events'), children: eventsTab },
          { key: 'ie', label: t('centerPlatform.events.ie'), children: ieTab },
        ]}
      />
      <FormModal<{ kind: string; title: string; heldOn: Fmt; location?: string; participants?: number }>
        open={modal?.kind === 'event'}
        title={t('centerPlatform.events.create')}
        name="create-event"
        fields={['kind', 'title', 'heldOn']}
        onClose={close}
        onSubmit={async (v) => {
          await platformApi.createEvent(slug, {
            kind: v.kind as never,
            title: v.title,
            heldOn: v.heldOn.format('YYYY-MM-DD'),
            location: v.location ?? '',
            summary: '',
            participants: v.participants ?? null,
          });
          await refresh();
        }}
      >
        {() => (
          <>
            <Form.Item name="kind" label={t('centerPlatform.events.kind')} rules={[{ required: true }]}>
              <Select
                options={eventKindValues.map((k) => ({
                  value: k,
                  label: t(`centerPlatform.events.kinds.${k}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="title" label={t('centerPlatform.events.title')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="heldOn" label={t('centerPlatform.events.heldOn')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={afterToday} />
            </Form.Item>
            <Form.Item name="location" label={t('centerPlatform.events.location')}>
              <Input />
            </Form.Item>
            <Form.Item name="participants" label={t('centerPlatform.events.participants')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ name: string; affiliation?: string; members: number }>
        open={modal?.kind === 'team'}
        title={t('centerPlatform.events.addTeam')}
        name="add-team"
        fields={['name', 'members']}
        onClose={close}
        onSubmit={async (v) => {
          await platformApi.addTeam(slug, modal!.event!.id, {
            name: v.name,
            affiliation: v.affiliation ?? '',
            members: v.members,
          });
          await refresh();
        }}
      >
        {() => (
          <>
            <Form.Item name="name" label={t('centerPlatform.events.teamName')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="affiliation" label={t('centerPlatform.events.affiliation')}>
              <Input />
            </Form.Item>
            <Form.Item name="members" label={t('centerPlatform.events.members')} rules={[{ required: true }]}>
              <InputNumber min={1} max={100} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ parties: string; scenario: string; amountYuan?: number; signedOn: Fmt }>
        open={modal?.kind === 'agreement'}
        title={t('centerPlatform.events.addAgreement')}
        name="add-agreement"
        fields={['parties', 'scenario', 'signedOn']}
        onClose={close}
        onSubmit={async (v) => {
          await platformApi.addAgreement(slug, modal!.event!.id, {
            parties: split(v.parties),
            scenario: v.scenario,
            amountFen: toFen(v.amountYuan),
            signedOn: v.signedOn.format('YYYY-MM-DD'),
          });
          await refresh();
        }}
      >
        {() => (
          <>
            <Form.Item
              name="parties"
              label={t('centerPlatform.events.parties')}
              extra={t('centerPlatform.events.partiesHint')}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="scenario"
              label={t('centerPlatform.events.scenario')}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
            <Form.Item name="amountYuan" label={t('centerPlatform.events.amount')}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="signedOn"
              label={t('centerPlatform.events.signedOn')}
              rules={[{ required: true }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ title: string; enterpriseName: string; institutionName: string; signedOn: Fmt }>
        open={modal?.kind === 'ie'}
        title={t('centerPlatform.events.addIe')}
        name="add-ie"
        fields={['title', 'enterpriseName', 'institutionName', 'signedOn']}
        onClose={close}
        onSubmit={async (v) => {
          await platformApi.createIe(slug, { ...v, signedOn: v.signedOn.format('YYYY-MM-DD') });
          await refresh();
        }}
      >
        {() => (
          <>
            <Form.Item name="title" label={t('centerPlatform.events.title')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item
              name="enterpriseName"
              label={t('centerPlatform.events.enterpriseName')}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="institutionName"
              label={t('centerPlatform.events.institutionName')}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="signedOn"
              label={t('centerPlatform.events.signedOn')}
              rules={[{ required: true }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
