/** One review panel (province): members with fields and balance, conflicts, adjust, invite, scores, records, completion. */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Popconfirm,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import PageLoading from '../../components/PageLoading.tsx';
import {
  confirmDecision,
  DecisionDocumentFields,
  decisionDocumentBody,
  type DecisionDocumentValues,
} from '../../components/DecisionDocument.tsx';
import { afterToday } from '../../lib/dates.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { reviewApi, type AggregationView, type PanelView, type Stats } from './api.ts';
import { FIELDS, FieldTags, SeatTag, errorText, loc, num } from './shared.tsx';

type Member = PanelView['members'][number];
const ACTIVE = new Set(['proposed', 'invited', 'accepted', 'submitted']);

export default function PanelPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const panel = useQuery({ queryKey: ['review', 'panel', id], queryFn: () => reviewApi.panel(id) });
  const [busy, setBusy] = useState(false);

  const act = async (fn: () => Promise<PanelView>, ok = t('expertReview.panel.updated')) => {
    setBusy(true);
    try {
      const next = await fn();
      queryClient.setQueryData(['review', 'panel', id], next);
      await queryClient.invalidateQueries({ queryKey: ['review', 'aggregation', id] });
      message.success(ok);
      return true;
    } catch (e) {
      message.error(errorText(e, t('common.error')));
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (panel.isLoading || !panel.data) {
    return panel.error ? <Alert type="error" message={errorText(panel.error, '')} /> : <PageLoading />;
  }
  const p = panel.data;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={`/expert-review?call=${p.callId}`}>
        <ArrowLeftOutlined /> {t('expertReview.panel.back')}
      </Link>
      <Card>
        <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <div>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {p.applicationName}
            </Typography.Title>
            <Typography.Text type="secondary">{p.leadOrganisationName}</Typography.Text>
          </div>
          <Space size="large">
            <Statistic
              title={t('expertReview.page.status')}
              valueRender={() => (
                <Tag color={p.status === 'confirmed' ? 'processing' : 'default'}>
                  {t(`expertReview.panelStatus.${p.status}`)}
                </Tag>
              )}
            />
            <Statistic title={t('expertReview.page.experts')} value={`${p.active} / ${p.panelSize}`} />
            <Statistic title={t('expertReview.page.submitted')} value={p.submitted} />
          </Space>
        </Space>
      </Card>
      <Tabs
        items={[
          {
            key: 'members',
            label: t('expertReview.panel.tabMembers'),
            children: <MembersTab panel={p} busy={busy} act={act} />,
          },
          {
            key: 'scores',
            label: t('expertReview.panel.tabScores'),
            children: <ScoresTab panelId={p.id} />,
          },
          {
            key: 'records',
            label: t('expertReview.panel.tabRecords'),
            children: <RecordsTab panel={p} act={act} />,
          },
          {
            key: 'complete',
            label: t('expertReview.panel.tabComplete'),
            children: <CompleteTab panel={p} act={act} />,
          },
        ]}
      />
    </Space>
  );
}

type Act = (fn: () => Promise<PanelView>, ok?: string) => Promise<boolean>;

function MembersTab({ panel: p, busy, act }: { panel: PanelView; busy: boolean; act: Act }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<string | undefined>();
  const [dueOn, setDueOn] = useState(dayjs().add(14, 'day'));
  const pool = useQuery({
    queryKey: ['review', 'pool', p.callId],
    queryFn: () => reviewApi.pool(p.callId),
    enabled: p.abilities.manage,
  });
  const active = p.members.filter((m) => ACTIVE.has(m.status));
  const seated = new Set(active.map((m) => m.expertUserId));
  const excludedIds = new Set(p.notes.excluded.map((x) => x.expertUserId));

  const columns: ColumnsType<Member> = [
    { title: t('expertReview.panel.expert'), dataIndex: 'expertName', width: 110 },
    { title: t('expertReview.panel.organisation'), dataIndex: 'organisationName' },
    {
      title: t('expertReview.panel.fields'),
      key: 'fields',
      render: (_, m) => <FieldTags fields={m.fields} />,
    },
    {
      title: t('expertReview.panel.status'),
      key: 'status',
      width: 110,
      render: (_, m) => (
        <div>
          <SeatTag status={m.status} />
          {m.statusNote && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {m.statusNote}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    { title: t('expertReview.panel.load'), dataIndex: 'load', width: 110 },
    {
      title: '',
      key: 'actions',
      width: 80,
      render: (_, m) =>
        p.abilities.manage &&
        ACTIVE.has(m.status) &&
        m.status !== 'submitted' && (
          <Popconfirm
            title={t('expertReview.panel.removeConfirm')}
            onConfirm={() => act(() => reviewApi.removeMember(p.id, m.assignmentId, p.version, ''))}
          >
            <Button type="link" size="small" danger>
              {t('expertReview.panel.remove')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('expertReview.panel.balance')} size="small">
        <Space size="large" wrap data-testid="field-balance">
          {FIELDS.map((f) => {
            const n = active.filter((m) => m.fields.includes(f)).length;
            const required = p.requiredFields.includes(f);
            return (
              <Space key={f} size={4}>
                <Typography.Text>{t(`expertReview.fields.${f}`)}</Typography.Text>
                <Tag color={n > 0 ? 'success' : required ? 'error' : 'default'}>{n}</Tag>
              </Space>
            );
          })}
          {p.missingFields.length > 0 && (
            <Typography.Text type="danger">
              {t('expertReview.panel.missingList', {
                fields: p.missingFields
                  .map((f) => t(`expertReview.fields.${f}`))
                  .join(t('common.listSeparator')),
              })}
            </Typography.Text>
          )}
        </Space>
      </Card>
      {p.notes.shortfalls.map((s, i) => (
        <Alert
          key={i}
          type="warning"
          showIcon
          message={loc(s.message)}
          description={s.remedy ? `${t('expertReview.panel.remedy')}${loc(s.remedy)}` : undefined}
          data-testid="panel-shortfall"
        />
      ))}
      {p.abilities.manage && active.length < p.panelSize && (
        <Alert
          type="error"
          showIcon
          data-testid="panel-short"
          message={t('expertReview.panel.short', { active: active.length, needed: p.panelSize })}
          action={<Link to="/experts">{t('expertReview.panel.openPool')}</Link>}
        />
      )}
      <Card title={t('expertReview.panel.members')} size="small">
        <Table
          rowKey="assignmentId"
          size="small"
          columns={columns}
          dataSource={p.members}
          pagination={false}
          data-testid="panel-members"
        />
        {p.abilities.manage && (
          <Space style={{ marginTop: 12 }} wrap>
            <Select
              style={{ width: 380 }}
              showSearch
              optionFilterProp="label"
              placeholder={t('expertReview.panel.addPlaceholder')}
              value={adding}
              onChange={setAdding}
              options={(pool.data?.items ?? [])
                .filter((e) => !seated.has(e.expertUserId) && !excludedIds.has(e.expertUserId))
                .map((e) => ({
                  value: e.expertUserId,
                  disabled: !e.available,
                  label: `${e.name} · ${e.organisationName} · ${
                    e.fields.map((f) => t(`expertReview.fields.${f}`)).join('/') || t('expertPool.noFields')
                  } · ${t('expertReview.panel.loadShort', { load: e.load })}${
                    e.available ? '' : ` · ${t('expertPool.unavailable')}`
                  }`,
                }))}
            />
            <Button
              disabled={!adding}
              loading={busy}
              onClick={() =>
                void act(() => reviewApi.addMember(p.id, adding!, p.version)).then(
                  (ok) => ok && setAdding(undefined),
                )
              }
            >
              {t('expertReview.panel.add')}
            </Button>
            {(p.needsReassignment || active.length < p.panelSize) && (
              <Button onClick={() => void act(() => reviewApi.reassign(p.id, p.version))}>
                {t('expertReview.panel.reassign')}
              </Button>
            )}
          </Space>
        )}
      </Card>
      <Card title={t('expertReview.panel.excluded')} size="small" data-testid="excluded-experts">
        {p.notes.excluded.length === 0 ? (
          <Typography.Text type="secondary">{t('expertReview.panel.noExcluded')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={p.notes.excluded}
            renderItem={(x) => (
              <List.Item>
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{x.expertName}</Typography.Text>
                  {x.reasons.map((r) => (
                    <Typography.Text key={r.code} type="danger">
                      {loc(r.message)}
                    </Typography.Text>
                  ))}
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
      {p.abilities.manage && (p.status === 'draft' || p.members.some((m) => m.status === 'proposed')) && (
        <Card size="small">
          <Space wrap>
            <Typography.Text>{t('expertReview.panel.dueOn')}</Typography.Text>
            <DatePicker value={dueOn} onChange={(d) => d && setDueOn(d)} allowClear={false} />
            <Button
              type="primary"
              loading={busy}
              onClick={() =>
                void act(
                  () => reviewApi.invite(p.id, p.version, dueOn.format('YYYY-MM-DD')),
                  t('expertReview.panel.invited'),
                )
              }
            >
              {p.status === 'draft' ? t('expertReview.panel.invite') : t('expertReview.panel.inviteAdded')}
            </Button>
          </Space>
        </Card>
      )}
    </Space>
  );
}

function ScoresTab({ panelId }: { panelId: string }) {
  const { t } = useTranslation();
  const agg = useQuery({
    queryKey: ['review', 'aggregation', panelId],
    queryFn: () => reviewApi.aggregation(panelId),
  });
  if (!agg.data) {
    return <PageLoading />;
  }
  const a = agg.data.aggregation;
  type Row = AggregationView['aggregation']['criteria'][number];
  const disagreementTag = (s: Stats) =>
    s.n === 0 ? null : s.disagreement ? (
      <Tag color="error">{t('expertReview.agg.disagreement')}</Tag>
    ) : (
      <Tag color="success">{t('expertReview.agg.consistent')}</Tag>
    );
  const columns: ColumnsType<Row> = [
    { title: t('expertReview.agg.criterion'), key: 'name', render: (_, r) => loc(r.name) },
    { title: t('expertReview.agg.maxPoints'), dataIndex: 'maxPoints', width: 70 },
    { title: t('expertReview.agg.n'), key: 'n', width: 90, render: (_, r) => r.stats.n },
    { title: t('expertReview.agg.mean'), key: 'mean', width: 90, render: (_, r) => num(r.stats.mean) },
    { title: t('expertReview.agg.median'), key: 'median', width: 90, render: (_, r) => num(r.stats.median) },
    { title: t('expertReview.agg.std'), key: 'std', width: 90, render: (_, r) => num(r.stats.std) },
    {
      title: t('expertReview.agg.range'),
      key: 'range',
      width: 110,
      render: (_, r) => (r.stats.n ? `${num(r.stats.min)}–${num(r.stats.max)}` : '—'),
    },
    { title: '', key: 'tag', width: 100, render: (_, r) => disagreementTag(r.stats) },
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" data-testid="aggregation-overall">
        <Space size={48} wrap>
          <Statistic
            title={t('expertReview.complete.readiness')}
            value={a.submitted}
            suffix={`/ ${a.expected}`}
          />
          <Statistic
            title={`${t('expertReview.agg.overall')} · ${t('expertReview.agg.mean')}`}
            value={num(a.overall.mean)}
          />
          <Statistic
            title={`${t('expertReview.agg.overall')} · ${t('expertReview.agg.median')}`}
            value={num(a.overall.median)}
          />
          <Statistic title={t('expertReview.agg.std')} value={num(a.overall.std)} />
          <Space direction="vertical" size={4}>
            <Typography.Text type="secondary">{t('expertReview.task.recommendation')}</Typography.Text>
            <Typography.Text>{t('expertReview.agg.recommendations', a.recommendations)}</Typography.Text>
            {a.recommendationSplit ? (
              <Tag color="error" data-testid="recommendation-split">
                {t('expertReview.agg.split')}
              </Tag>
            ) : (
              disagreementTag(a.overall)
            )}
          </Space>
        </Space>
      </Card>
      {a.disagreement && (
        <Alert
          type="warning"
          showIcon
          message={t('expertReview.agg.disagreementAlert', { pct: Math.round(a.threshold * 100) })}
        />
      )}
      <Table
        rowKey="criterionId"
        size="small"
        columns={columns}
        dataSource={a.criteria}
        pagination={false}
        data-testid="aggregation-table"
      />
      <Card size="small" title={t('expertReview.agg.sheets')}>
        {agg.data.sheets.length === 0 ? (
          <Empty description={t('expertReview.agg.none')} />
        ) : (
          <List
            size="small"
            dataSource={agg.data.sheets}
            renderItem={(s) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <Space>
                      <span>{s.expertName ?? s.label}</span>
                      <Tag>{num(s.sheet.overall)}</Tag>
                      <Tag color={s.sheet.recommendation === 'recommend' ? 'success' : 'error'}>
                        {s.sheet.recommendation === 'recommend'
                          ? t('expertReview.task.recommend')
                          : t('expertReview.task.notRecommend')}
                      </Tag>
                    </Space>
                  }
                  description={s.sheet.comment || '—'}
                />
                <Typography.Text type="secondary">{formatDateTime(s.sheet.savedAt)}</Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Space>
  );
}

function RecordsTab({ panel: p, act }: { panel: PanelView; act: Act }) {
  const { t } = useTranslation();
  const [defenseForm] = Form.useForm();
  const [visitForm] = Form.useForm();
  const tags = {
    mode: 'tags' as const,
    open: false,
    suffixIcon: null,
    placeholder: t('expertReview.records.tagsHint'),
  };
  const submitDefense = async (v: {
    heldOn: dayjs.Dayjs;
    location: string;
    participants: string[];
    presenters?: string[];
    minutes: string;
  }) => {
    const ok = await act(
      () =>
        reviewApi.defense(p.id, {
          ...v,
          presenters: v.presenters ?? [],
          heldOn: v.heldOn.format('YYYY-MM-DD'),
        }),
      t('expertReview.records.recorded'),
    );
    if (ok) {
      defenseForm.resetFields();
    }
  };
  const submitVisit = async (v: {
    visitedOn: dayjs.Dayjs;
    participants: string[];
    findings: string;
    conclusion: string;
  }) => {
    const ok = await act(
      () => reviewApi.siteVisit(p.id, { ...v, visitedOn: v.visitedOn.format('YYYY-MM-DD') }),
      t('expertReview.records.recorded'),
    );
    if (ok) {
      visitForm.resetFields();
    }
  };
  const req = [{ required: true }];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('expertReview.records.defenses')}>
        <List
          size="small"
          locale={{ emptyText: t('expertReview.records.none') }}
          dataSource={p.defenses}
          renderItem={(d) => (
            <List.Item>
              <List.Item.Meta
                title={`${formatDate(d.heldOn)} · ${d.location}`}
                description={
                  <>
                    <div>
                      {t('expertReview.records.participants')}：{d.participants.join('、')}
                      {d.presenters.length > 0 &&
                        `；${t('expertReview.records.presenters')}：${d.presenters.join('、')}`}
                    </div>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{d.minutes}</div>
                  </>
                }
              />
            </List.Item>
          )}
        />
        {p.abilities.manage && (
          <Form
            form={defenseForm}
            layout="vertical"
            onFinish={(v) => void submitDefense(v)}
            style={{ marginTop: 12 }}
          >
            <Space wrap align="start">
              <Form.Item name="heldOn" label={t('expertReview.records.heldOn')} rules={req}>
                <DatePicker disabledDate={afterToday} />
              </Form.Item>
              <Form.Item name="location" label={t('expertReview.records.location')} rules={req}>
                <Input style={{ width: 240 }} />
              </Form.Item>
              <Form.Item name="participants" label={t('expertReview.records.participants')} rules={req}>
                <Select {...tags} style={{ width: 300 }} />
              </Form.Item>
              <Form.Item name="presenters" label={t('expertReview.records.presenters')}>
                <Select {...tags} style={{ width: 220 }} />
              </Form.Item>
            </Space>
            <Form.Item name="minutes" label={t('expertReview.records.minutes')} rules={req}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Button htmlType="submit">{t('expertReview.records.addDefense')}</Button>
          </Form>
        )}
      </Card>
      <Card size="small" title={t('expertReview.records.siteVisits')}>
        <List
          size="small"
          locale={{ emptyText: t('expertReview.records.none') }}
          dataSource={p.siteVisits}
          renderItem={(v) => (
            <List.Item>
              <List.Item.Meta
                title={`${formatDate(v.visitedOn)} · ${v.conclusion}`}
                description={
                  <>
                    <div>
                      {t('expertReview.records.participants')}：{v.participants.join('、')}
                    </div>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{v.findings}</div>
                  </>
                }
              />
            </List.Item>
          )}
        />
        {p.abilities.manage && (
          <Form
            form={visitForm}
            layout="vertical"
            onFinish={(v) => void submitVisit(v)}
            style={{ marginTop: 12 }}
          >
            <Space wrap align="start">
              <Form.Item name="visitedOn" label={t('expertReview.records.visitedOn')} rules={req}>
                <DatePicker disabledDate={afterToday} />
              </Form.Item>
              <Form.Item name="participants" label={t('expertReview.records.participants')} rules={req}>
                <Select {...tags} style={{ width: 300 }} />
              </Form.Item>
              <Form.Item name="conclusion" label={t('expertReview.records.conclusion')} rules={req}>
                <Input style={{ width: 300 }} />
              </Form.Item>
            </Space>
            <Form.Item name="findings" label={t('expertReview.records.findings')} rules={req}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Button htmlType="submit">{t('expertReview.records.addSiteVisit')}</Button>
          </Form>
        )}
      </Card>
    </Space>
  );
}

function CompleteTab({ panel: p, act }: { panel: PanelView; act: Act }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [form] = Form.useForm<DecisionDocumentValues>();
  const r = p.readiness;
  const complete = async (v: DecisionDocumentValues) => {
    const confirmed = await confirmDecision(modal, t, {
      action: t('expertReview.complete.submit'),
      outcome: 'approve',
      values: v,
    });
    if (!confirmed) {
      return;
    }
    const applicationVersion = await reviewApi.applicationVersion(p.applicationId);
    await act(
      () => reviewApi.complete(p.id, { applicationVersion, ...decisionDocumentBody(v) }),
      t('expertReview.complete.done'),
    );
  };
  return (
    <Card size="small">
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('expertReview.complete.readiness')}>
          {t('expertReview.agg.progress', { submitted: r.submitted, expected: r.needed })}
        </Descriptions.Item>
      </Descriptions>
      {r.complete ? (
        <Alert
          type="success"
          showIcon
          message={t('expertReview.complete.ready')}
          style={{ marginBottom: 12 }}
        />
      ) : (
        <Alert
          type="info"
          showIcon
          message={t('expertReview.complete.notReady')}
          description={loc(r.reason)}
          style={{ marginBottom: 12 }}
        />
      )}
      {p.applicationState !== 'expert_review' ? (
        <Alert type="success" showIcon message={t('expertReview.complete.done')} />
      ) : (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void complete(v)}
          disabled={!p.abilities.complete}
        >
          <DecisionDocumentFields />
          <Button type="primary" htmlType="submit">
            {t('expertReview.complete.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
