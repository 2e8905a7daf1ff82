/** 发布公示: choose a call, tick its approved applications, see the window the pack computes, publish. */
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/contracts.ts';
import { formatDate } from '../../lib/format.ts';
import { applyServerErrors } from '../../lib/form-errors.ts';
import { publicityApi, type PublicityCandidate } from './api.ts';
import { typeLabel } from './shared.tsx';

interface CallOption {
  id: string;
  title: string;
  packId: string;
  status: string;
}

interface Values {
  title?: string;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
}

export default function OpenPublicityPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [callId, setCallId] = useState<string>();
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const startsOn = Form.useWatch('startsOn', form);
  const endsOnPicked = Form.useWatch('endsOn', form);
  const calls = useQuery({
    queryKey: ['calls', 'for-publicity'],
    queryFn: () => api<Page<CallOption>>('/calls', { query: { pageSize: 200 } }),
  });
  const call = calls.data?.items.find((c) => c.id === callId);
  const candidates = useQuery({
    queryKey: ['publicity', 'candidates', callId],
    queryFn: () => publicityApi.candidates(callId!),
    enabled: Boolean(callId),
  });
  const start = startsOn ? startsOn.format('YYYY-MM-DD') : undefined;
  const end = endsOnPicked ? endsOnPicked.format('YYYY-MM-DD') : undefined;
  const preview = useQuery({
    queryKey: ['publicity', 'window', call?.packId, start, end],
    queryFn: () => publicityApi.window(call!.packId, start, end),
    enabled: Boolean(call),
    retry: false,
  });
  const manual = preview.data?.rule.basis === 'manual';

  const submit = async () => {
    const v = form.getFieldsValue();
    setGeneral(null);
    setBusy(true);
    try {
      const notice = await publicityApi.open({
        callId: callId!,
        applicationIds: selected,
        ...(v.title?.trim() ? { title: v.title.trim() } : {}),
        ...(v.startsOn ? { startsOn: v.startsOn.format('YYYY-MM-DD') } : {}),
        ...(manual && v.endsOn ? { endsOn: v.endsOn.format('YYYY-MM-DD') } : {}),
      });
      message.success(t('publicity.opened'));
      void navigate(`/publicity/${notice.id}`);
    } catch (error) {
      setGeneral(applyServerErrors(error, form, t, { fields: ['title', 'startsOn', 'endsOn'] }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('publicity.openTitle')}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Select
          style={{ width: 480, maxWidth: '100%' }}
          placeholder={t('publicity.chooseCall')}
          value={callId}
          onChange={(v: string) => {
            setCallId(v);
            setSelected([]);
          }}
          options={(calls.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))}
        />
        {callId && (
          <Table<PublicityCandidate>
            title={() => t('publicity.candidates')}
            rowKey="id"
            size="small"
            loading={candidates.isFetching}
            dataSource={candidates.data ?? []}
            pagination={false}
            locale={{ emptyText: t('publicity.noCandidates') }}
            rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
            columns={[
              { title: t('publicity.centerName'), dataIndex: 'centerName' },
              { title: t('publicity.leadOrganisation'), dataIndex: 'leadOrganisationName' },
              { title: t('publicity.type'), key: 'type', render: (_, c) => typeLabel(c, t) },
              { title: t('publicity.region'), dataIndex: 'regionName' },
            ]}
          />
        )}
        {general && <Alert type="error" showIcon title={general} />}
        <Form<Values> form={form} name="open-publicity" layout="vertical" style={{ maxWidth: 560 }}>
          <Form.Item name="title" label={t('publicity.noticeTitle')}>
            <Input placeholder={call ? `${call.title} 拟认定名单公示` : ''} maxLength={200} />
          </Form.Item>
          <Form.Item name="startsOn" label={t('publicity.startsOn')}>
            <DatePicker disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} />
          </Form.Item>
          {manual ? (
            <Form.Item
              name="endsOn"
              label={t('publicity.endsOn')}
              required
              extra={
                typeof preview.data?.workingDays === 'number' ? (
                  <span data-testid="window-working-days">
                    {t('publicity.manualCount', {
                      start: formatDate(preview.data.startsOn),
                      end: formatDate(preview.data.endsOn),
                      days: preview.data.workingDays,
                    })}
                  </span>
                ) : (
                  t('publicity.manualHelp')
                )
              }
            >
              <DatePicker
                disabledDate={(d) => Boolean(start) && d.isBefore(dayjs(start))}
                // Working days by the loaded holiday arrangement: the usual 5 or 7 in one click.
                renderExtraFooter={() =>
                  [5, 7, 10].map((n) => (
                    <Button
                      key={n}
                      size="small"
                      type="link"
                      onClick={() =>
                        void publicityApi
                          .window(call!.packId, start, undefined, n)
                          .then((w) => w.endsOn && form.setFieldValue('endsOn', dayjs(w.endsOn)))
                          .catch((e: Error) => message.error(e.message))
                      }
                    >
                      {t('publicity.workingDays', { days: n })}
                    </Button>
                  ))
                }
              />
            </Form.Item>
          ) : (
            preview.data && (
              <Form.Item label={t('publicity.endsOnComputed')}>
                <Typography.Text strong data-testid="window-preview">
                  {t('publicity.windowRange', {
                    start: formatDate(preview.data.startsOn),
                    end: formatDate(preview.data.endsOn),
                  })}
                  （{t('publicity.workingDays', { days: preview.data.rule.workingDays })}）
                </Typography.Text>
              </Form.Item>
            )
          )}
          {preview.data && preview.data.uncoveredYears.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="calendar-uncovered"
              title={t('publicity.uncovered', { years: preview.data.uncoveredYears.join('、') })}
            />
          )}
          {preview.data?.rule.source && (
            <Typography.Paragraph type="secondary">
              {t(manual ? 'publicity.ruleManual' : 'publicity.ruleByPack', {
                ref: preview.data.rule.source.ref,
                text: preview.data.rule.source.text.slice(0, 80),
              })}
            </Typography.Paragraph>
          )}
          <Button
            type="primary"
            disabled={!callId || selected.length === 0}
            loading={busy}
            onClick={() => void submit()}
          >
            {t('publicity.open')}
          </Button>
        </Form>
      </Space>
    </Card>
  );
}
