/** 申报表: the working copy (basics, metric values, attestations), members and materials; read-only once submitted. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Descriptions, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { findMetric } from '../../../../src/domain/metrics/index.ts';
import type { EligibilityRule } from '../../../../src/domain/policy/schema.ts';
import { applyServerErrors } from '../../lib/form-errors.ts';
import { policyApi } from '../policy/api.ts';
import { recognitionApi, type ApplicationDetail } from './api.ts';
import MaterialsCard from './MaterialsCard.tsx';
import MembersCard from './MembersCard.tsx';
import { loc } from './shared.tsx';

interface Values {
  summary: string;
  buildStatus: string | null;
  consortiumAgreementSigned: boolean;
  metricValues: Record<string, number | null>;
  facts: Record<string, boolean>;
}

export default function DraftEditor({ app, editable }: { app: ApplicationDetail; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const pack = useQuery({
    queryKey: ['policy-pack', app.call.packId],
    queryFn: () => policyApi.get(app.call.packId),
  });
  const evaluation = useQuery({
    queryKey: ['application-evaluation', app.id, app.version],
    queryFn: () => recognitionApi.evaluation(app.id),
  });

  const rules: EligibilityRule[] = useMemo(() => {
    const p = pack.data;
    if (!p) {
      return [];
    }
    const direction = p.directions.find((d) => d.id === app.direction);
    return [...p.eligibility, ...(direction?.eligibility ?? [])];
  }, [pack.data, app.direction]);
  const facts = rules.filter(
    (r): r is Extract<EligibilityRule, { kind: 'attestation' }> => r.kind === 'attestation',
  );
  const metrics = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of rules) {
      if (r.kind === 'metric_threshold') {
        seen.set(r.requirement.metric, loc(r.description));
      }
    }
    for (const c of evaluation.data?.criteria ?? []) {
      if (c.metric && !seen.has(c.metric)) {
        seen.set(c.metric, loc(c.name));
      }
    }
    return [...seen.entries()];
  }, [rules, evaluation.data]);

  useEffect(() => {
    form.setFieldsValue({
      summary: app.form.summary,
      buildStatus: app.form.buildStatus,
      consortiumAgreementSigned: app.form.consortiumAgreementSigned,
      metricValues: app.form.metricValues,
      facts: app.form.facts,
    });
  }, [app, form]);

  const formBody = () => {
    const v = form.getFieldsValue(true) as Values;
    const metricValues = Object.fromEntries(
      Object.entries(v.metricValues ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'),
    );
    return {
      summary: v.summary ?? '',
      buildStatus: v.buildStatus ?? null,
      consortiumAgreementSigned: Boolean(v.consortiumAgreementSigned),
      metricValues,
      facts: v.facts ?? {},
    };
  };

  // 实时预检: the pre-check follows the fields as they are typed (debounced), before 保存草稿.
  const previewTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(previewTimer.current ?? undefined), []);
  const previewSoon = () => {
    clearTimeout(previewTimer.current ?? undefined);
    previewTimer.current = setTimeout(() => {
      recognitionApi
        .previewEvaluation(app.id, formBody())
        .then((preview) => queryClient.setQueryData(['application-evaluation', app.id, app.version], preview))
        // A value the server refuses is reported on 保存草稿, beside its field; the preview just waits.
        .catch(() => undefined);
    }, 400);
  };

  const save = async () => {
    try {
      const next = await recognitionApi.updateApplication(app.id, {
        version: app.version,
        form: formBody(),
      });
      queryClient.setQueryData(['application', app.id], next);
      message.success(t('recognition.app.saved'));
    } catch (e) {
      // Field errors (a negative or absurd value) go beside their field; the rest to a message.
      const general = applyServerErrors(e, form, t, {
        fields: ['form'],
        fieldOf: (path) => (path[0] === 'form' ? path.slice(1) : path),
      });
      if (general) {
        message.error(general);
      }
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('recognition.app.basic')}
        extra={
          editable && (
            <Button type="primary" onClick={() => void save()}>
              {t('recognition.app.save')}
            </Button>
          )
        }
      >
        <Form
          form={form}
          layout="vertical"
          name="draft"
          disabled={!editable}
          onValuesChange={() => editable && previewSoon()}
        >
          <Form.Item name="summary" label={t('recognition.app.summary')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Space wrap size={24}>
            <Form.Item name="buildStatus" label={t('recognition.app.buildStatus')}>
              <Select
                style={{ width: 180 }}
                allowClear
                options={['built', 'under_construction', 'planned'].map((s) => ({
                  value: s,
                  label: t(`recognition.app.buildStatuses.${s}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="consortiumAgreementSigned" valuePropName="checked" label=" ">
              <Checkbox>{t('recognition.app.agreementSigned')}</Checkbox>
            </Form.Item>
          </Space>
          {metrics.length > 0 && (
            <Descriptions
              title={t('recognition.app.metrics')}
              size="small"
              column={{ xs: 1, md: 2 }}
              bordered
            >
              {metrics.map(([key, label]) => {
                // The catalogue's name and unit; the rule's wording (e.g. 1000平方米以上) as the hint.
                const metric = findMetric(key);
                const name = metric ? (i18n.language === 'en' ? metric.en : metric.zh) : label;
                const unit = metric ? (i18n.language === 'en' ? metric.unit.en : metric.unit.zh) : '';
                return (
                  <Descriptions.Item key={key} label={unit ? `${name}（${unit}）` : name}>
                    <Form.Item
                      name={['metricValues', key]}
                      extra={label !== name ? label : undefined}
                      style={{ marginBottom: 0 }}
                      rules={[
                        {
                          validator: (_, value: number | null | undefined) =>
                            typeof value === 'number' && value < 0
                              ? Promise.reject(new Error(t('recognition.app.negative')))
                              : Promise.resolve(),
                        },
                      ]}
                    >
                      <InputNumber aria-label={name} addonAfter={unit || undefined} style={{ width: 200 }} />
                    </Form.Item>
                  </Descriptions.Item>
                );
              })}
            </Descriptions>
          )}
          {facts.length > 0 && (
            <Form.Item label={t('recognition.app.facts')} style={{ marginTop: 16 }}>
              <Space direction="vertical">
                {facts.map((f) => (
                  <Form.Item key={f.fact} name={['facts', f.fact]} valuePropName="checked" noStyle>
                    <Checkbox data-fact={f.fact}>{loc(f.description)}</Checkbox>
                  </Form.Item>
                ))}
              </Space>
            </Form.Item>
          )}
        </Form>
      </Card>
      <MembersCard app={app} editable={editable} />
      <MaterialsCard app={app} editable={editable} />
    </Space>
  );
}
