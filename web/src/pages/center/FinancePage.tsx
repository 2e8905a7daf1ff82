/** 产融对接 (operator): enterprises' financing needs, the center's funds and products, matches and outcomes. */
import { useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, InputNumber, Select, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router-dom';
import { formatDate } from '../../lib/format.ts';
import { financeProductKindValues } from '../../../../src/domain/center-platform/vocabulary.ts';
import {
  platformApi,
  toFen,
  yuan,
  type CenterSummary,
  type MatchView,
  type NeedView,
  type ProductView,
} from './api.ts';
import CenterListTab, { useCenterList } from './CenterListTab.tsx';
import FormModal from './FormModal.tsx';

type Fmt = { format: (f: string) => string };

export default function FinancePage() {
  const { t } = useTranslation();
  const { slug } = useOutletContext<CenterSummary>();
  const queryClient = useQueryClient();
  const [modal, setModal] = useState<{
    kind: 'product' | 'match' | 'decide';
    need?: NeedView;
    match?: MatchView;
  } | null>(null);
  const needs = useCenterList(['needs', slug], (q) => platformApi.needs(slug, q));
  const products = useCenterList(['products', slug], (q) => platformApi.products(slug, q));
  const matches = useCenterList(['matches', slug], (q) => platformApi.matches(slug, q));
  const refresh = async () => {
    for (const k of ['needs', 'products', 'matches']) {
      await queryClient.invalidateQueries({ queryKey: [k, slug] });
    }
  };
  const status = (s: string) => (
    <Tag color={s === 'succeeded' || s === 'matched' ? 'green' : s === 'failed' ? 'red' : 'blue'}>
      {t(`centerPlatform.finance.statuses.${s}`)}
    </Tag>
  );
  const close = () => setModal(null);
  return (
    <>
      <Tabs
        items={[
          {
            key: 'needs',
            label: t('centerPlatform.finance.needs'),
            children: (
              <CenterListTab<NeedView>
                list={needs}
                exportTo={{
                  path: `/centers/${slug}/financing-needs/export.xlsx`,
                  fileName: 'financing-needs.xlsx',
                }}
                columns={[
                  {
                    title: t('centerPlatform.finance.enterprise'),
                    key: 'o',
                    render: (_, n) => n.organisation.name,
                  },
                  {
                    title: t('centerPlatform.finance.amount'),
                    dataIndex: 'amountFen',
                    align: 'right',
                    render: (v: number) => yuan(v),
                  },
                  { title: t('centerPlatform.finance.purpose'), dataIndex: 'purpose' },
                  { title: t('centerPlatform.finance.status'), dataIndex: 'status', render: status },
                  {
                    title: t('common.actions'),
                    key: 'a',
                    render: (_, n) =>
                      n.status === 'open' && (
                        <Button size="small" onClick={() => setModal({ kind: 'match', need: n })}>
                          {t('centerPlatform.finance.match')}
                        </Button>
                      ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'products',
            label: t('centerPlatform.finance.products'),
            children: (
              <CenterListTab<ProductView>
                list={products}
                exportTo={{
                  path: `/centers/${slug}/finance-products/export.xlsx`,
                  fileName: 'finance-products.xlsx',
                }}
                create={{
                  label: t('centerPlatform.finance.addProduct'),
                  onClick: () => setModal({ kind: 'product' }),
                }}
                columns={[
                  {
                    title: t('centerPlatform.finance.productKind'),
                    dataIndex: 'kind',
                    render: (k: string) => t(`centerPlatform.finance.productKinds.${k}`),
                  },
                  { title: t('centerPlatform.finance.productName'), dataIndex: 'name' },
                  { title: t('centerPlatform.finance.institution'), dataIndex: 'institution' },
                  { title: t('centerPlatform.finance.terms'), dataIndex: 'terms', ellipsis: true },
                ]}
              />
            ),
          },
          {
            key: 'matches',
            label: t('centerPlatform.finance.matches'),
            children: (
              <CenterListTab<MatchView>
                list={matches}
                exportTo={{
                  path: `/centers/${slug}/finance-matches/export.xlsx`,
                  fileName: 'finance-matches.xlsx',
                }}
                columns={[
                  {
                    title: t('centerPlatform.finance.enterprise'),
                    key: 'o',
                    render: (_, m) => m.need.organisation.name,
                  },
                  {
                    title: t('centerPlatform.finance.product'),
                    key: 'p',
                    render: (_, m) => `${m.product.name}（${m.product.institution}）`,
                  },
                  { title: t('centerPlatform.finance.status'), dataIndex: 'status', render: status },
                  {
                    title: t('centerPlatform.finance.granted'),
                    dataIndex: 'grantedFen',
                    align: 'right',
                    render: (v: number | null) => yuan(v),
                  },
                  {
                    title: t('centerPlatform.finance.decidedOn'),
                    dataIndex: 'decidedOn',
                    render: (d: string | null) => formatDate(d),
                  },
                  {
                    title: t('common.actions'),
                    key: 'a',
                    render: (_, m) =>
                      m.status === 'proposed' && (
                        <Button size="small" onClick={() => setModal({ kind: 'decide', match: m })}>
                          {t('centerPlatform.finance.decide')}
                        </Button>
                      ),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      <FormModal<{ kind: string; name: string; institution: string; terms?: string }>
        open={modal?.kind === 'product'}
        title={t('centerPlatform.finance.addProduct')}
        name="add-product"
        fields={['kind', 'name', 'institution']}
        onClose={close}
        onSubmit={async (v) => {
          await platformApi.createProduct(slug, {
            kind: v.kind as never,
            name: v.name,
            institution: v.institution,
            terms: v.terms ?? '',
            minAmountFen: null,
            maxAmountFen: null,
          });
          await refresh();
        }}
      >
        {() => (
          <>
            <Form.Item
              name="kind"
              label={t('centerPlatform.finance.productKind')}
              rules={[{ required: true }]}
            >
              <Select
                options={financeProductKindValues.map((k) => ({
                  value: k,
                  label: t(`centerPlatform.finance.productKinds.${k}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="name"
              label={t('centerPlatform.finance.productName')}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="institution"
              label={t('centerPlatform.finance.institution')}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
            <Form.Item name="terms" label={t('centerPlatform.finance.terms')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ productId: string }>
        open={modal?.kind === 'match'}
        title={`${t('centerPlatform.finance.match')} · ${modal?.need?.organisation.name ?? ''}`}
        name="create-match"
        fields={['productId']}
        onClose={close}
        onSubmit={async (v) => {
          await platformApi.createMatch(slug, modal!.need!.id, v.productId);
          await refresh();
        }}
      >
        {() => (
          <Form.Item
            name="productId"
            label={t('centerPlatform.finance.product')}
            rules={[{ required: true }]}
          >
            <Select
              options={(products.query.data?.items ?? []).map((p) => ({
                value: p.id,
                label: `${p.name}（${p.institution}）`,
              }))}
            />
          </Form.Item>
        )}
      </FormModal>
      <FormModal<{ status: 'succeeded' | 'failed'; grantedYuan?: number; outcome?: string; decidedOn: Fmt }>
        open={modal?.kind === 'decide'}
        title={t('centerPlatform.finance.decide')}
        name="decide-match"
        fields={['status', 'decidedOn']}
        onClose={close}
        onSubmit={async (v) => {
          await platformApi.decideMatch(slug, modal!.match!.id, {
            version: modal!.match!.version,
            status: v.status,
            grantedFen: toFen(v.grantedYuan),
            outcome: v.outcome ?? '',
            decidedOn: v.decidedOn.format('YYYY-MM-DD'),
          });
          await refresh();
        }}
      >
        {() => (
          <>
            <Form.Item name="status" label={t('centerPlatform.finance.status')} rules={[{ required: true }]}>
              <Select
                options={[
                  { value: 'succeeded', label: t('centerPlatform.finance.succeeded') },
                  { value: 'failed', label: t('centerPlatform.finance.failed') },
                ]}
              />
            </Form.Item>
            <Form.Item name="grantedYuan" label={t('centerPlatform.finance.granted')}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="outcome" label={t('centerPlatform.finance.outcome')}>
              <Input />
            </Form.Item>
            <Form.Item
              name="decidedOn"
              label={t('centerPlatform.finance.decidedOn')}
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
