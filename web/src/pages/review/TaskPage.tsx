/**
 * One review task (expert): accept/decline, the scoring form from the pack's criteria (quantitative rows
 * show required vs declared vs evidence), drafts kept as versions, submit, declare a conflict, and — after
 * submitting — the other experts' sheets, anonymised.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import PageLoading from '../../components/PageLoading.tsx';
import TaskMaterials from './TaskMaterials.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { reviewApi, type TaskView } from './api.ts';
import { SeatTag, errorText, loc, num, requirementText } from './shared.tsx';

type Row = TaskView['form']['rows'][number];
interface Draft {
  scores: Record<string, number | null>;
  /** The reason given for an item judged 不符合. */
  notes: Record<string, string>;
  overall: number | null;
  recommendation: 'recommend' | 'not_recommend' | null;
  comment: string;
}

function draftOf(task: TaskView): Draft {
  const s = task.sheet;
  return {
    scores: Object.fromEntries(
      task.form.rows.map((r) => [r.criterionId, s?.scores[r.criterionId]?.value ?? null]),
    ),
    notes: Object.fromEntries(
      task.form.rows.map((r) => [r.criterionId, s?.scores[r.criterionId]?.note ?? '']),
    ),
    overall: s?.overall ?? null,
    recommendation: s?.recommendation ?? null,
    comment: s?.comment ?? '',
  };
}

export default function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const task = useQuery({ queryKey: ['review', 'task', id], queryFn: () => reviewApi.task(id) });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const [conflictOpen, setConflictOpen] = useState(false);
  const [conflictReason, setConflictReason] = useState('');

  useEffect(() => {
    if (task.data) {
      setDraft(draftOf(task.data));
    }
  }, [task.data]);

  if (task.isLoading || !task.data || !draft) {
    return task.error ? <Alert type="error" message={errorText(task.error, '')} /> : <PageLoading />;
  }
  const v = task.data;
  const editable = v.abilities.save || v.abilities.submit;

  const run = async (fn: () => Promise<TaskView>, ok: (next: TaskView) => string) => {
    setBusy(true);
    try {
      const next = await fn();
      queryClient.setQueryData(['review', 'task', id], next);
      await queryClient.invalidateQueries({ queryKey: ['review', 'tasks'] });
      message.success(ok(next));
      return true;
    } catch (e) {
      message.error(errorText(e, t('common.error')));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const save = (mode: 'draft' | 'submit') =>
    run(
      () =>
        reviewApi.saveSheet(id, mode, {
          version: v.version,
          baseVersionNo: v.sheet?.versionNo ?? 0,
          scores: Object.fromEntries(
            Object.entries(draft.scores).map(([k, value]) => [
              k,
              draft.notes[k]?.trim() ? { value, note: draft.notes[k].trim() } : { value },
            ]),
          ),
          overall: draft.overall,
          recommendation: draft.recommendation,
          comment: draft.comment,
        }),
      (next) =>
        mode === 'draft'
          ? t('expertReview.task.saved', { no: next.sheet?.versionNo ?? '' })
          : t('expertReview.task.submitted'),
    );

  // What is still open before a sheet can be submitted, by name: asked before the irreversible confirm.
  const openItems = (): string[] => [
    ...v.form.rows.flatMap((r) => {
      const value = draft.scores[r.criterionId] ?? null;
      if (value === null) {
        return [loc(r.name)];
      }
      return r.scale.kind === 'pass_fail' && value === 0 && !draft.notes[r.criterionId]?.trim()
        ? [`${loc(r.name)}（${t('expertReview.task.failNoteRequired')}）`]
        : [];
    }),
    ...(draft.recommendation === null ? [t('expertReview.task.recommendation')] : []),
  ];
  const trySubmit = () => {
    const open = openItems();
    setMissing(open);
    if (open.length > 0) {
      return;
    }
    modal.confirm({
      title: t('expertReview.task.submitConfirm'),
      onOk: () => save('submit'),
    });
  };

  const setScore = (criterionId: string, value: number | null) =>
    setDraft({ ...draft, scores: { ...draft.scores, [criterionId]: value } });

  const scoreInput = (r: Row) => {
    const value = draft.scores[r.criterionId] ?? null;
    const common = { disabled: !editable, 'aria-label': loc(r.name) };
    if (!editable) {
      if (value === null) {
        return <Typography.Text type="secondary">—</Typography.Text>;
      }
      switch (r.scale.kind) {
        case 'pass_fail':
          return (
            <Space direction="vertical" size={2}>
              <Tag color={value === 1 ? 'success' : 'error'}>
                {value === 1 ? t('expertReview.task.pass') : t('expertReview.task.fail')}
              </Tag>
              {value === 0 && draft.notes[r.criterionId] && (
                <Typography.Text type="secondary">{draft.notes[r.criterionId]}</Typography.Text>
              )}
            </Space>
          );
        case 'score':
          return <Typography.Text strong>{`${num(value)} / ${r.scale.max}`}</Typography.Text>;
        case 'levels':
          return <Tag>{loc(r.scale.levels[value])}</Tag>;
      }
    }
    switch (r.scale.kind) {
      case 'pass_fail':
        return (
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Radio.Group
              {...common}
              value={value}
              onChange={(e) => setScore(r.criterionId, e.target.value as number)}
            >
              <Radio value={1}>{t('expertReview.task.pass')}</Radio>
              <Radio value={0}>{t('expertReview.task.fail')}</Radio>
            </Radio.Group>
            {value === 0 && (
              <>
                <Input.TextArea
                  aria-label={`${loc(r.name)} ${t('expertReview.task.failNote')}`}
                  placeholder={t('expertReview.task.failNote')}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={2000}
                  status={draft.notes[r.criterionId]?.trim() ? undefined : 'error'}
                  value={draft.notes[r.criterionId] ?? ''}
                  onChange={(e) =>
                    setDraft({ ...draft, notes: { ...draft.notes, [r.criterionId]: e.target.value } })
                  }
                />
                {!draft.notes[r.criterionId]?.trim() && (
                  <Typography.Text type="danger" style={{ fontSize: 12 }}>
                    {t('expertReview.task.failNoteRequired')}
                  </Typography.Text>
                )}
              </>
            )}
          </Space>
        );
      case 'score':
        return (
          <Space>
            <InputNumber
              {...common}
              min={0}
              max={r.scale.max}
              value={value}
              onChange={(n) => setScore(r.criterionId, n)}
            />
            <Typography.Text type="secondary">/ {r.scale.max}</Typography.Text>
          </Space>
        );
      case 'levels':
        return (
          <Select
            {...common}
            style={{ width: 160 }}
            value={value ?? undefined}
            onChange={(n: number) => setScore(r.criterionId, n)}
            options={r.scale.levels.map((l, i) => ({ value: i, label: loc(l) }))}
          />
        );
    }
  };

  const columns: ColumnsType<Row> = [
    {
      title: t('expertReview.task.criterion'),
      key: 'criterion',
      render: (_, r) => (
        <div>
          <Space size={4}>
            <Typography.Text strong>{loc(r.name)}</Typography.Text>
            <Tag>
              {r.kind === 'quantitative'
                ? t('expertReview.task.quantitative')
                : t('expertReview.task.qualitative')}
            </Tag>
          </Space>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {loc(r.prompt)}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('expertReview.task.requirement'),
      key: 'required',
      width: 90,
      render: (_, r) => (r.kind === 'quantitative' ? requirementText(r.comparator, r.required) : '—'),
    },
    {
      title: t('expertReview.task.declared'),
      key: 'declared',
      width: 90,
      render: (_, r) =>
        r.kind === 'quantitative' ? (
          <Typography.Text type={r.declaredStatus === 'not_met' ? 'danger' : undefined}>
            {num(r.declared)}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      title: t('expertReview.task.evidence'),
      key: 'evidence',
      width: 90,
      render: (_, r) =>
        r.kind === 'quantitative' ? (
          <Typography.Text type={r.evidenceStatus === 'not_met' ? 'danger' : undefined}>
            {num(r.evidence)}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    { title: t('expertReview.task.score'), key: 'score', width: 220, render: (_, r) => scoreInput(r) },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/expert-tasks">
        <ArrowLeftOutlined /> {t('expertReview.tasks.back')}
      </Link>
      <Card>
        <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <div>
            <Space>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {v.applicationName}
              </Typography.Title>
              <SeatTag status={v.status} />
            </Space>
            <div>
              <Typography.Text type="secondary">
                {v.leadOrganisationName} · {v.callTitle}
              </Typography.Text>
            </div>
          </div>
          <Space wrap>
            {v.abilities.accept && (
              <Button
                type="primary"
                loading={busy}
                onClick={() =>
                  void run(
                    () => reviewApi.respond(id, true, v.version),
                    () => t('expertReview.task.accepted'),
                  )
                }
              >
                {t('expertReview.task.accept')}
              </Button>
            )}
            {v.abilities.decline && (
              <Popconfirm
                title={t('expertReview.task.decline')}
                onConfirm={() =>
                  run(
                    () => reviewApi.respond(id, false, v.version),
                    () => t('expertReview.task.declined'),
                  )
                }
              >
                <Button loading={busy}>{t('expertReview.task.decline')}</Button>
              </Popconfirm>
            )}
            {v.abilities.declareConflict && (
              <Button danger onClick={() => setConflictOpen(true)}>
                {t('expertReview.task.declareConflict')}
              </Button>
            )}
          </Space>
        </Space>
        <Descriptions size="small" column={2} style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('expertReview.task.summary')} span={2}>
            {v.application.summary || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('expertReview.task.members')} span={2}>
            {v.application.members.map((m) => m.name).join('、') || '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {v.status === 'conflicted' && (
        <Alert type="warning" showIcon message={t('expertReview.task.conflictDone')} />
      )}
      <TaskMaterials taskId={id} enabled={v.status === 'accepted' || v.status === 'submitted'} />
      <Card title={t('expertReview.task.form')} data-testid="score-form">
        {!editable && v.status !== 'submitted' && (
          <Alert
            type="info"
            showIcon
            message={t('expertReview.task.readOnly')}
            style={{ marginBottom: 12 }}
          />
        )}
        <Table
          rowKey="criterionId"
          size="small"
          columns={columns}
          dataSource={v.form.rows}
          pagination={false}
        />
        <Space direction="vertical" size="middle" style={{ width: '100%', marginTop: 16 }}>
          {!editable && v.sheet ? (
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label={t('expertReview.task.overall')}>
                <Typography.Text strong>{num(v.sheet.overall)}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('expertReview.task.recommendation')}>
                {v.sheet.recommendation ? (
                  <Tag color={v.sheet.recommendation === 'recommend' ? 'success' : 'error'}>
                    {v.sheet.recommendation === 'recommend'
                      ? t('expertReview.task.recommend')
                      : t('expertReview.task.notRecommend')}
                  </Tag>
                ) : (
                  '—'
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('expertReview.task.comment')} span={2}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{v.sheet.comment || '—'}</span>
              </Descriptions.Item>
            </Descriptions>
          ) : (
            <>
              <Space wrap size="large">
                <Space>
                  <Typography.Text>{t('expertReview.task.overall')}</Typography.Text>
                  <InputNumber
                    aria-label={t('expertReview.task.overall')}
                    disabled={!editable}
                    min={0}
                    max={v.form.overallMax}
                    value={draft.overall}
                    onChange={(n) => setDraft({ ...draft, overall: n })}
                  />
                </Space>
                <Space>
                  <Typography.Text>{t('expertReview.task.recommendation')}</Typography.Text>
                  <Radio.Group
                    disabled={!editable}
                    value={draft.recommendation}
                    onChange={(e) =>
                      setDraft({ ...draft, recommendation: e.target.value as Draft['recommendation'] })
                    }
                  >
                    <Radio value="recommend">{t('expertReview.task.recommend')}</Radio>
                    <Radio value="not_recommend">{t('expertReview.task.notRecommend')}</Radio>
                  </Radio.Group>
                </Space>
              </Space>
              <Input.TextArea
                aria-label={t('expertReview.task.comment')}
                placeholder={t('expertReview.task.comment')}
                disabled={!editable}
                rows={3}
                value={draft.comment}
                onChange={(e) => setDraft({ ...draft, comment: e.target.value })}
              />
            </>
          )}
          {editable && (
            <Space>
              <Button loading={busy} disabled={!v.abilities.save} onClick={() => void save('draft')}>
                {t('expertReview.task.saveDraft')}
              </Button>
              <Button type="primary" loading={busy} disabled={!v.abilities.submit} onClick={trySubmit}>
                {t('expertReview.task.submit')}
              </Button>
            </Space>
          )}
          {editable && missing.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="sheet-open-items"
              title={t('expertReview.task.openItems', { items: missing.join(t('common.listSeparator')) })}
            />
          )}
        </Space>
      </Card>
      <Space align="start" style={{ width: '100%' }} styles={{ item: { flex: 1, minWidth: 0 } }}>
        <Card size="small" title={t('expertReview.task.versions')}>
          {v.versions.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <Timeline
              items={v.versions.map((x) => ({
                color: x.kind === 'submitted' ? 'green' : 'blue',
                children: t('expertReview.task.versionItem', {
                  no: x.versionNo,
                  kind: x.kind === 'submitted' ? t('expertReview.task.final') : t('expertReview.task.draft'),
                  at: formatDateTime(x.savedAt),
                }),
              }))}
            />
          )}
        </Card>
        <Card size="small" title={t('expertReview.task.peers')} data-testid="peer-scores">
          {v.peers === null ? (
            <Typography.Text type="secondary">{t('expertReview.task.peersHidden')}</Typography.Text>
          ) : v.peers.length === 0 ? (
            <Typography.Text type="secondary">{t('expertReview.task.noPeers')}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={v.peers}
              renderItem={(p) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <Space>
                        <span>{p.label}</span>
                        <Tag>{num(p.sheet.overall)}</Tag>
                        {p.sheet.recommendation && (
                          <Tag color={p.sheet.recommendation === 'recommend' ? 'success' : 'error'}>
                            {p.sheet.recommendation === 'recommend'
                              ? t('expertReview.task.recommend')
                              : t('expertReview.task.notRecommend')}
                          </Tag>
                        )}
                      </Space>
                    }
                    description={p.sheet.comment || '—'}
                  />
                </List.Item>
              )}
            />
          )}
        </Card>
      </Space>
      <Modal
        open={conflictOpen}
        title={t('expertReview.task.declareConflict')}
        okButtonProps={{ danger: true, disabled: conflictReason.trim().length < 2, loading: busy }}
        onCancel={() => setConflictOpen(false)}
        onOk={() =>
          void run(
            () => reviewApi.declareConflict(id, v.version, conflictReason.trim()),
            () => t('expertReview.task.conflictDone'),
          ).then((ok) => ok && setConflictOpen(false))
        }
      >
        <Input.TextArea
          rows={4}
          placeholder={t('expertReview.task.conflictReasonRequired')}
          value={conflictReason}
          onChange={(e) => setConflictReason(e.target.value)}
        />
      </Modal>
    </Space>
  );
}
