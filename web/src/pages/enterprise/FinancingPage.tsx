/** 融资需求: file a financing need with a center and follow its status. */
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import ResponsiveTable from '../../components/ResponsiveTable.tsx';
import { formatDate } from '../../lib/format.ts';
import { enterpriseApi, platformApi, toFen, yuan, type NeedView } from '../center/api.ts';
import FormModal from '../center/FormModal.tsx';

export default function FinancingPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [filing, setFiling] = useState(false);
  const needs = useQuery({
    queryKey: ['my-needs'],
    queryFn: () => enterpriseApi.myNeeds({ page: 1, pageSize: 100 }),
  });
  const centers = useQuery({ queryKey: ['me', 'centers'], queryFn: platformApi.myCenters });
  return (
    <>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        style={{ marginBottom: 12 }}
        onClick={() => setFiling(true)}
      >
        {t('centerPlatform.finance.fileNeed')}
      </Button>
      <ResponsiveTable<NeedView>
        rowKey="id"
        loading={needs.isFetching}
        dataSource={needs.data?.items ?? []}
        columns={[
          { title: t('centerPlatform.finance.center'), dataIndex: 'centerName', ellipsis: true },
          {
            title: t('centerPlatform.finance.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (v: number) => yuan(v),
          },
          { title: t('centerPlatform.finance.purpose'), dataIndex: 'purpose' },
          { title: t('centerPlatform.finance.termMonths'), dataIndex: 'termMonths' },
          {
            title: t('centerPlatform.finance.status'),
            dataIndex: 'status',
            render: (s: string) => <Tag>{t(`centerPlatform.finance.statuses.${s}`)}</Tag>,
          },
          {
            title: t('centerPlatform.ledger.date'),
            dataIndex: 'createdAt',
            render: (d: string) => formatDate(d),
          },
        ]}
      />
      <FormModal<{ centerId: string; amountYuan: number; purpose: string; termMonths?: number }>
        open={filing}
        title={t('centerPlatform.finance.fileNeed')}
        name="file-need"
        fields={['centerId', 'amountFen', 'purpose', 'termMonths']}
        onClose={() => setFiling(false)}
        onSubmit={async (v) => {
          await enterpriseApi.fileNeed({
            centerId: v.centerId,
            amountFen: toFen(v.amountYuan) ?? 0,
            purpose: v.purpose,
            termMonths: v.termMonths ?? null,
          });
          await queryClient.invalidateQueries({ queryKey: ['my-needs'] });
        }}
      >
        {() => (
          <>
            <Form.Item
              name="centerId"
              label={t('centerPlatform.finance.center')}
              rules={[{ required: true }]}
            >
              <Select options={(centers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
            <Form.Item
              name="amountYuan"
              label={t('centerPlatform.finance.amount')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="purpose"
              label={t('centerPlatform.finance.purpose')}
              rules={[{ required: true }]}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="termMonths" label={t('centerPlatform.finance.termMonths')}>
              <InputNumber min={1} max={360} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
