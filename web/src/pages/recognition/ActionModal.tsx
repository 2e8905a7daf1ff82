/** The form of one workflow action: comment, checklist, site check, opinion, document number, decision. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Checkbox, DatePicker, Form, Input, Modal, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recognitionApi, type ApplicationDetail, type NextAction } from './api.ts';
import { loc } from './shared.tsx';
import { useDocumentTitle } from '../../lib/citation.ts';
import { afterToday } from '../../lib/dates.ts';
import {
  confirmDecision,
  DecisionDocumentFields,
  decisionDocumentBody,
  type DecisionDocumentValues,
} from '../../components/DecisionDocument.tsx';

const ROUTES: Record<string, string> = {
  submit: 'submit',
  withdraw: 'withdraw',
  record_qualification_review: 'qualification-review',
  record_site_check: 'site-check',
  attach_emergency_opinion: 'emergency-opinion',
  recommend: 'recommend',
  city_return: 'city-return',
  start_formal_review: 'formal-review/start',
  formal_review_pass: 'formal-review/pass',
  formal_review_return: 'formal-review/return',
  approve: 'decision',
  reject: 'decision',
};

/** The API route of an action, or null for actions another module serves (publicity, announcement). */
export function routeOf(action: string): string | null {
  return ROUTES[action] ?? null;
}

// Every item starts unticked: ticking one is the officer's finding, not a default to click through.
const CHECKLIST = ['legal_person', 'members', 'materials', 'incident', 'data'];

interface Props {
  app: ApplicationDetail;
  action: NextAction | null;
  onCancel: () => void;
  onSubmit: (action: NextAction, body: Record<string, unknown>) => Promise<void>;
}

export default function ActionModal({ app, action, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const docTitle = useDocumentTitle();
  const { modal } = App.useApp();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const a = action?.action;

  const ok = async () => {
    if (!action) {
      return;
    }
    const v = (await form.validateFields()) as Record<string, unknown>;
    const body: Record<string, unknown> = {};
    switch (a) {
      case 'record_qualification_review':
        body.checklist = CHECKLIST.map((key) => ({
          key,
          label: t(`recognition.review.checklistItems.${key}`),
          passed: Boolean((v.checked as string[] | undefined)?.includes(key)),
        }));
        body.comment = v.comment ?? '';
        break;
      case 'record_site_check':
        body.date = (v.date as Dayjs).format('YYYY-MM-DD');
        body.participants = String(v.participants)
          .split(/[、,，\s]+/)
          .filter(Boolean);
        body.findings = v.findings;
        break;
      case 'attach_emergency_opinion':
        body.authority = v.authority;
        body.opinion = v.opinion;
        body.date = (v.date as Dayjs).format('YYYY-MM-DD');
        body.documentNumber = v.documentNumber || null;
        break;
      case 'recommend':
        body.documentNumber = v.documentNumber;
        body.comment = v.comment ?? '';
        break;
      case 'approve':
      case 'reject': {
        // A decision is a document: confirmed with its 文号, 日期 and consequences before it is sent.
        const doc = v as unknown as DecisionDocumentValues;
        const confirmed = await confirmDecision(modal, t, {
          action: loc(action.label),
          outcome: a,
          values: doc,
        });
        if (!confirmed) {
          return;
        }
        Object.assign(body, decisionDocumentBody(doc));
        body.outcome = a;
        body.acknowledgeConflicts = Boolean(v.acknowledge);
        // 不通过: the criteria not met, each with its note (shown to the lead unit on the timeline).
        body.reasons = ((v.reasons as { criterionId?: string; note?: string }[] | undefined) ?? [])
          .filter((r) => r.criterionId)
          .map((r) => ({ criterionId: r.criterionId, met: false, note: r.note ?? '' }));
        break;
      }
      default:
        body.comment = v.comment ?? '';
    }
    setBusy(true);
    try {
      await onSubmit(action, body);
      form.resetFields();
    } finally {
      setBusy(false);
    }
  };

  const criteria = useQuery({
    queryKey: ['application-evaluation', app.id],
    queryFn: () => recognitionApi.evaluation(app.id),
    enabled: a === 'reject',
  });
  const commentRequired = action?.requiresComment ?? false;
  return (
    <Modal
      open={action !== null}
      title={action ? loc(action.label) : ''}
      onCancel={onCancel}
      onOk={() => void ok()}
      okText={t('recognition.app.confirm')}
      confirmLoading={busy}
      destroyOnHidden
      width={600}
    >
      {action?.stage && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {loc(action.stage.name)} · {docTitle(action.stage.source.file)} {action.stage.source.ref}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" name={`action-${a ?? ''}`} initialValues={{ checked: [] }}>
        {a === 'record_qualification_review' && (
          <Form.Item name="checked" label={t('recognition.review.checklist')}>
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
              options={CHECKLIST.map((k) => ({
                value: k,
                label: t(`recognition.review.checklistItems.${k}`),
              }))}
            />
          </Form.Item>
        )}
        {a === 'record_site_check' && (
          <>
            <Form.Item name="date" label={t('recognition.review.siteDate')} rules={[{ required: true }]}>
              <DatePicker disabledDate={afterToday} />
            </Form.Item>
            <Form.Item
              name="participants"
              label={t('recognition.review.participants')}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
            <Form.Item name="findings" label={t('recognition.review.findings')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
        {a === 'attach_emergency_opinion' && (
          <>
            <Form.Item
              name="authority"
              label={t('recognition.review.emergencyAuthority')}
              rules={[{ required: true, min: 2 }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="opinion"
              label={t('recognition.review.emergencyOpinion')}
              rules={[{ required: true }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="date" label={t('recognition.review.emergencyDate')} rules={[{ required: true }]}>
              <DatePicker disabledDate={afterToday} />
            </Form.Item>
            <Form.Item name="documentNumber" label={t('recognition.app.documentNumber')}>
              <Input />
            </Form.Item>
          </>
        )}
        {a === 'recommend' && (
          <Form.Item
            name="documentNumber"
            label={t('recognition.app.documentNumber')}
            rules={[{ required: true, min: 2 }]}
          >
            <Input placeholder="济工信字〔2026〕8号" />
          </Form.Item>
        )}
        {a === 'approve' && (
          <Form.Item name="acknowledge" valuePropName="checked">
            <Checkbox>{t('recognition.review.acknowledge')}</Checkbox>
          </Form.Item>
        )}
        {a === 'reject' && (
          <Form.Item label={t('recognition.review.reasons')}>
            <Form.List name="reasons" initialValue={[{}]}>
              {(fields, { add, remove }) => (
                <Space direction="vertical" style={{ width: '100%' }}>
                  {fields.map((field, i) => (
                    <Space key={field.key} align="start" style={{ width: '100%' }} data-reason={i}>
                      <Form.Item name={[field.name, 'criterionId']} noStyle>
                        <Select
                          style={{ width: 260 }}
                          showSearch
                          optionFilterProp="label"
                          aria-label={t('recognition.review.reasonCriterion')}
                          placeholder={t('recognition.review.reasonCriterion')}
                          loading={criteria.isPending}
                          options={(criteria.data?.criteria ?? []).map((c) => ({
                            value: c.id,
                            label: loc(c.name),
                          }))}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'note']} noStyle>
                        <Input
                          style={{ width: 230 }}
                          aria-label={t('recognition.review.reasonNote')}
                          placeholder={t('recognition.review.reasonNote')}
                        />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(field.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                    {t('recognition.review.addReason')}
                  </Button>
                </Space>
              )}
            </Form.List>
          </Form.Item>
        )}
        {(a === 'approve' || a === 'reject') && <DecisionDocumentFields />}
        {a !== 'record_site_check' &&
          a !== 'attach_emergency_opinion' &&
          a !== 'approve' &&
          a !== 'reject' && (
            <Form.Item
              name="comment"
              label={t('recognition.app.comment')}
              rules={
                commentRequired
                  ? [{ required: true, min: 2, message: t('recognition.app.commentRequired') }]
                  : []
              }
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
      </Form>
      {app.emergencyOpinionRequired && a === 'recommend' && !app.cityReview?.emergencyOpinion && (
        <Typography.Text type="warning">{t('recognition.review.emergency')}</Typography.Text>
      )}
    </Modal>
  );
}
