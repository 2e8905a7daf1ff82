/** One policy pack: criteria by level / type / kind, eligibility, stages, rating, revocation; 自评 tab. */
import { useQuery } from '@tanstack/react-query';
import { Alert, Breadcrumb, Card, Descriptions, Empty, Space, Table, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import PageLoading from '../../components/PageLoading.tsx';
import { policyApi, type PolicyPack } from './api.ts';
import {
  Citation,
  metricLabel,
  requirementText,
  Uncertain,
  useL,
  type Localized,
  type SourceRef,
} from './shared.tsx';
import { useDocumentTitle } from '../../lib/citation.ts';
import { usePageTitle } from '../../lib/page-title.ts';

const SelfCheck = lazy(() => import('./SelfCheck.tsx'));

type Group = PolicyPack['criteriaGroups'][number];
type Criterion = Group['criteria'][number];
type Deadline = NonNullable<PolicyPack['processes'][number]['stages'][number]['deadline']>;

/** 建设运营场地使用面积 ≥ 2000 平方米: the metric by its name, the threshold with its unit. */
function Threshold(p: { metric: string | null; comparator: string | null; threshold: number | null }) {
  const l = useL();
  const { name, unit } = p.metric ? metricLabel(p.metric, l) : { name: '', unit: '' };
  return (
    <span>
      {name && <Typography.Text strong>{name}</Typography.Text>} {requirementText(p.comparator, p.threshold)}
      {unit && p.comparator !== null ? ` ${unit}` : ''}
    </span>
  );
}

function useDeadline(): (d: Deadline | undefined) => string {
  const { t } = useTranslation();
  return (d) => {
    if (!d) {
      return '—';
    }
    switch (d.kind) {
      case 'working_days':
        return t('policy.deadline.workingDays', { n: d.days });
      case 'calendar_days':
        return t('policy.deadline.calendarDays', { n: d.days });
      case 'calendar_months':
        return t('policy.deadline.months', { n: d.months });
      case 'fixed_date':
        return t('policy.deadline.fixedDate', {
          m: d.month,
          d: d.day,
          offset: d.yearOffset ? t('policy.deadline.nextYear') : '',
        });
      case 'month_range':
        return t('policy.deadline.monthRange', {
          from: d.fromMonth,
          to: d.toMonth,
          offset: d.yearOffset ? t('policy.deadline.nextYear') : '',
        });
    }
  };
}

function CriteriaTable({ group }: { group: Group }) {
  const { t } = useTranslation();
  const docTitle = useDocumentTitle();
  const l = useL();
  return (
    <Table<Criterion>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={group.criteria}
      scroll={{ x: 900 }}
      expandable={{
        expandedRowRender: (c) => (
          <Typography.Paragraph style={{ margin: 0 }} lang="zh-CN">
            <Typography.Text type="secondary">
              {docTitle(c.source.file)} · {c.source.ref}：
            </Typography.Text>
            {c.source.text}
          </Typography.Paragraph>
        ),
      }}
      columns={[
        {
          title: t('policy.criterion'),
          width: 160,
          render: (_, c) => (
            <Space orientation="vertical" size={2}>
              <Typography.Text strong>{l(c.name)}</Typography.Text>
              {c.effect === 'preferred' && <Tag color="gold">{t('policy.preferred')}</Tag>}
            </Space>
          ),
        },
        { title: t('policy.requirement'), render: (_, c) => l(c.statement) },
        {
          title: t('policy.threshold'),
          width: 170,
          render: (_, c) =>
            c.kind === 'quantitative' ? (
              <Space orientation="vertical" size={2}>
                <Threshold metric={c.metric} comparator={c.comparator} threshold={c.threshold} />
                {c.also.map((a) => (
                  <span key={a.metric}>
                    <Threshold metric={a.metric} comparator={a.comparator} threshold={a.threshold} />
                    {a.uncertain && <Uncertain raw={a.raw} />}
                  </span>
                ))}
                {c.uncertain && <Uncertain raw={c.raw} />}
              </Space>
            ) : (
              <Tag>{t('policy.qualitative')}</Tag>
            ),
        },
        {
          title: t('policy.period'),
          width: 90,
          render: (_, c) => (c.kind === 'quantitative' ? t(`policy.periods.${c.period}`) : '—'),
        },
        { title: t('policy.citation'), width: 150, render: (_, c) => <Citation source={c.source} /> },
      ]}
    />
  );
}

interface RuleRow {
  id: string;
  description: Localized;
  source: SourceRef;
  inPrinciple?: boolean;
  uncertain?: boolean | undefined;
  raw?: string | undefined;
}

function RulesTable({ rows }: { rows: RuleRow[] }) {
  const { t } = useTranslation();
  const l = useL();
  return (
    <Table<RuleRow>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        {
          title: t('policy.rule'),
          render: (_, r) => (
            <>
              {l(r.description)} {r.inPrinciple && <Tag>{t('policy.inPrinciple')}</Tag>}
              {r.uncertain && <Uncertain raw={r.raw} />}
            </>
          ),
        },
        { title: t('policy.citation'), width: 170, render: (_, r) => <Citation source={r.source} /> },
      ]}
    />
  );
}

function useSections(pack: PolicyPack) {
  const { t } = useTranslation();
  const l = useL();
  const deadline = useDeadline();
  const sections = [];
  if (pack.criteriaGroups.length > 0) {
    sections.push({
      key: 'criteria',
      label: t('policy.tabs.criteria'),
      children: pack.criteriaGroups.map((g) => (
        <Card key={g.id} size="small" title={l(g.name)} style={{ marginBottom: 16 }}>
          <CriteriaTable group={g} />
        </Card>
      )),
    });
  }
  if (pack.directions.length > 0) {
    sections.push({
      key: 'directions',
      label: t('policy.tabs.directions'),
      children: pack.directions.map((d) => (
        <Card key={d.id} size="small" title={l(d.name)} style={{ marginBottom: 16 }}>
          <Typography.Paragraph>
            {l(d.description)}{' '}
            <Tag color="blue">
              {t('policy.quota')}：{d.quota.count}
              {l(d.quota.unit)}
              {d.quota.approximate ? t('policy.approximately') : ''}
            </Tag>
            <Citation source={d.quota.source} />
          </Typography.Paragraph>
          {d.eligibility.length > 0 && <RulesTable rows={d.eligibility} />}
          {d.priorities.length > 0 && (
            <>
              <Typography.Title level={5}>{t('policy.priorities')}</Typography.Title>
              <RulesTable rows={d.priorities} />
            </>
          )}
        </Card>
      )),
    });
  }
  if (pack.eligibility.length + pack.uniqueness.length > 0) {
    sections.push({
      key: 'eligibility',
      label: t('policy.tabs.eligibility'),
      children: <RulesTable rows={[...pack.eligibility, ...pack.uniqueness]} />,
    });
  }
  if (pack.processes.length > 0) {
    sections.push({
      key: 'process',
      label: t('policy.tabs.process'),
      children: pack.processes.map((p) => (
        <Card
          key={p.id}
          size="small"
          title={l(p.name)}
          extra={<Citation source={p.source} />}
          style={{ marginBottom: 16 }}
        >
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={[...p.stages].sort((a, b) => a.order - b.order)}
            columns={[
              { title: '#', width: 50, render: (_, s) => s.order },
              { title: t('policy.stage'), render: (_, s) => l(s.name) },
              { title: t('policy.actor'), width: 160, render: (_, s) => t(`policy.actors.${s.actor}`) },
              { title: t('policy.deadlineLabel'), width: 170, render: (_, s) => deadline(s.deadline) },
              { title: t('policy.citation'), width: 150, render: (_, s) => <Citation source={s.source} /> },
            ]}
          />
        </Card>
      )),
    });
  }
  if (pack.rating || pack.revocation || pack.changeFiling || pack.annualReport) {
    sections.push({
      key: 'rating',
      label: t('policy.tabs.rating'),
      children: (
        <Space orientation="vertical" style={{ width: '100%' }} size={16}>
          {pack.rating && (
            <Card
              size="small"
              title={t('policy.ratingScale')}
              extra={<Citation source={pack.rating.source} />}
            >
              {pack.rating.kind === 'grades'
                ? pack.rating.grades.map((g) => (
                    <Tag
                      key={g.id}
                      color={
                        pack.rating?.kind === 'grades' && pack.rating.failing.includes(g.id) ? 'red' : 'green'
                      }
                    >
                      {l(g.name)}
                    </Tag>
                  ))
                : t('policy.stars', { n: pack.rating.count })}
            </Card>
          )}
          {pack.revocation && (
            <Card size="small" title={t('policy.revocationGrounds')}>
              <RulesTable rows={pack.revocation.grounds} />
              {pack.revocation.ban && (
                <Alert
                  style={{ marginTop: 12 }}
                  type="warning"
                  showIcon
                  message={t('policy.ban', { n: pack.revocation.ban.years })}
                  description={
                    <>
                      {l(pack.revocation.ban.description)} <Citation source={pack.revocation.ban.source} />
                    </>
                  }
                />
              )}
            </Card>
          )}
          {pack.changeFiling && (
            <Card
              size="small"
              title={t('policy.changeFiling')}
              extra={<Citation source={pack.changeFiling.source} />}
            >
              {l(pack.changeFiling.description)}（{deadline(pack.changeFiling.deadline)}）
            </Card>
          )}
          {pack.annualReport && (
            <Card
              size="small"
              title={t('policy.annualReport')}
              extra={<Citation source={pack.annualReport.source} />}
            >
              {l(pack.annualReport.description)}（{deadline(pack.annualReport.due)}）
            </Card>
          )}
        </Space>
      ),
    });
  }
  if (pack.targets.length > 0) {
    sections.push({
      key: 'targets',
      label: t('policy.tabs.targets'),
      children: (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={pack.targets}
          columns={[
            { title: t('policy.criterion'), render: (_, x) => l(x.name) },
            {
              title: t('policy.threshold'),
              width: 220,
              render: (_, x) => (
                <>
                  {requirementText(x.comparator, x.value)} {l(x.unit)}
                  {x.aim !== undefined && `（${t('policy.aim')} ${x.aim}）`}
                  {x.uncertain && <Uncertain raw={x.raw} />}
                </>
              ),
            },
            { title: t('policy.targetYear'), width: 90, dataIndex: 'targetYear' },
            { title: t('policy.citation'), width: 150, render: (_, x) => <Citation source={x.source} /> },
          ]}
        />
      ),
    });
  }
  if (pack.reportTemplates.length > 0) {
    sections.push({
      key: 'reports',
      label: t('policy.tabs.reports'),
      children: pack.reportTemplates.map((r) => (
        <Card
          key={r.id}
          size="small"
          title={l(r.name)}
          extra={<Citation source={r.source} />}
          style={{ marginBottom: 16 }}
        >
          <Typography.Paragraph>
            {t(`policy.actors.${r.filedBy}`)} → {t(`policy.actors.${r.filedTo}`)}，{deadline(r.due)}
          </Typography.Paragraph>
          <Space wrap>
            {r.columns.map((c) => (
              <Tag key={c.key}>{l(c)}</Tag>
            ))}
          </Space>
        </Card>
      )),
    });
  }
  return sections;
}

export default function PolicyPackPage({ tab }: { tab?: 'self-check' }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const {
    data: pack,
    isPending,
    error,
  } = useQuery({ queryKey: ['policy-pack', id], queryFn: () => policyApi.get(id) });
  const l = useL();
  usePageTitle([pack ? l(pack.title) : null, t('menu.policy')], !pack);
  if (isPending) {
    return <PageLoading />;
  }
  if (error || !pack) {
    return <Alert type="error" showIcon message={error?.message ?? t('notFound.title')} />;
  }
  return <PackView key={pack.id} pack={pack} tab={tab} />;
}

function PackView({ pack, tab }: { pack: PolicyPack; tab?: 'self-check' | undefined }) {
  const { t } = useTranslation();
  const l = useL();
  const [active, setActive] = useState<string | undefined>(tab);
  const items = useSections(pack);
  const canCheck = pack.criteriaGroups.length > 0 || pack.eligibility.length > 0;
  if (canCheck) {
    items.push({
      key: 'self-check',
      label: t('policy.tabs.selfCheck'),
      children: (
        <Suspense fallback={<PageLoading />}>
          <SelfCheck pack={pack} />
        </Suspense>
      ),
    });
  }
  const doc = pack.sourceDocument;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb
        items={[{ title: <Link to="/policy">{t('menu.policy')}</Link> }, { title: l(pack.title) }]}
      />
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {l(pack.title)}
        </Typography.Title>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('policy.sourceDocument')}>{l(doc.title)}</Descriptions.Item>
          <Descriptions.Item label={t('policy.issuer')}>{l(doc.issuer)}</Descriptions.Item>
          <Descriptions.Item label={t('policy.docNumber')}>{doc.docNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('policy.issuedOn')}>{doc.date ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('policy.version')}>
            {pack.version} {doc.status && <Tag>{l(doc.status)}</Tag>}
          </Descriptions.Item>
          {pack.validity && (
            <Descriptions.Item label={t('policy.validity')}>{l(pack.validity.description)}</Descriptions.Item>
          )}
          {pack.recognitionTerm && (
            <Descriptions.Item label={t('policy.recognitionTerm')}>
              {l(pack.recognitionTerm.description)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card>
        {items.length === 0 ? (
          <Empty />
        ) : (
          <Tabs activeKey={active ?? items[0]?.key} onChange={setActive} items={items} />
        )}
      </Card>
    </Space>
  );
}
