/** An expert's employment history (任职经历) and the conflicts declared outside a task, with their forms. */
import { Button, Card, DatePicker, Form, Input, Popover, Space, Table, Tag, Typography } from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { afterToday } from '../../lib/dates.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { expertsApi, type ExpertView } from './api.ts';

type Apply = (run: () => Promise<ExpertView>, form?: FormInstance, fields?: string[]) => Promise<boolean>;

interface JobValues {
  organisationCreditCode?: string;
  organisationName?: string;
  fromDate?: Dayjs | null;
  toDate?: Dayjs | null;
}

interface ConflictValues {
  organisationCreditCode?: string;
  organisationName?: string;
  reason?: string;
}

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

function EndJob({ expert, jobId, apply }: { expert: ExpertView; jobId: string; apply: Apply }) {
  const { t } = useTranslation();
  const [date, setDate] = useState<Dayjs | null>(dayjs());
  const [open, setOpen] = useState(false);
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('expertPool.endConfirm')}
      content={
        <Space>
          <DatePicker value={date} onChange={setDate} disabledDate={afterToday} allowClear={false} />
          <Button
            type="primary"
            size="small"
            disabled={!date}
            onClick={() =>
              void apply(() => expertsApi.endEmployment(expert.userId, jobId, iso(date)!)).then(
                (ok) => ok && setOpen(false),
              )
            }
          >
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Button type="link" size="small">
        {t('expertPool.endJob')}
      </Button>
    </Popover>
  );
}

export default function ExpertHistory({ expert, apply }: { expert: ExpertView; apply: Apply }) {
  const { t } = useTranslation();
  const [jobForm] = Form.useForm<JobValues>();
  const [conflictForm] = Form.useForm<ConflictValues>();
  const manage = expert.abilities.manage;

  const addJob = async () => {
    const v = jobForm.getFieldsValue(true) as JobValues;
    const ok = await apply(
      () =>
        expertsApi.addEmployment(expert.userId, {
          organisationCreditCode: v.organisationCreditCode?.trim() ?? '',
          organisationName: v.organisationName?.trim() ?? '',
          fromDate: iso(v.fromDate),
          toDate: iso(v.toDate),
        }),
      jobForm,
      ['organisationCreditCode', 'organisationName', 'fromDate', 'toDate'],
    );
    if (ok) {
      jobForm.resetFields();
    }
  };

  const declare = async () => {
    const v = conflictForm.getFieldsValue(true) as ConflictValues;
    const ok = await apply(
      () =>
        expertsApi.declareConflict(expert.userId, {
          organisationCreditCode: v.organisationCreditCode?.trim() ?? '',
          organisationName: v.organisationName?.trim() ?? '',
          reason: v.reason?.trim() ?? '',
        }),
      conflictForm,
      ['organisationCreditCode', 'organisationName', 'reason'],
    );
    if (ok) {
      conflictForm.resetFields();
    }
  };

  return (
    <>
      <Card size="small" title={t('expertPool.employment')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={expert.employment}
          data-testid="expert-employment"
          columns={[
            {
              title: t('expertPool.organisationName'),
              key: 'org',
              render: (_, j) => (
                <div>
                  {j.organisationName}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {j.organisationCreditCode}
                    </Typography.Text>
                  </div>
                </div>
              ),
            },
            {
              title: t('expertPool.fromDate'),
              key: 'from',
              width: 110,
              render: (_, j) => formatDate(j.fromDate),
            },
            {
              title: t('expertPool.toDate'),
              key: 'to',
              width: 110,
              render: (_, j) =>
                j.current ? <Tag color="blue">{t('expertPool.current')}</Tag> : formatDate(j.toDate),
            },
            {
              title: '',
              key: 'end',
              width: 100,
              render: (_, j) => manage && j.current && <EndJob expert={expert} jobId={j.id} apply={apply} />,
            },
          ]}
        />
        {manage && (
          <Form form={jobForm} layout="inline" name="expertJob" style={{ marginTop: 12, rowGap: 8 }}>
            <Form.Item name="organisationCreditCode">
              <Input placeholder={t('expertPool.creditCode')} style={{ width: 200 }} maxLength={18} />
            </Form.Item>
            <Form.Item name="organisationName">
              <Input placeholder={t('expertPool.organisationName')} style={{ width: 180 }} />
            </Form.Item>
            <Form.Item name="fromDate">
              <DatePicker placeholder={t('expertPool.fromDate')} disabledDate={afterToday} />
            </Form.Item>
            <Form.Item name="toDate">
              <DatePicker placeholder={t('expertPool.toDate')} disabledDate={afterToday} />
            </Form.Item>
            <Button onClick={() => void addJob()}>{t('expertPool.addJob')}</Button>
          </Form>
        )}
      </Card>
      <Card size="small" title={t('expertPool.declared')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={expert.declaredConflicts}
          locale={{ emptyText: t('expertPool.noConflicts') }}
          data-testid="expert-conflicts"
          columns={[
            {
              title: t('expertPool.organisationName'),
              key: 'org',
              render: (_, d) => d.organisationName ?? '',
            },
            { title: t('expertPool.reason'), dataIndex: 'reason' },
            {
              title: t('expertPool.recordedBy'),
              key: 'by',
              width: 100,
              render: (_, d) => d.recordedBy ?? '',
            },
            {
              title: t('expertPool.recordedAt'),
              key: 'at',
              width: 150,
              render: (_, d) => formatDateTime(d.createdAt),
            },
          ]}
        />
        {manage && (
          <Form
            form={conflictForm}
            layout="inline"
            name="expertConflict"
            style={{ marginTop: 12, rowGap: 8 }}
          >
            <Form.Item name="organisationCreditCode">
              <Input placeholder={t('expertPool.creditCode')} style={{ width: 200 }} maxLength={18} />
            </Form.Item>
            <Form.Item name="organisationName">
              <Input placeholder={t('expertPool.organisationName')} style={{ width: 180 }} />
            </Form.Item>
            <Form.Item name="reason">
              <Input placeholder={t('expertPool.reason')} style={{ width: 220 }} />
            </Form.Item>
            <Button onClick={() => void declare()}>{t('expertPool.declare')}</Button>
          </Form>
        )}
      </Card>
    </>
  );
}
