/** 惠企服务 (operator): trial-then-buy, discounts, shared equipment and capacity; claims and bookings. */
import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, InputNumber, Select, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { offerKindValues } from '../../../../src/domain/center-platform/vocabulary.ts';
import {
  platformApi,
  toFen,
  yuan,
  type BookingView,
  type CenterSummary,
  type ClaimView,
  type OfferView,
} from './api.ts';
import CenterListTab, { useCenterList } from './CenterListTab.tsx';
import FormModal from './FormModal.tsx';

export default function OffersPage() {
  const { t } = useTranslation();
  const { slug } = useOutletContext<CenterSummary>();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const offers = useCenterList(['offers', slug], (q) => platformApi.offers(slug, q));
  const claims = useCenterList(['claims', slug], (q) => platformApi.centerClaims(slug, q));
  const bookings = useCenterList(['bookings', slug], (q) => platformApi.centerBookings(slug, q));
  return (
    <>
      <Tabs
        items={[
          {
            key: 'offers',
            label: t('centerPlatform.tabs.offers'),
            children: (
              <CenterListTab<OfferView>
                list={offers}
                exportTo={{ path: `/centers/${slug}/offers/export.xlsx`, fileName: 'offers.xlsx' }}
                create={{ label: t('centerPlatform.offers.create'), onClick: () => setCreating(true) }}
                columns={[
                  {
                    title: t('centerPlatform.offers.kind'),
                    dataIndex: 'kind',
                    width: 140,
                    render: (k: string) => <Tag>{t(`centerPlatform.offers.kinds.${k}`)}</Tag>,
                  },
                  { title: t('centerPlatform.offers.title'), dataIndex: 'title' },
                  { title: t('centerPlatform.offers.provider'), dataIndex: 'provider' },
                  {
                    title: t('centerPlatform.offers.listPrice'),
                    dataIndex: 'listPriceFen',
                    align: 'right',
                    render: (v: number | null) => yuan(v),
                  },
                  {
                    title: t('centerPlatform.offers.offerPrice'),
                    dataIndex: 'offerPriceFen',
                    align: 'right',
                    render: (v: number | null) => yuan(v),
                  },
                  { title: t('centerPlatform.offers.uses'), dataIndex: 'uses', width: 100 },
                ]}
              />
            ),
          },
          {
            key: 'claims',
            label: t('centerPlatform.offers.claims'),
            children: (
              <CenterListTab<ClaimView>
                list={claims}
                exportTo={{ path: `/centers/${slug}/claims/export.xlsx`, fileName: 'claims.xlsx' }}
                columns={[
                  {
                    title: t('centerPlatform.offers.claimedOn'),
                    dataIndex: 'claimedOn',
                    render: (d: string) => formatDate(d),
                  },
                  { title: t('centerPlatform.offers.title'), dataIndex: 'offerTitle' },
                  {
                    title: t('centerPlatform.finance.enterprise'),
                    key: 'org',
                    render: (_, c) => c.organisation.name,
                  },
                  {
                    title: t('centerPlatform.offers.status'),
                    dataIndex: 'status',
                    render: (s: string) => t(`centerPlatform.offers.statuses.${s}`),
                  },
                ]}
              />
            ),
          },
          {
            key: 'bookings',
            label: t('centerPlatform.offers.bookings'),
            children: (
              <CenterListTab<BookingView>
                list={bookings}
                exportTo={{ path: `/centers/${slug}/bookings/export.xlsx`, fileName: 'bookings.xlsx' }}
                columns={[
                  {
                    title: t('centerPlatform.offers.slot'),
                    key: 'slot',
                    render: (_, b) => `${formatDateTime(b.startsAt)} – ${formatDateTime(b.endsAt).slice(-5)}`,
                  },
                  { title: t('centerPlatform.offers.title'), dataIndex: 'offerTitle' },
                  {
                    title: t('centerPlatform.finance.enterprise'),
                    key: 'org',
                    render: (_, b) => b.organisation.name,
                  },
                  {
                    title: t('centerPlatform.offers.status'),
                    dataIndex: 'status',
                    render: (s: string) => t(`centerPlatform.offers.statuses.${s}`),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      <FormModal<{
        kind: string;
        title: string;
        provider: string;
        summary?: string;
        listYuan?: number;
        offerYuan?: number;
        trialDays?: number;
      }>
        open={creating}
        title={t('centerPlatform.offers.create')}
        name="create-offer"
        fields={['kind', 'title', 'provider', 'trialDays']}
        onClose={() => setCreating(false)}
        onSubmit={async (v) => {
          await platformApi.createOffer(slug, {
            kind: v.kind as never,
            title: v.title,
            provider: v.provider,
            summary: v.summary ?? '',
            listPriceFen: toFen(v.listYuan),
            offerPriceFen: toFen(v.offerYuan),
            trialDays: v.trialDays ?? null,
          });
          await queryClient.invalidateQueries({ queryKey: ['offers', slug] });
        }}
      >
        {() => (
          <>
            <Form.Item name="kind" label={t('centerPlatform.offers.kind')} rules={[{ required: true }]}>
              <Select
                options={offerKindValues.map((k) => ({
                  value: k,
                  label: t(`centerPlatform.offers.kinds.${k}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="title" label={t('centerPlatform.offers.title')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item
              name="provider"
              label={t('centerPlatform.offers.provider')}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
            <Form.Item name="listYuan" label={t('centerPlatform.offers.listPrice')}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="offerYuan" label={t('centerPlatform.offers.offerPrice')}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="trialDays" label={t('centerPlatform.offers.trialDays')}>
              <InputNumber min={1} max={365} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
