/** What the current authority may do on the evaluation: review opinion, decision with reasons, publication. */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Radio, Space } from 'antd';
import { useState } from 'react';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { confirmDecision, DecisionDocumentFields } from '../../components/DecisionDocument.tsx';
import { applyServerErrors } from '../../lib/form-errors.ts';
import { evaluationApi, type EvaluationView } from './api.ts';
import { useLocalized } from './shared.tsx';

export default function ActionsCard({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{
    opinion?: string;
    rating?: string;
    reason?: string;
    documentNumber?: string;
    decidedOn?: Dayjs;
    judgements?: Record<string, boolean | undefined>;
  }>();
  // Verdicts on the qualitative criteria (专家判断), sent with the review or the decision.
  const judgementsOf = (v?: Record<string, boolean | undefined>) =>
    Object.fromEntries(
      Object.entries(v ?? {})
        .filter((e): e is [string, boolean] => typeof e[1] === 'boolean')
        .map(([id, met]) => [id, { met }]),
    );
  const judgementItems = view.qualitative.length > 0 && (
    <Form.Item label={t('evaluation.form.qualitative')}>
      {view.qualitative.map((q) => (
        <div
          key={q.criterionId}
          style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap', padding: '2px 0' }}
        >
          <span style={{ flex: '0 1 360px' }}>{loc(q.name)}</span>
          <Form.Item name={['judgements', q.criterionId]} initialValue={q.met ?? undefined} noStyle>
            <Radio.Group
              size="small"
              aria-label={loc(q.name)}
              options={[
                { value: true, label: t('evaluation.form.met') },
                { value: false, label: t('evaluation.form.notMet') },
              ]}
            />
          </Form.Item>
        </div>
      ))}
    </Form.Item>
  );
  const run = async (call: () => Promise<EvaluationView>) => {
    setBusy(true);
    setError(null);
    try {
      const next = await call();
      queryClient.setQueryData(['evaluation', view.id], next);
      await queryClient.invalidateQueries({ queryKey: ['evaluations'] });
      message.success(t('evaluation.form.saved'));
      form.resetFields();
    } catch (e) {
      setError(
        applyServerErrors(e, form, t, {
          fields: ['opinion', 'rating', 'reason', 'documentNumber', 'decidedOn'],
        }),
      );
    } finally {
      setBusy(false);
    }
  };
  const { abilities } = view;
  if (!abilities.review && !abilities.decide && !abilities.publish) {
    return null;
  }
  return (
    <Card
      title={
        abilities.review
          ? t('evaluation.form.submitReview')
          : abilities.decide
            ? t('evaluation.form.decide')
            : t('evaluation.form.publish')
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {abilities.review && (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) =>
            void run(() =>
              evaluationApi.review(view.id, {
                opinion: v.opinion ?? '',
                judgements: judgementsOf(v.judgements),
                version: view.version,
              }),
            )
          }
        >
          {judgementItems}
          <Form.Item name="opinion" label={t('evaluation.form.opinion')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('evaluation.form.submitReview')}
          </Button>
        </Form>
      )}
      {abilities.decide && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ rating: view.proposal?.rating }}
          onFinish={async (v) => {
            const label = view.ratingOptions.find((o) => o.value === v.rating)?.label;
            const confirmed = await confirmDecision(modal, t, {
              action: `${t('evaluation.form.decide')}：${label ? loc(label) : ''}`,
              values: { documentNumber: v.documentNumber ?? '', decidedOn: v.decidedOn! },
              consequence: t('management.consequences.rating'),
            });
            if (!confirmed) {
              return;
            }
            await run(() =>
              evaluationApi.decide(view.id, {
                rating: v.rating ?? '',
                reason: (v.reason ?? '').trim(),
                documentNumber: (v.documentNumber ?? '').trim(),
                decidedOn: v.decidedOn!.format('YYYY-MM-DD'),
                judgements: judgementsOf(v.judgements),
                version: view.version,
              }),
            );
          }}
        >
          {judgementItems}
          <Form.Item name="rating" label={t('evaluation.form.decideRating')} rules={[{ required: true }]}>
            <Radio.Group
              options={view.ratingOptions.map((o) => ({ value: o.value, label: loc(o.label) }))}
              optionType="button"
            />
          </Form.Item>
          <DecisionDocumentFields opinionName="reason" opinionLabel={t('evaluation.form.reason')} />
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('evaluation.form.submitDecision')}
          </Button>
        </Form>
      )}
      {abilities.publish && (
        <Space>
          <Popconfirm
            title={t('evaluation.form.publishConfirm')}
            onConfirm={() => void run(() => evaluationApi.publish(view.id, view.version))}
          >
            <Button type="primary" loading={busy}>
              {t('evaluation.form.publish')}
            </Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}
