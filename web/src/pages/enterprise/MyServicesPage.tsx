/** 我的服务记录: services centers recorded about my enterprise; I confirm or dispute each (with a reason). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import ResponsiveTable from '../../components/ResponsiveTable.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { enterpriseApi, yuan, type ServiceRecordView } from '../center/api.ts';
import { reportError } from '../center/errors.ts';
import { ConfirmationTag } from '../center/LedgerPage.tsx';

export default function MyServicesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [disputing, setDisputing] = useState<ServiceRecordView | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const { data, isFetching } = useQuery({
    queryKey: ['my-services', page],
    queryFn: () => enterpriseApi.myRecords({ page, pageSize: 20 }),
  });
  const answer = useMutation({
    mutationFn: (v: { record: ServiceRecordView; reason?: string }) =>
      v.reason === undefined
        ? enterpriseApi.answer(v.record.id, { answer: 'confirmed', version: v.record.version })
        : enterpriseApi.answer(v.record.id, {
            answer: 'disputed',
            version: v.record.version,
            reason: v.reason,
          }),
    onSuccess: async (r) => {
      message.success(
        r.confirmation === 'disputed'
          ? t('centerPlatform.enterprise.disputed')
          : t('centerPlatform.enterprise.confirmed'),
      );
      setDisputing(null);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['my-services'] });
    },
    onError: (e) => reportError(e, message, t, disputing ? form : undefined, ['reason']),
  });
  return (
    <>
      <ResponsiveTable<ServiceRecordView>
        rowKey="id"
        cardTitle="title"
        cardActions="a"
        loading={isFetching}
        dataSource={data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => t('common.total', { total: formatNumber(n) }),
        }}
        columns={[
          {
            title: t('centerPlatform.ledger.date'),
            dataIndex: 'serviceDate',
            width: 130,
            render: (d: string) => formatDate(d),
          },
          { title: t('centerPlatform.enterprise.center'), dataIndex: 'centerName', ellipsis: true },
          {
            title: t('centerPlatform.ledger.type'),
            dataIndex: 'serviceType',
            width: 120,
            render: (v: string) => t(`centerPlatform.serviceTypes.${v}`),
          },
          { title: t('centerPlatform.ledger.title'), dataIndex: 'title', ellipsis: true },
          {
            title: t('centerPlatform.ledger.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            width: 120,
            render: (v: number | null) => yuan(v),
          },
          {
            title: t('centerPlatform.ledger.confirmation'),
            key: 'c',
            width: 130,
            render: (_, r) => <ConfirmationTag record={r} />,
          },
          {
            title: t('common.actions'),
            key: 'a',
            width: 170,
            render: (_, r) =>
              r.abilities.answer && (
                <Space>
                  <Button size="small" type="primary" onClick={() => answer.mutate({ record: r })}>
                    {t('centerPlatform.enterprise.confirm')}
                  </Button>
                  {r.confirmation === 'unconfirmed' && (
                    <Button size="small" danger onClick={() => setDisputing(r)}>
                      {t('centerPlatform.enterprise.dispute')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={disputing !== null}
        title={t('centerPlatform.enterprise.disputeTitle')}
        onCancel={() => setDisputing(null)}
        onOk={() => form.submit()}
        confirmLoading={answer.isPending}
      >
        <Form
          form={form}
          name="dispute"
          layout="vertical"
          onFinish={(v) => answer.mutate({ record: disputing!, reason: v.reason })}
        >
          <Form.Item
            name="reason"
            label={t('centerPlatform.enterprise.disputeReason')}
            rules={[{ required: true, min: 2 }]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
