/** 惠企服务与预约: claim trials and discounts, buy after a trial, book shared equipment / capacity slots. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import ResponsiveTable from '../../components/ResponsiveTable.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { enterpriseApi, yuan, type BookingView, type ClaimView, type OfferView } from '../center/api.ts';
import { reportError } from '../center/errors.ts';
import FormModal from '../center/FormModal.tsx';

type Moment = { toISOString: () => string };

export default function EnterpriseOffersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [booking, setBooking] = useState<OfferView | null>(null);
  const offers = useQuery({
    queryKey: ['enterprise-offers'],
    queryFn: () => enterpriseApi.offers({ page: 1, pageSize: 100 }),
  });
  const claims = useQuery({
    queryKey: ['my-claims'],
    queryFn: () => enterpriseApi.myClaims({ page: 1, pageSize: 100 }),
  });
  const bookings = useQuery({
    queryKey: ['my-bookings'],
    queryFn: () => enterpriseApi.myBookings({ page: 1, pageSize: 100 }),
  });
  const refresh = async () => {
    for (const k of ['enterprise-offers', 'my-claims', 'my-bookings']) {
      await queryClient.invalidateQueries({ queryKey: [k] });
    }
  };
  const claim = useMutation({
    mutationFn: (o: OfferView) => enterpriseApi.claim(o.id),
    onSuccess: refresh,
    onError: (e) => reportError(e, message, t),
  });
  const purchase = useMutation({
    mutationFn: (c: ClaimView) => enterpriseApi.purchase(c.id, c.version),
    onSuccess: refresh,
    onError: (e) => reportError(e, message, t),
  });
  const cancel = useMutation({
    mutationFn: (b: BookingView) => enterpriseApi.cancelBooking(b.id),
    onSuccess: refresh,
    onError: (e) => reportError(e, message, t),
  });
  return (
    <>
      <Typography.Title level={5}>{t('centerPlatform.offers.catalog')}</Typography.Title>
      <ResponsiveTable<OfferView>
        rowKey="id"
        cardTitle="title"
        cardActions="a"
        size="small"
        loading={offers.isFetching}
        dataSource={offers.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: t('centerPlatform.offers.kind'),
            dataIndex: 'kind',
            width: 130,
            render: (k: string) => <Tag>{t(`centerPlatform.offers.kinds.${k}`)}</Tag>,
          },
          { title: t('centerPlatform.offers.title'), dataIndex: 'title' },
          { title: t('centerPlatform.enterprise.center'), dataIndex: 'centerName', ellipsis: true },
          {
            title: t('centerPlatform.offers.offerPrice'),
            dataIndex: 'offerPriceFen',
            align: 'right',
            render: (v: number | null) => yuan(v),
          },
          {
            title: t('common.actions'),
            key: 'a',
            width: 120,
            render: (_, o) =>
              o.kind === 'sharedEquipment' || o.kind === 'capacityOffer' ? (
                <Button size="small" type="primary" onClick={() => setBooking(o)}>
                  {t('centerPlatform.offers.book')}
                </Button>
              ) : (
                <Button size="small" type="primary" onClick={() => claim.mutate(o)}>
                  {o.kind === 'trial'
                    ? t('centerPlatform.offers.startTrial')
                    : t('centerPlatform.offers.claim')}
                </Button>
              ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('centerPlatform.offers.myBookings')}
      </Typography.Title>
      <ResponsiveTable<BookingView>
        rowKey="id"
        cardTitle="offerTitle"
        cardActions="a"
        size="small"
        loading={bookings.isFetching}
        dataSource={bookings.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: t('centerPlatform.offers.slot'),
            key: 's',
            render: (_, b) => `${formatDateTime(b.startsAt)} – ${formatDateTime(b.endsAt).slice(-5)}`,
          },
          { title: t('centerPlatform.offers.title'), dataIndex: 'offerTitle' },
          {
            title: t('centerPlatform.offers.status'),
            dataIndex: 'status',
            render: (s: string) => t(`centerPlatform.offers.statuses.${s}`),
          },
          {
            title: t('common.actions'),
            key: 'a',
            render: (_, b) =>
              b.status === 'booked' && (
                <Button size="small" onClick={() => cancel.mutate(b)}>
                  {t('centerPlatform.offers.cancelBooking')}
                </Button>
              ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('centerPlatform.offers.myClaims')}
      </Typography.Title>
      <ResponsiveTable<ClaimView>
        rowKey="id"
        cardTitle="offerTitle"
        cardActions="a"
        size="small"
        loading={claims.isFetching}
        dataSource={claims.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: t('centerPlatform.offers.claimedOn'),
            dataIndex: 'claimedOn',
            render: (d: string) => formatDate(d),
          },
          { title: t('centerPlatform.offers.title'), dataIndex: 'offerTitle' },
          {
            title: t('centerPlatform.offers.trialEndsOn'),
            dataIndex: 'trialEndsOn',
            render: (d: string | null) => formatDate(d),
          },
          {
            title: t('centerPlatform.offers.status'),
            dataIndex: 'status',
            render: (s: string) => t(`centerPlatform.offers.statuses.${s}`),
          },
          {
            title: t('common.actions'),
            key: 'a',
            render: (_, c) =>
              c.status === 'trial' && (
                <Button size="small" onClick={() => purchase.mutate(c)}>
                  {t('centerPlatform.offers.purchase')}
                </Button>
              ),
          },
        ]}
      />
      <FormModal<{ slot: [Moment, Moment] }>
        open={booking !== null}
        title={`${t('centerPlatform.offers.book')} · ${booking?.title ?? ''}`}
        name="book-slot"
        fields={['slot']}
        onClose={() => setBooking(null)}
        onSubmit={async (v) => {
          await enterpriseApi.book(booking!.id, {
            startsAt: v.slot[0].toISOString(),
            endsAt: v.slot[1].toISOString(),
            note: '',
          });
          await refresh();
        }}
      >
        {() => (
          <Form.Item name="slot" label={t('centerPlatform.offers.slot')} rules={[{ required: true }]}>
            <DatePicker.RangePicker
              showTime={{ format: 'HH:mm', minuteStep: 30 }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
            />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
