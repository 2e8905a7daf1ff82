/**
 * 门户: what a visitor meets at `/` — what the network is, a catalog search, the calls open now with their
 * deadlines, the latest publicity notices, the courses open for registration, recently recognised centers,
 * the catalog's most reused case studies and the policy documents. Every block reads the same public API its
 * full page does and links there.
 *
 * Plain markup styled by portal.css rather than antd's Card, Input, Typography, Statistic and Tag: this is
 * the first page most visitors open, and those components (with the Tabs, Form and Dropdown code they pull
 * in) were about a fifth of its JavaScript. Only Button, which every page loads anyway, stays.
 */
import { useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { ResourceSearchResult } from '../../../../src/contracts/resources.ts';
import { api } from '../../api/client.ts';
import { formatDate, loc } from '../../lib/format.ts';
import { policyApi } from '../policy/api.ts';
import { directoryApi, publicityApi } from '../publicity/api.ts';
import { recognitionApi } from '../recognition/api.ts';
import { trainingApi } from '../training/api.ts';
import './portal.css';

/** Tag colours of the publicity phases (classes in portal.css). */
const PHASE_TONES: Record<string, string> = {
  upcoming: 'grey',
  open: 'blue',
  closed: 'orange',
  announced: 'green',
};

function Tag({ tone = 'grey', children }: { tone?: string; children: ReactNode }) {
  return <span className={`portal-tag portal-tag-${tone}`}>{children}</span>;
}

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
    <section className="portal-card portal-block" aria-labelledby={`${testId}-title`}>
      <header className="portal-block-head">
        <h2 id={`${testId}-title`}>{title}</h2>
        <Link to={more}>{t('portal.more')}</Link>
      </header>
      {loading ? (
        <div className="portal-loading" role="status" aria-busy="true" aria-label={t('app.loading')}>
          <span />
          <span />
          <span />
        </div>
      ) : items.length === 0 ? (
        <p className="portal-empty">{empty}</p>
      ) : (
        <ul data-testid={testId} className="portal-list">
          {items.map((item, i) => {
            const { to, text } = link(item);
            return (
              <li key={`${to}-${i}`}>
                <Link to={to} className="portal-list-link">
                  {text}
                </Link>
                <p className="portal-meta">{meta(item)}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
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

  // 典型案例: the catalog's case studies that centers have reused most (the catalog's own ranking).
  const cases = useQuery({
    queryKey: ['portal', 'cases'],
    queryFn: () =>
      api<ResourceSearchResult>('/catalog/resources', {
        query: { kind: 'case', sort: 'most_reused', page: 1, pageSize: 5 },
      }),
  });
  const openCalls = calls.data?.items ?? [];
  const [query, setQuery] = useState('');
  const search = (e: FormEvent) => {
    e.preventDefault();
    const text = query.trim();
    void navigate(text ? `/catalog?q=${encodeURIComponent(text)}` : '/catalog');
  };

  return (
    <div className="portal">
      <section className="portal-card portal-hero">
        <h1>{t('portal.title')}</h1>
        <p className="portal-intro">{t('portal.intro')}</p>
        <form role="search" className="portal-search" onSubmit={search}>
          <input
            type="search"
            aria-label={t('portal.searchLabel')}
            placeholder={t('portal.searchPlaceholder')}
            value={query}
            maxLength={64}
            onChange={(e) => setQuery(e.target.value)}
          />
          <Button type="primary" size="large" htmlType="submit">
            {t('portal.search')}
          </Button>
        </form>
        <div className="portal-actions">
          <Link to="/calls">
            <Button type="primary">{t('portal.apply')}</Button>
          </Link>
          <Link to="/enterprise/diagnosis">
            <Button>{t('portal.diagnose')}</Button>
          </Link>
          <Link to="/enterprise/demands">
            <Button>{t('portal.postNeed')}</Button>
          </Link>
        </div>
      </section>

      <div className="portal-stats">
        {(
          [
            ['centers', centers.data?.total],
            ['openCalls', calls.data?.total],
            ['inPublicity', inPublicity.data?.total],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className="portal-card portal-stat">
            <div className="portal-stat-title">{t(`portal.stats.${key}`)}</div>
            <div className="portal-stat-value">{value ?? '—'}</div>
          </div>
        ))}
      </div>

      <div className="portal-grid">
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
                <Tag tone={left <= 7 ? 'orange' : 'green'}>
                  {left <= 0 ? t('portal.calls.lastDay') : t('portal.calls.daysLeft', { n: left })}
                </Tag>
              </>
            );
          }}
        />
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
              <Tag tone={PHASE_TONES[n.phase]}>{t(`publicity.phases.${n.phase}`)}</Tag>
              <span>
                {t('portal.publicity.window', { start: formatDate(n.startsOn), end: formatDate(n.endsOn) })}
              </span>
            </>
          )}
        />
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
              {c.sessions.length > 1 && <span>{t('training.portalSessions', { n: c.sessions.length })}</span>}
            </>
          )}
        />
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
              <Tag tone="grey">{t(`directory.levels.${c.level}`)}</Tag>
              {c.recognisedOn && (
                <span>{t('portal.directory.recognisedOn', { date: formatDate(c.recognisedOn) })}</span>
              )}
            </>
          )}
        />
        <Block
          title={t('portal.cases.title')}
          more="/catalog?kind=case"
          testId="portal-cases"
          loading={cases.isPending}
          items={cases.data?.items ?? []}
          empty={t('portal.cases.empty')}
          link={(c) => ({ to: `/catalog/${c.id}`, text: c.title })}
          meta={(c) => (
            <>
              <span>{t('portal.cases.provider', { name: c.providerName })}</span>
              <span>{c.center.name}</span>
              {c.reuseCount > 0 && <Tag tone="green">{t('portal.cases.reused', { n: c.reuseCount })}</Tag>}
            </>
          )}
        />
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
      </div>
    </div>
  );
}
