/**
 * 门户: what a visitor meets at `/` — what the network is, a catalog search, the calls open now with their
 * deadlines, the latest publicity notices, the courses open for registration, recently recognised centers and
 * the policy documents. Every block reads the same public API its full page does and links there.
 */
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Input, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { formatDate } from '../../lib/format.ts';
import { policyApi } from '../policy/api.ts';
import { directoryApi, publicityApi } from '../publicity/api.ts';
import { recognitionApi } from '../recognition/api.ts';
import { loc } from '../recognition/shared.tsx';
import { trainingApi } from '../training/api.ts';

const PHASE_COLORS: Record<string, string> = {
  upcoming: 'default',
  open: 'processing',
  closed: 'warning',
  announced: 'success',
};

/** One portal block: a titled card whose list links each item to its page, with 查看全部 to the full list. */
function Block<T>({
  title,
  more,
  testId,
  loading,
  items,
  empty,
  link,
  meta,
}: {
  title: string;
  more: string;
  testId: string;
  loading: boolean;
  items: readonly T[];
  empty: string;
  link: (item: T) => { to: string; text: string };
  meta: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {title}
        </Typography.Title>
      }
      extra={<Link to={more}>{t('portal.more')}</Link>}
      style={{ height: '100%' }}
    >
      {/* Plain list markup rather than antd List, which would bring Pagination and Select to the first page. */}
      {loading ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : items.length === 0 ? (
        <Empty description={empty} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <ul data-testid={testId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((item, i) => {
            const { to, text } = link(item);
            return (
              <li
                key={`${to}-${i}`}
                style={{
                  padding: '12px 0',
                  borderTop: i === 0 ? undefined : '1px solid rgba(5, 5, 5, 0.06)',
                }}
              >
                <Link to={to} style={{ fontWeight: 500 }}>
                  {text}
                </Link>
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                  <Space wrap size={8}>
                    {meta(item)}
                  </Space>
                </Typography.Paragraph>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

export default function PortalPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Open today by the server's calendar, soonest deadline first; the days left are the server's count too.
  const calls = useQuery({
    queryKey: ['portal', 'calls'],
    queryFn: () => recognitionApi.calls({ open: 'true', pageSize: 5 }),
  });
  const notices = useQuery({
    queryKey: ['portal', 'publicity'],
    queryFn: () => publicityApi.list({ pageSize: 5 }),
  });
  const inPublicity = useQuery({
    queryKey: ['portal', 'publicity', 'open'],
    queryFn: () => publicityApi.list({ phase: 'open', pageSize: 1 }),
  });
  const centers = useQuery({
    queryKey: ['portal', 'directory'],
    queryFn: () => directoryApi.list({ status: 'recognised', pageSize: 6 }),
  });
  const packs = useQuery({ queryKey: ['policy-packs'], queryFn: () => policyApi.list() });
  const courses = useQuery({
    queryKey: ['portal', 'training'],
    queryFn: () => trainingApi.calendar({ pageSize: 5 }),
  });

  const openCalls = calls.data?.items ?? [];

  return (
    <Space direction="vertical" size={16} style={{ display: 'flex', maxWidth: 1200, margin: '0 auto' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('portal.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 800 }}>
          {t('portal.intro')}
        </Typography.Paragraph>
        <form role="search" onSubmit={(e) => e.preventDefault()} style={{ maxWidth: 560, marginBottom: 16 }}>
          <Input.Search
            aria-label={t('portal.searchLabel')}
            placeholder={t('portal.searchPlaceholder')}
            enterButton={t('portal.search')}
            size="large"
            onSearch={(q) => {
              const text = q.trim();
              void navigate(text ? `/catalog?q=${encodeURIComponent(text)}` : '/catalog');
            }}
          />
        </form>
        <Space wrap>
          <Link to="/calls">
            <Button type="primary">{t('portal.apply')}</Button>
          </Link>
          <Link to="/enterprise/diagnosis">
            <Button>{t('portal.diagnose')}</Button>
          </Link>
        </Space>
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} sm={8}>
          <Card>
            <Statistic title={t('portal.stats.centers')} value={centers.data?.total ?? '—'} />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card>
            <Statistic title={t('portal.stats.openCalls')} value={calls.data?.total ?? '—'} />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card>
            <Statistic title={t('portal.stats.inPublicity')} value={inPublicity.data?.total ?? '—'} />
          </Card>
        </Col>
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Block
            title={t('portal.calls.title')}
            more="/calls"
            testId="portal-calls"
            loading={calls.isPending}
            items={openCalls}
            empty={t('portal.calls.empty')}
            link={(c) => ({ to: '/calls', text: c.title })}
            meta={(c) => {
              const left = c.daysLeft ?? 0;
              return (
                <>
                  <span>{c.regionName}</span>
                  <span>{t('portal.calls.closesOn', { date: formatDate(c.closesOn) })}</span>
                  <Tag color={left <= 7 ? 'orange' : 'green'}>
                    {left <= 0 ? t('portal.calls.lastDay') : t('portal.calls.daysLeft', { n: left })}
                  </Tag>
                </>
              );
            }}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Block
            title={t('portal.publicity.title')}
            more="/publicity"
            testId="portal-publicity"
            loading={notices.isPending}
            items={notices.data?.items ?? []}
            empty={t('portal.publicity.empty')}
            link={(n) => ({ to: `/publicity/${n.id}`, text: n.title })}
            meta={(n) => (
              <>
                <Tag color={PHASE_COLORS[n.phase]}>{t(`publicity.phases.${n.phase}`)}</Tag>
                <span>
                  {t('portal.publicity.window', { start: formatDate(n.startsOn), end: formatDate(n.endsOn) })}
                </span>
              </>
            )}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Block
            title={t('training.portalTitle')}
            more="/training"
            testId="portal-training"
            loading={courses.isPending}
            items={courses.data?.items ?? []}
            empty={t('training.portalEmpty')}
            link={(c) => ({ to: `/training?session=${c.sessions[0]?.id ?? ''}`, text: c.title })}
            meta={(c) => (
              <>
                <span>{c.centerName}</span>
                {c.sessions[0] && (
                  <span>{t('training.portalNext', { date: formatDate(c.sessions[0].sessionDate) })}</span>
                )}
                {c.sessions.length > 1 && (
                  <span>{t('training.portalSessions', { n: c.sessions.length })}</span>
                )}
              </>
            )}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Block
            title={t('portal.directory.title')}
            more="/directory"
            testId="portal-directory"
            loading={centers.isPending}
            items={centers.data?.items ?? []}
            empty={t('portal.directory.empty')}
            link={(c) => ({ to: `/directory/${c.id}`, text: c.name })}
            meta={(c) => (
              <>
                <span>{c.regionName}</span>
                <Tag>{t(`directory.levels.${c.level}`)}</Tag>
                {c.recognisedOn && (
                  <span>{t('portal.directory.recognisedOn', { date: formatDate(c.recognisedOn) })}</span>
                )}
              </>
            )}
          />
        </Col>
        <Col xs={24}>
          <Block
            title={t('portal.policy.title')}
            more="/policy"
            testId="portal-policy"
            loading={packs.isPending}
            items={packs.data ?? []}
            empty={t('portal.policy.empty')}
            link={(p) => ({ to: `/policy/${p.id}`, text: loc(p.title) })}
            meta={(p) => (
              <>
                <span>{loc(p.jurisdiction.name)}</span>
                {p.criteriaCount > 0 && <span>{t('portal.policy.criteria', { n: p.criteriaCount })}</span>}
              </>
            )}
          />
        </Col>
      </Row>
    </Space>
  );
}
