/**
 * The public training calendar: courses with their sessions from today on, as cards that read on a phone.
 * Each session says what an anonymous visitor, an enterprise user and anyone else can do with it: sign in
 * to register (and come back to this very session), register or cancel, or read that only enterprises
 * register. `?session=` (where the login returns to) marks and scrolls to that session.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Input, Pagination, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { hasAbility, useSession } from '../../auth/session.ts';
import { formatDate } from '../../lib/format.ts';
import { enterpriseApi, type CourseView, type SessionView } from '../center/api.ts';
import { reportError } from '../center/errors.ts';
import { trainingApi } from './api.ts';

function SessionRow({
  session,
  marked,
  loginTo,
  canRegister,
  signedIn,
  busy,
  onRegister,
  onCancel,
}: {
  session: SessionView;
  marked: boolean;
  loginTo: string;
  canRegister: boolean;
  signedIn: boolean;
  busy: boolean;
  onRegister: () => void;
  onCancel: (registrationId: string) => void;
}) {
  const { t } = useTranslation();
  const mine = session.myRegistration?.status === 'registered' ? session.myRegistration : null;
  const left = Math.max(session.seats - session.registered, 0);
  let action;
  if (mine) {
    action = (
      <Space wrap size={8}>
        <Tag color="blue">{t('training.registered')}</Tag>
        <Button size="small" onClick={() => onCancel(mine.id)} disabled={busy}>
          {t('training.cancel')}
        </Button>
      </Space>
    );
  } else if (left === 0) {
    action = <Button disabled>{t('training.full')}</Button>;
  } else if (!signedIn) {
    action = (
      <Link to={`/login?from=${encodeURIComponent(loginTo)}`}>
        <Button type="primary">{t('training.loginToRegister')}</Button>
      </Link>
    );
  } else if (canRegister) {
    action = (
      <Button type="primary" loading={busy} onClick={onRegister}>
        {t('training.register')}
      </Button>
    );
  } else {
    action = <Typography.Text type="secondary">{t('training.enterpriseOnly')}</Typography.Text>;
  }
  return (
    <div
      id={`session-${session.id}`}
      data-testid="training-session"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 8,
        padding: '10px 12px',
        borderRadius: 6,
        border: marked ? '2px solid #1677ff' : '1px solid #f0f0f0',
      }}
    >
      <Space direction="vertical" size={2} style={{ minWidth: 0 }}>
        <Typography.Text strong>
          {formatDate(session.sessionDate)} {session.startTime}–{session.endTime}
        </Typography.Text>
        <Space wrap size={8}>
          {session.location && <span>{session.location}</span>}
          <Typography.Text type="secondary">
            {left > 0 ? t('training.seatsLeft', { n: left, seats: session.seats }) : t('training.full')}
          </Typography.Text>
        </Space>
      </Space>
      {action}
    </div>
  );
}

function CourseCard({
  course,
  markedSession,
  showCenter,
}: {
  course: CourseView;
  markedSession: string | null;
  showCenter: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { pathname, search } = useLocation();
  const { data: session } = useSession();
  const canRegister = session ? hasAbility(session.user, 'enterprise.services') : false;
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['training-calendar'] });
  const register = useMutation({
    mutationFn: (sessionId: string) => enterpriseApi.register(sessionId),
    onSuccess: async () => {
      message.success(t('training.registeredOk'));
      await refresh();
    },
    onError: (e) => reportError(e, message, t),
  });
  const cancel = useMutation({
    mutationFn: (id: string) => enterpriseApi.cancelRegistration(id),
    onSuccess: async () => {
      message.success(t('training.cancelledOk'));
      await refresh();
    },
    onError: (e) => reportError(e, message, t),
  });
  // Back to this page and this session after signing in.
  const loginTo = (sessionId: string) => {
    const params = new URLSearchParams(search);
    params.set('session', sessionId);
    return `${pathname}?${params.toString()}`;
  };
  return (
    <Card
      size="small"
      data-testid="training-course"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>
          {course.title}
        </Typography.Title>
      }
      extra={<Tag>{t(`training.modes.${course.mode}`)}</Tag>}
    >
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Space wrap size={[12, 4]}>
          {showCenter && <Link to={`/centers/${course.centerSlug}`}>{course.centerName}</Link>}
          <Typography.Text type="secondary">
            {t('training.teachers', { names: course.teachers.join('、') })}
          </Typography.Text>
        </Space>
        {course.summary && (
          <Typography.Paragraph style={{ margin: 0 }}>{course.summary}</Typography.Paragraph>
        )}
        {course.sessions.map((s) => (
          <SessionRow
            key={s.id}
            session={s}
            marked={markedSession === s.id}
            loginTo={loginTo(s.id)}
            canRegister={canRegister}
            signedIn={Boolean(session)}
            busy={
              (register.isPending && register.variables === s.id) ||
              (cancel.isPending && cancel.variables === s.myRegistration?.id)
            }
            onRegister={() => register.mutate(s.id)}
            onCancel={(id) => cancel.mutate(id)}
          />
        ))}
      </Space>
    </Card>
  );
}

/** The calendar of every recognised center, or of one (`center`, on its public page). */
export default function CourseCalendar({ center, pageSize = 10 }: { center?: string; pageSize?: number }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // On a center's page the catalog owns `q` and `page`: the calendar has no search there and pages by its own key.
  const pageKey = center ? 'coursePage' : 'page';
  const q = center ? '' : (params.get('q') ?? '');
  const page = Number(params.get(pageKey) ?? '1') || 1;
  const marked = params.get('session');
  const [text, setText] = useState(q);
  const { data, isPending } = useQuery({
    queryKey: ['training-calendar', center ?? null, q, page, pageSize],
    queryFn: () => trainingApi.calendar({ q: q || undefined, center, page, pageSize }),
  });
  useEffect(() => {
    if (marked && data) {
      document.getElementById(`session-${marked}`)?.scrollIntoView({ block: 'center' });
    }
  }, [marked, data]);
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) {
        next.set(key, value);
      } else {
        next.delete(key);
      }
    }
    setParams(next);
  };
  const items = data?.items ?? [];
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {!center && (
        <form role="search" onSubmit={(e) => e.preventDefault()} style={{ maxWidth: 480 }}>
          <Input.Search
            aria-label={t('training.searchLabel')}
            placeholder={t('training.searchPlaceholder')}
            enterButton={t('training.search')}
            allowClear
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(value) => update({ q: value.trim() || null, page: null, session: null })}
          />
        </form>
      )}
      {!isPending && items.length === 0 ? (
        <Empty description={q ? t('training.noMatch') : t('training.empty')} />
      ) : (
        items.map((c) => <CourseCard key={c.id} course={c} markedSession={marked} showCenter={!center} />)
      )}
      {(data?.total ?? 0) > pageSize && (
        <Pagination
          current={page}
          pageSize={pageSize}
          total={data?.total ?? 0}
          showSizeChanger={false}
          onChange={(p) => update({ [pageKey]: String(p), session: null })}
          showTotal={(n) => t('training.total', { n })}
        />
      )}
    </Space>
  );
}
