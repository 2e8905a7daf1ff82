/** 自评: pick level / type / kind (or direction), enter metric values, see live which criteria pass and why. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Form, InputNumber, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { policyApi, type ApplicationProfileInput, type EvaluationReport, type PolicyPack } from './api.ts';
import { Citation, metricLabel, requirementText, StatusTag, Uncertain, useL } from './shared.tsx';

type Level = 'national' | 'provincial' | 'municipal';
type CenterType = 'comprehensive' | 'industry' | 'functional';
type Kind = 'tech_innovation' | 'incubation' | 'talent' | 'sme_service';

interface Target {
  level: Level;
  type?: CenterType | undefined;
  kind?: Kind | undefined;
  direction?: string | undefined;
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function initialTarget(pack: PolicyPack): Target {
  const level: Level = (pack.levels[0] as Level | undefined) ?? (pack.jurisdiction.level as Level);
  if (pack.directions.length > 0) {
    return { level, direction: pack.directions[0]?.id };
  }
  return { level, type: pack.types[0] as CenterType | undefined };
}

type Row = EvaluationReport['criteria'][number];

export default function SelfCheck({ pack }: { pack: PolicyPack }) {
  const { t } = useTranslation();
  const l = useL();
  const [target, setTarget] = useState<Target>(() => initialTarget(pack));
  const [values, setValues] = useState<Record<string, number>>({});
  const profile: ApplicationProfileInput = useMemo(
    () => ({
      applicationDate: today(),
      ...target,
      ...(target.type === 'functional' ? {} : { kind: undefined }),
      regionCode: pack.jurisdiction.regionCode ?? undefined,
      leadOrg: {
        name: t('policy.selfCheck.applicant'),
        orgKind: 'enterprise',
        legalPerson: true,
        registeredRegionCode: pack.jurisdiction.regionCode ?? undefined,
      },
      metricValues: values,
    }),
    [target, values, pack, t],
  );
  const debounced = useDebounced(profile, 400);
  const { data, error, isFetching } = useQuery({
    queryKey: ['policy-evaluate', pack.id, debounced],
    queryFn: () => policyApi.evaluate(pack.id, debounced),
    placeholderData: keepPreviousData,
  });

  // Metrics of the applicable criteria, labelled by the first criterion that uses them.
  const metrics = useMemo(() => {
    const seen = new Map<string, string>();
    for (const c of data?.criteria ?? []) {
      for (const check of c.checks) {
        if (!seen.has(check.metric)) {
          const { name } = metricLabel(check.metric, l);
          seen.set(check.metric, name === check.metric ? l(c.name) : name);
        }
      }
    }
    return [...seen.entries()];
  }, [data, l]);

  const needsKind = target.type === 'functional' && pack.kinds.length > 0;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={9}>
        <Card size="small" title={t('policy.selfCheck.target')}>
          <Form layout="vertical" size="small">
            {pack.levels.length > 0 && (
              <Form.Item label={t('policy.selfCheck.level')}>
                <Select
                  value={target.level}
                  onChange={(level) => setTarget({ ...target, level })}
                  options={pack.levels.map((v) => ({ value: v, label: t(`policy.levels.${v}`) }))}
                />
              </Form.Item>
            )}
            {pack.directions.length > 0 ? (
              <Form.Item label={t('policy.selfCheck.direction')}>
                <Select
                  value={target.direction}
                  onChange={(direction) => setTarget({ ...target, direction })}
                  options={pack.directions.map((d) => ({ value: d.id, label: l(d.name) }))}
                />
              </Form.Item>
            ) : (
              pack.types.length > 0 && (
                <Form.Item label={t('policy.selfCheck.type')}>
                  <Select
                    aria-label={t('policy.selfCheck.type')}
                    value={target.type}
                    onChange={(type) =>
                      setTarget({
                        ...target,
                        type,
                        kind: type === 'functional' ? (pack.kinds[0] as Kind | undefined) : undefined,
                      })
                    }
                    options={pack.types.map((v) => ({ value: v, label: t(`policy.types.${v}`) }))}
                  />
                </Form.Item>
              )
            )}
            {needsKind && (
              <Form.Item label={t('policy.selfCheck.kind')}>
                <Select
                  value={target.kind}
                  onChange={(kind) => setTarget({ ...target, kind })}
                  options={pack.kinds.map((v) => ({ value: v, label: t(`policy.kinds.${v}`) }))}
                />
              </Form.Item>
            )}
          </Form>
        </Card>
        <Card size="small" title={t('policy.selfCheck.values')} style={{ marginTop: 16 }}>
          {metrics.length === 0 && (
            <Typography.Text type="secondary">{t('policy.selfCheck.noMetrics')}</Typography.Text>
          )}
          <Form layout="vertical" size="small">
            {metrics.map(([metric, label]) => (
              <Form.Item key={metric} label={label} style={{ marginBottom: 10 }}>
                <InputNumber
                  data-metric={metric}
                  aria-label={label}
                  suffix={metricLabel(metric, l).unit || undefined}
                  style={{ width: '100%' }}
                  min={0}
                  value={values[metric] ?? null}
                  onChange={(v) => {
                    const next = { ...values };
                    if (typeof v === 'number') {
                      next[metric] = v;
                    } else {
                      delete next[metric];
                    }
                    setValues(next);
                  }}
                />
              </Form.Item>
            ))}
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        {error && <Alert type="error" showIcon message={error.message} style={{ marginBottom: 16 }} />}
        {data && (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Alert
              type={data.summary.notMet > 0 ? 'error' : data.summary.allRequiredMet ? 'success' : 'info'}
              showIcon
              message={t('policy.selfCheck.summary', {
                met: data.summary.met,
                notMet: data.summary.notMet,
                judgement: data.summary.needsJudgement,
                missing: data.summary.missingValue,
              })}
            />
            <Card
              size="small"
              title={t('policy.tabs.criteria')}
              loading={false}
              extra={isFetching && <Tag>{t('app.loading')}</Tag>}
            >
              <Table<Row>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={data.criteria}
                scroll={{ x: 640 }}
                columns={[
                  { title: t('policy.criterion'), render: (_, c) => l(c.name) },
                  {
                    title: t('policy.threshold'),
                    width: 120,
                    render: (_, c) =>
                      c.metric ? (
                        <>
                          {requirementText(c.comparator, c.required)}
                          {c.uncertain && <Uncertain raw={c.checks.find((x) => x.raw)?.raw} />}
                        </>
                      ) : (
                        <Tag>{t('policy.qualitative')}</Tag>
                      ),
                  },
                  { title: t('policy.selfCheck.actual'), width: 80, render: (_, c) => c.actual ?? '—' },
                  {
                    title: t('policy.selfCheck.result'),
                    width: 110,
                    render: (_, c) => <StatusTag status={c.status} />,
                  },
                  {
                    title: t('policy.citation'),
                    width: 140,
                    render: (_, c) => <Citation source={c.source} />,
                  },
                ]}
              />
            </Card>
            <Card size="small" title={t('policy.tabs.eligibility')}>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={data.rules}
                columns={[
                  {
                    title: t('policy.selfCheck.result'),
                    width: 90,
                    render: (_, r) => <StatusTag status={r.passed ? 'met' : 'not_met'} />,
                  },
                  { title: t('policy.selfCheck.reason'), render: (_, r) => l(r.reason) },
                  {
                    title: t('policy.citation'),
                    width: 140,
                    render: (_, r) => <Citation source={r.source} />,
                  },
                ]}
              />
            </Card>
          </Space>
        )}
      </Col>
    </Row>
  );
}
