/**
 * A publicity notice (public): the proposed list, the window with the rule it was computed by, and the
 * objection form while it is open. The issuing authority also sees objection counts, the way to handle
 * them, and (once the period has ended) the announcement.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import PageLoading from '../../components/PageLoading.tsx';
import { formatDate } from '../../lib/format.ts';
import { publicityApi, type PublicityNoticeView } from './api.ts';
import ObjectionForm from './ObjectionForm.tsx';
import { PhaseTag, typeLabel } from './shared.tsx';
import { usePageTitle } from '../../lib/page-title.ts';

type Entry = PublicityNoticeView['entries'][number];

function RuleLine({ notice }: { notice: PublicityNoticeView }) {
  const { t } = useTranslation();
  const { rule } = notice;
  if (!rule.source) {
    return null;
  }
  const text = rule.source.text.length > 80 ? `${rule.source.text.slice(0, 80)}…` : rule.source.text;
  return (
    <Typography.Text type="secondary" data-testid="publicity-rule">
      {t(rule.basis === 'pack' ? 'publicity.ruleByPack' : 'publicity.ruleManual', {
        ref: rule.source.ref,
        text,
      })}
    </Typography.Text>
  );
}

function AnnounceButton({ notice, onDone }: { notice: PublicityNoticeView; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [number, setNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await publicityApi.announce(notice.id, notice.version, number.trim() || undefined);
      message.success(t('publicity.announced'));
      setOpen(false);
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : t('common.error'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('publicity.announce')}
      </Button>
      <Modal
        open={open}
        title={t('publicity.announceTitle')}
        onCancel={() => setOpen(false)}
        onOk={() => void run()}
        confirmLoading={busy}
        okText={t('publicity.announce')}
      >
        <Typography.Paragraph>{t('publicity.announceHint')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form layout="vertical" name="announce">
          <Form.Item label={t('publicity.announcementNumber')}>
            <Input value={number} onChange={(e) => setNumber(e.target.value)} maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export default function PublicityNoticePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const { data: notice, error } = useQuery({
    queryKey: ['publicity', id],
    queryFn: () => publicityApi.get(id),
  });
  usePageTitle([notice?.title, t('menu.publicity')], !notice);
  if (error) {
    return <Alert type="error" showIcon title={error.message} />;
  }
  if (!notice) {
    return <PageLoading />;
  }
  const columns: ColumnsType<Entry> = [
    { title: '#', key: 'n', width: 48, render: (_, __, i) => i + 1 },
    {
      title: t('publicity.centerName'),
      dataIndex: 'centerName',
      render: (name: string, e) => (e.centerId ? <Link to={`/directory/${e.centerId}`}>{name}</Link> : name),
    },
    { title: t('publicity.leadOrganisation'), dataIndex: 'leadOrganisationName' },
    {
      title: t('publicity.members'),
      dataIndex: 'memberNames',
      render: (m: string[]) => (m.length ? m.join('、') : '—'),
    },
    { title: t('publicity.type'), key: 'type', width: 160, render: (_, e) => typeLabel(e, t) },
    { title: t('publicity.region'), dataIndex: 'regionName', width: 180 },
    {
      title: t('publicity.entryStatus'),
      dataIndex: 'status',
      width: 170,
      render: (s: string) => (
        <Tag color={s === 'reopened' ? 'red' : s === 'announced' ? 'green' : 'blue'}>
          {/* A listed entry reads as the notice stands: 待公示 before the window, 公示期满 after it. */}
          {s === 'listed' ? t(`publicity.listedByPhase.${notice.phase}`) : t(`publicity.entryStatuses.${s}`)}
        </Tag>
      ),
    },
  ];
  const counts = notice.objectionCounts;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['publicity'] });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={notice.title}
        extra={
          <Space wrap>
            <PhaseTag phase={notice.phase} t={t} />
            <Link to={`/publicity/${notice.id}/print`} data-testid="print-publicity">
              <Button icon={<PrinterOutlined />}>{t('publicityPrint.open')}</Button>
            </Link>
            {notice.abilities.manage && (
              <Link to={`/publicity/${notice.id}/objections`}>
                <Button>{t('publicity.manageObjections')}</Button>
              </Link>
            )}
            {notice.abilities.manage && notice.phase === 'closed' && (
              <AnnounceButton notice={notice} onDone={refresh} />
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('publicity.issuer')}>{notice.issuer}</Descriptions.Item>
          <Descriptions.Item label={t('publicity.call')}>{notice.callTitle}</Descriptions.Item>
          <Descriptions.Item label={t('publicity.window')}>
            <span data-testid="publicity-window">
              {t('publicity.windowRange', {
                start: formatDate(notice.startsOn),
                end: formatDate(notice.endsOn),
              })}
              {notice.rule.workingDays !== null &&
                `（${t('publicity.workingDays', { days: notice.rule.workingDays })}）`}
            </span>
          </Descriptions.Item>
          {notice.announcedOn && (
            <Descriptions.Item label={t('publicity.announcedOn')}>
              {formatDate(notice.announcedOn)} {notice.announcementNumber ?? ''}
            </Descriptions.Item>
          )}
          {counts && (
            <Descriptions.Item label={t('publicity.objections')}>
              {t('publicity.objectionCounts', counts)}
            </Descriptions.Item>
          )}
        </Descriptions>
        <RuleLine notice={notice} />
        {notice.body && <Typography.Paragraph style={{ marginTop: 12 }}>{notice.body}</Typography.Paragraph>}
      </Card>
      <Card title={t('publicity.entries')}>
        <Table<Entry>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={notice.entries}
          pagination={false}
          scroll={{ x: 960 }}
        />
      </Card>
      {notice.phase === 'open' && <ObjectionForm notice={notice} />}
      {notice.phase === 'closed' && (
        <Alert
          type="warning"
          showIcon
          title={t('publicity.closedAlert', { end: formatDate(notice.endsOn) })}
        />
      )}
      {notice.phase === 'upcoming' && (
        <Alert
          type="info"
          showIcon
          title={t('publicity.upcomingAlert', { start: formatDate(notice.startsOn) })}
        />
      )}
    </Space>
  );
}
