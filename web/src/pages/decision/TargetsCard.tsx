/** 2025 targets: actual value with its source, projection at the deadline, gap and a status badge. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { decisionApi, type TargetView } from './api.ts';
import ImportActualsModal from './ImportActualsModal.tsx';

const BADGE = { green: 'success', amber: 'warning', red: 'error', unknown: 'default' } as const;
const SOURCE_COLOR = { computed: 'blue', entered: 'gold', imported: 'purple' } as const;

function EnterModal({ target, onClose }: { target: TargetView | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ value: number; asOf: Dayjs; evidence: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await decisionApi.enter(target!.id, {
        value: v.value,
        asOf: v.asOf.format('YYYY-MM-DD'),
        evidence: v.evidence,
      });
      message.success(t('decision.targets.saved'));
      form.resetFields();
      setFailure(null);
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['decision'] });
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    }
  };
  const name = target ? (i18n.language === 'en' ? target.name.en : target.name.zh) : '';
  return (
    <Modal
      open={target !== null}
      title={t('decision.targets.enterTitle', { name })}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="value" label={t('decision.targets.value')} rules={[{ required: true }]}>
          <InputNumber
            style={{ width: '100%' }}
            addonAfter={target ? target.unit[i18n.language === 'en' ? 'en' : 'zh'] : ''}
          />
        </Form.Item>
        <Form.Item name="asOf" label={t('decision.targets.date')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t('decision.targets.evidence')}
          extra={t('decision.targets.evidenceHelp')}
          rules={[{ required: true, min: 2 }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function TargetsCard() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { data, isLoading } = useQuery({ queryKey: ['decision', 'targets'], queryFn: decisionApi.targets });
  const [entering, setEntering] = useState<TargetView | null>(null);
  const [importing, setImporting] = useState(false);
  const num = (n: number | null) => (n === null ? '—' : formatNumber(Math.round(n * 100) / 100));
  return (
    <Card
      title={t('decision.targets.title')}
      data-testid="targets-card"
      extra={
        data?.abilities.import && (
          <Button onClick={() => setImporting(true)}>{t('decision.import.open')}</Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('decision.targets.subtitle')}</Typography.Paragraph>
      <Table<TargetView>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={data?.items ?? []}
        // 46 targets: an official reads them all at once, scrolling, rather than paging.
        pagination={false}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('decision.targets.target'), width: 260, render: (_, r) => (en ? r.name.en : r.name.zh) },
          {
            title: t('decision.targets.units'),
            width: 200,
            render: (_, r) => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.responsibleUnits.join('、')}
                {r.responsibleUnitsInferred && `（${t('decision.targets.unitsInferred')}）`}
              </Typography.Text>
            ),
          },
          {
            title: t('decision.targets.goal'),
            width: 110,
            render: (_, r) => `${num(r.value)} ${en ? r.unit.en : r.unit.zh}`,
          },
          {
            title: t('decision.targets.actual'),
            width: 170,
            render: (_, r) =>
              r.actual === null ? (
                <Typography.Text type="secondary">{t('decision.targets.none')}</Typography.Text>
              ) : (
                <Tooltip
                  title={
                    r.computedFrom
                      ? t('decision.targets.computedFrom', {
                          how: en ? r.computedFrom.en : r.computedFrom.zh,
                        })
                      : undefined
                  }
                >
                  <div>
                    {num(r.actual)}{' '}
                    {r.actualSource && (
                      <Tag color={SOURCE_COLOR[r.actualSource]}>
                        {t(`decision.targets.source.${r.actualSource}`)}
                      </Tag>
                    )}
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('decision.targets.asOf', { date: formatDate(r.asOf) })}
                  </Typography.Text>
                </Tooltip>
              ),
          },
          { title: t('decision.targets.projected'), width: 120, render: (_, r) => num(r.projected) },
          {
            title: t('decision.targets.gap'),
            width: 100,
            render: (_, r) => (r.gap === null ? '—' : `${r.gap > 0 ? '+' : ''}${num(r.gap)}`),
          },
          {
            title: t('decision.targets.status'),
            width: 130,
            render: (_, r) => (
              <Badge status={BADGE[r.status]} text={t(`decision.targets.statuses.${r.status}`)} />
            ),
          },
          {
            title: '',
            width: 80,
            render: (_, r) =>
              r.abilities.enter && (
                <Button size="small" onClick={() => setEntering(r)}>
                  {t('decision.targets.enter')}
                </Button>
              ),
          },
        ]}
      />
      <EnterModal target={entering} onClose={() => setEntering(null)} />
      <ImportActualsModal open={importing} onClose={() => setImporting(false)} />
    </Card>
  );
}
