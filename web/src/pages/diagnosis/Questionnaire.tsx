/**
 * The self-assessment form: one card per dimension, then the scenario ladders. Choices are vertical
 * lists so the form reads on a phone. Drafts save at any time; submitting needs the pledge.
 */
import { App, Alert, Button, Card, Checkbox, Form, InputNumber, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useL } from '../policy/shared.tsx';
import type { Answers, AssessmentView, DiagnosisModel } from './api.ts';
import { diagnosisApi } from './api.ts';

type Question = DiagnosisModel['dimensions'][number]['indicators'][number]['questions'][number];

/** Server field errors `answers.<questionId>` onto the form's fields; true when any matched. */
function showFieldErrors(error: unknown, form: ReturnType<typeof Form.useForm<Answers>>[0]): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors) {
    return false;
  }
  const fields = error.problem.errors
    .filter((e) => e.field.startsWith('answers.'))
    .map((e) => ({ name: e.field.slice('answers.'.length), errors: [e.message] }));
  form.setFields(fields);
  if (fields[0]) {
    form.scrollToField(fields[0].name, { block: 'center' });
  }
  return fields.length > 0;
}

/** Form.Item injects `id`, `value` and `onChange` into its child: pass them to the real control. */
interface ControlProps {
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
}

function QuestionInput({ q, ...control }: { q: Question } & ControlProps) {
  const { t } = useTranslation();
  const l = useL();
  if (q.type === 'rate') {
    return (
      <InputNumber
        {...control}
        value={control.value as number | undefined}
        min={0}
        max={100}
        precision={2}
        addonAfter="%"
        placeholder={t('diagnosis.ratePlaceholder')}
        style={{ width: 180 }}
      />
    );
  }
  const options = q.options.map((o) => ({ value: o.id, label: l(o.label) }));
  return q.type === 'single' ? (
    <Radio.Group id={control.id} value={control.value} onChange={(e) => control.onChange?.(e.target.value)}>
      <Space direction="vertical">
        {options.map((o) => (
          <Radio key={o.value} value={o.value}>
            {o.label}
          </Radio>
        ))}
      </Space>
    </Radio.Group>
  ) : (
    <div id={control.id}>
      <Checkbox.Group value={control.value as string[] | undefined} onChange={(v) => control.onChange?.(v)}>
        <Space direction="vertical">
          {options.map((o) => (
            <Checkbox key={o.value} value={o.value}>
              {o.label}
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
    </div>
  );
}

/** Drops unanswered fields: the API reads a missing key as "not answered yet". */
function clean(values: Record<string, unknown>): Answers {
  const answers: Answers = {};
  for (const [id, v] of Object.entries(values)) {
    if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) {
      answers[id] = v as Answers[string];
    }
  }
  return answers;
}

export default function Questionnaire({
  model,
  assessment,
  onChanged,
}: {
  model: DiagnosisModel;
  assessment: AssessmentView;
  onChanged: (a: AssessmentView) => void;
}) {
  const { t } = useTranslation();
  const l = useL();
  const { message } = App.useApp();
  const [form] = Form.useForm<Answers>();
  const [pledge, setPledge] = useState(false);
  const [busy, setBusy] = useState(false);
  const [answered, setAnswered] = useState(Object.keys(assessment.answers).length);
  const total =
    model.dimensions.reduce((n, d) => n + d.indicators.reduce((k, i) => k + i.questions.length, 0), 0) +
    model.scenarios.length;

  const run = async (submit: boolean) => {
    if (submit && !pledge) {
      void message.warning(t('diagnosis.pledgeRequired'));
      return;
    }
    setBusy(true);
    try {
      const answers = clean(form.getFieldsValue(true) as Record<string, unknown>);
      let saved = await diagnosisApi.save(assessment.id, assessment.version, answers);
      if (submit) {
        saved = await diagnosisApi.submit(saved.id, saved.version, true);
        void message.success(t('diagnosis.submitted'));
      } else {
        void message.success(t('diagnosis.saved'));
      }
      onChanged(saved);
    } catch (error) {
      if (showFieldErrors(error, form)) {
        void message.error(t('diagnosis.fixErrors'));
      } else {
        void message.error(error instanceof ApiError ? error.message : t('common.error'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={assessment.answers}
      onValuesChange={(_, all) => setAnswered(Object.keys(clean(all as Record<string, unknown>)).length)}
    >
      <Typography.Title level={4}>{l(model.title)}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('diagnosis.intro')}</Typography.Paragraph>
      {model.dimensions.map((d) => (
        <Card
          key={d.id}
          size="small"
          title={`${l(d.name)}（${t('diagnosis.points', { points: d.weight })}）`}
          style={{ marginBottom: 12 }}
        >
          {d.indicators.flatMap((ind) =>
            ind.questions.map((q) => (
              <Form.Item
                key={q.id}
                name={q.id}
                label={`${l(q.text)}（${t('diagnosis.points', { points: q.type === 'rate' ? q.points : q.type === 'multi' ? q.max : Math.max(...q.options.map((o) => o.points)) })}）`}
                extra={q.type === 'rate' && q.definition ? l(q.definition) : undefined}
              >
                <QuestionInput q={q} />
              </Form.Item>
            )),
          )}
        </Card>
      ))}
      {model.scenarios.length > 0 && (
        <Card size="small" title={t('diagnosis.scenarios')} style={{ marginBottom: 12 }}>
          <Typography.Paragraph type="secondary">{t('diagnosis.scenariosHelp')}</Typography.Paragraph>
          {model.scenarios.map((s) => (
            <Form.Item key={s.id} name={s.id} label={l(s.name)}>
              <Radio.Group>
                <Space direction="vertical">
                  {s.levels.map((lv) => (
                    <Radio key={lv.level} value={lv.level}>
                      {t(`diagnosis.levels.${lv.level}`)}：{l(lv.descriptor)}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            </Form.Item>
          ))}
        </Card>
      )}
      <Card size="small">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('diagnosis.progress', { answered, total })}</Typography.Text>
          {model.levels.uncertain && <Alert type="info" showIcon message={t('diagnosis.report.uncertain')} />}
          <Checkbox checked={pledge} onChange={(e) => setPledge(e.target.checked)} data-testid="pledge">
            {t('diagnosis.pledge')}
          </Checkbox>
          <Space wrap>
            <Button loading={busy} onClick={() => void run(false)}>
              {t('diagnosis.save')}
            </Button>
            <Button type="primary" loading={busy} disabled={!pledge} onClick={() => void run(true)}>
              {t('diagnosis.submit')}
            </Button>
          </Space>
        </Space>
      </Card>
    </Form>
  );
}
