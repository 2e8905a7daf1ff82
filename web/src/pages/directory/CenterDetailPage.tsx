/**
 * 名录详情 (public): level, type, region, lead and member units, recognition date, former names, status and
 * history. Annual evaluation results are shown once, in the 年度评价结果 card (published results by year, with
 * the publication date and source); the directory entry's `rating` (latest published result on the date
 * read) feeds the directory list's column and is deliberately not repeated here.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import PageLoading from '../../components/PageLoading.tsx';
import { formatDate } from '../../lib/format.ts';
import { directoryApi, type DirectoryDetail } from '../publicity/api.ts';
import { typeLabel } from '../publicity/shared.tsx';
import PublishedRatings from '../evaluation/PublishedRatings.tsx';
import { usePageTitle } from '../../lib/page-title.ts';

export default function CenterDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data: c, error } = useQuery({ queryKey: ['directory', id], queryFn: () => directoryApi.get(id) });
  usePageTitle([c?.name, t('menu.directory')], !c);
  if (error) {
    return <Alert type="error" showIcon title={error.message} />;
  }
  if (!c) {
    return <PageLoading />;
  }
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={c.name}
        extra={
          <Space>
            <Tag color={c.status === 'recognised' ? 'green' : c.status === 'revoked' ? 'red' : 'default'}>
              {t(`directory.statuses.${c.status}`)}
            </Tag>
            <Link to={`/verify/${c.id}?kind=recognition`} data-testid="verify-recognition">
              {t('transparency.verifyLink')}
            </Link>
            <Link to="/directory">{t('directory.back')}</Link>
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('directory.level')}>
            {t(`directory.levels.${c.level}`, { defaultValue: c.level })}
          </Descriptions.Item>
          <Descriptions.Item label={t('directory.type')}>{typeLabel(c, t)}</Descriptions.Item>
          <Descriptions.Item label={t('directory.region')}>{c.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('directory.recognisedOn')}>
            {formatDate(c.recognisedOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('directory.leadOrganisation')}>
            {c.leadOrganisation.name}
          </Descriptions.Item>
          <Descriptions.Item label={t('directory.operator')}>{c.operatorOrganisation.name}</Descriptions.Item>
          {c.renames.length > 0 && (
            <Descriptions.Item label={t('management.formerNames')} span={2}>
              <span data-testid="center-former-names">
                {c.renames
                  .map((r) => t('management.formerName', { name: r.oldName, date: formatDate(r.on) }))
                  .join('；')}
              </span>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('directory.members')} span={2}>
            <span data-testid="center-members">
              {c.members.length ? c.members.map((m) => m.name).join('、') : t('directory.noMembers')}
            </span>
          </Descriptions.Item>
        </Descriptions>
        {c.summary && <Typography.Paragraph style={{ marginTop: 12 }}>{c.summary}</Typography.Paragraph>}
      </Card>
      <PublishedRatings centerId={c.id} />
      <Card title={t('directory.history')}>
        <Table<DirectoryDetail['history'][number]>
          rowKey={(h) => `${h.status}-${h.fromDate}`}
          size="small"
          pagination={false}
          dataSource={c.history}
          columns={[
            {
              title: t('directory.status'),
              dataIndex: 'status',
              render: (s: string) => t(`directory.statuses.${s}`, { defaultValue: s }),
            },
            {
              title: t('management.period'),
              key: 'period',
              render: (_, h) => `${formatDate(h.fromDate)} – ${h.toDate ? formatDate(h.toDate) : ''}`,
            },
            {
              title: t('publicity.reason'),
              key: 'reason',
              render: (_, h) => {
                const label = t(`directory.historySource.${h.source}`, { defaultValue: h.source });
                // Revocation reasons are stored starting with their kind (撤销认定：…): don't say it twice.
                const zh = i18n.getFixedT('zh-CN')(`directory.historySource.${h.source}`, {
                  defaultValue: h.source,
                });
                const reason = h.reason.startsWith(`${zh}：`) ? h.reason.slice(zh.length + 1) : h.reason;
                return reason ? `${label}：${reason}` : label;
              },
            },
            {
              title: t('directory.documentNumber'),
              dataIndex: 'documentNumber',
              render: (d: string | null) => d ?? '—',
            },
            {
              title: '',
              key: 'verify',
              render: (_, h) =>
                h.source === 'revocation' && h.status === 'revoked' && h.sourceId ? (
                  <Link to={`/verify/${h.sourceId}?kind=revocation`}>{t('transparency.verifyLink')}</Link>
                ) : null,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
